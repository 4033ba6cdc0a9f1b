import type { ProjectAgreementInput } from '../../../shared/reliability/types.ts';
import { computeTraineeReport } from '../../../shared/reliability/trainee-report.ts';
import { gatherVisible } from '../agreement-data.ts';
import { ServiceError } from '../service-error.ts';
import type { DomainHandlers } from './types.ts';

export const trainingHandlers: DomainHandlers<'training'> = {
  'training-set-key': async ({ transcriptId, coderId }, ctx) => {
    ctx.access.assertPrivileged('choosing a trainer key');
    ctx.coding.setKey(transcriptId, coderId);
    return null;
  },
  'training-list-keys': async (_, ctx) => ctx.coding.keys(),
  'training-report': async ({ traineeId }, ctx) => {
    const { access, project: store, coding } = ctx;
    const settings = access.settings;
    if (!settings.trainerMode)
      throw new ServiceError('validation', 'trainer mode is off: turn it on and choose key coders first');
    const trainee = store.listCoders().find((c) => c.id === traineeId);
    if (!trainee) throw new ServiceError('not-found', `no coder with id ${traineeId}`);
    if (access.coder?.id !== traineeId && !access.isPrivileged())
      throw new ServiceError('refused', "a trainee's report is for the trainee, their trainer or the lead");
    const keys = coding.keys().filter((k) => k.coderId !== traineeId);
    const hiddenKeys: Array<{ transcriptId: string; title: string; reason: string }> = [];
    const visibleKeys = keys.filter((k) => {
      const why = access.hiddenReason(k.coderId, k.transcriptId) ?? access.hiddenReason(traineeId, k.transcriptId);
      if (why)
        hiddenKeys.push({
          transcriptId: k.transcriptId,
          title: store.getTranscript(k.transcriptId).title,
          reason: why,
        });
      return !why;
    });
    const coderIds = [...new Set([traineeId, ...visibleKeys.map((k) => k.coderId)])];
    const transcriptIds = [...new Set(visibleKeys.map((k) => k.transcriptId))];
    const g = transcriptIds.length ? gatherVisible(ctx, { transcriptIds, coderIds }, true) : null;
    const input: ProjectAgreementInput = g?.input ?? {
      codebook: store.activeCodebook().codebook,
      codebookKey: store.activeCodebook().key,
      transcripts: [],
      coders: [{ id: trainee.id, name: trainee.name, role: trainee.role }],
      annotations: [],
      ratings: [],
      classifications: [],
      statuses: [],
    };
    const report = computeTraineeReport(input, {
      traineeId,
      keys: visibleKeys,
      level: settings.passLevel,
      threshold: settings.passThreshold,
      statistic: settings.passStatistic,
    });
    // Keys the acting coder may not see yet (a trainee before submitting) are listed, never compared.
    report.pending.push(...hiddenKeys);
    return report;
  },
};
