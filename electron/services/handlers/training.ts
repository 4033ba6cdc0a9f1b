import { recordAudit } from '../audit.ts';
import { ServiceError } from '../service-error.ts';
import { createSet, deleteSet, listSets, reportSet, traineeReportFor, updateSet } from '../training-sets.ts';
import type { DomainHandlers } from './types.ts';

export const trainingHandlers: DomainHandlers<'training'> = {
  'training-set-key': async ({ transcriptId, coderId }, ctx) => {
    ctx.access.assertPrivileged('choosing a trainer key');
    ctx.project.db.transaction(() => {
      if (ctx.coding.keyCoder(transcriptId) === coderId) return;
      ctx.coding.setKey(transcriptId, coderId);
      recordAudit(ctx.project.db, {
        action: 'key-set',
        actorId: ctx.access.coder?.id ?? null,
        subjectId: transcriptId,
        detail: { keyCoderId: coderId ?? '' },
      });
    });
    return null;
  },
  'training-list-keys': async (_, ctx) => ctx.coding.keys(),
  'training-report': async ({ traineeId }, ctx) => {
    const { access, project: store, coding } = ctx;
    if (!access.settings.trainerMode)
      throw new ServiceError('validation', 'trainer mode is off: turn it on and choose key coders first');
    if (!store.listCoders().some((c) => c.id === traineeId))
      throw new ServiceError('not-found', `no coder with id ${traineeId}`);
    if (access.coder?.id !== traineeId && !access.isPrivileged())
      throw new ServiceError('refused', "a trainee's report is for the trainee, their trainer or the lead");
    return traineeReportFor(ctx, traineeId, coding.keys());
  },
  'training-list-sets': async (_, ctx) => listSets(ctx),
  'training-create-set': async (a, ctx) => createSet(ctx, a),
  'training-update-set': async (a, ctx) => updateSet(ctx, a),
  'training-delete-set': async ({ id }, ctx) => {
    deleteSet(ctx, id);
    return null;
  },
  'training-report-set': async ({ id }, ctx) => reportSet(ctx, id),
};
