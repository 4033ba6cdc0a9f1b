import { recordAudit } from '../audit.ts';
import { acceptIntoConsensus, consensusCoder, consensusRecord, setConsensusRationale } from '../consensus.ts';
import { ServiceError } from '../service-error.ts';
import type { DomainHandlers } from './types.ts';

const WHAT = 'building a consensus';

export const consensusHandlers: DomainHandlers<'consensus'> = {
  'consensus-start': async (_, ctx) => {
    ctx.access.assertPrivileged(WHAT);
    return consensusCoder(ctx.project);
  },
  'consensus-get': async ({ transcriptId }, ctx) => {
    // A read: an unknown transcript is not found before anything (the Consensus coder) is created.
    ctx.project.requireTranscript(transcriptId);
    const a = ctx.access;
    const existing = ctx.project.listCoders().find((c) => c.role === 'consensus');
    if (!existing && !a.isPrivileged())
      throw new ServiceError('not-found', 'no consensus has been started in this project');
    a.assertCanSee(existing?.id ?? consensusCoder(ctx.project).id, transcriptId);
    return consensusRecord(ctx.project, ctx.coding, transcriptId);
  },
  'consensus-accept': async ({ transcriptId, source, rationale }, ctx) => {
    const a = ctx.access;
    a.assertPrivileged(WHAT);
    if (source.kind === 'annotation')
      a.visibleRecord('annotation', source.annotationId, () => ctx.project.getAnnotation(source.annotationId));
    else a.assertCanSee(source.coderId, transcriptId);
    return ctx.project.db.transaction(() => {
      const record = acceptIntoConsensus(ctx.project, ctx.coding, transcriptId, source, rationale);
      const fromCoderId =
        source.kind === 'annotation' ? ctx.project.getAnnotation(source.annotationId).coderId : source.coderId;
      recordAudit(ctx.project.db, {
        action: 'consensus-accepted',
        actorId: a.coder?.id ?? null,
        subjectId: transcriptId,
        detail: { kind: source.kind, fromCoderId },
      });
      return record;
    });
  },
  'consensus-set-rationale': async ({ transcriptId, item, rationale }, ctx) => {
    ctx.access.assertPrivileged(WHAT);
    return setConsensusRationale(ctx.project, ctx.coding, transcriptId, item, rationale);
  },
};
