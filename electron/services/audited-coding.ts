// The coding writes the audit log records: classifications set, changed or cleared, and ratings changed
// after the coder marked the transcript complete. Each entry holds whose coding and which scale, never
// the values (every coder reads the log, and it must not show anyone's coding).
import type { Classification } from '../../shared/api/classification.ts';
import type { ApiParsedArg } from '../../shared/api/index.ts';
import type { Rating } from '../../shared/api/rating.ts';
import { recordAudit } from './audit.ts';
import type { ServiceContext } from './context.ts';

const decisive = (c: Classification | null) =>
  c && [c.primary, c.subtype, c.alternative, c.secondAlternative, c.forced, c.confidence].join('\u0000');

export function setClassificationAudited(ctx: ServiceContext, a: ApiParsedArg<'classification-set'>): Classification {
  return ctx.project.db.transaction(() => {
    const before = ctx.coding.getClassification(a.transcriptId, a.coderId);
    const after = ctx.coding.setClassification(a);
    // A note alone is not a decision; the categories, forced and confidence are.
    if (decisive(before) !== decisive(after))
      recordAudit(ctx.project.db, {
        action: before ? 'classification-changed' : 'classification-set',
        actorId: ctx.access.coder?.id ?? null,
        subjectId: a.transcriptId,
        detail: { coderId: a.coderId },
      });
    return after;
  });
}

export function clearClassificationAudited(ctx: ServiceContext, a: { transcriptId: string; coderId: string }): void {
  ctx.project.db.transaction(() => {
    if (!ctx.coding.getClassification(a.transcriptId, a.coderId)) return;
    ctx.coding.clearClassification(a.transcriptId, a.coderId);
    recordAudit(ctx.project.db, {
      action: 'classification-cleared',
      actorId: ctx.access.coder?.id ?? null,
      subjectId: a.transcriptId,
      detail: { coderId: a.coderId },
    });
  });
}

type RatingKey = { transcriptId: string; coderId: string; scaleId: string; target: string };

const ratingValue = (r: Rating | undefined) => (r ? `${r.notRateable ? 'n/r' : r.value}` : '');

function findRating(ctx: ServiceContext, k: RatingKey): Rating | undefined {
  return ctx.coding
    .listRatings(k.transcriptId, k.coderId)
    .find((r) => r.scaleId === k.scaleId && r.target === k.target);
}

function auditIfComplete(ctx: ServiceContext, k: RatingKey, change: 'set' | 'cleared'): void {
  if (ctx.coding.getStatus(k.transcriptId, k.coderId).status !== 'complete') return;
  recordAudit(ctx.project.db, {
    action: 'rating-changed-after-complete',
    actorId: ctx.access.coder?.id ?? null,
    subjectId: k.transcriptId,
    detail: { coderId: k.coderId, scaleId: k.scaleId, target: k.target, change },
  });
}

export function setRatingAudited(ctx: ServiceContext, a: ApiParsedArg<'rating-set'>): Rating {
  return ctx.project.db.transaction(() => {
    const before = findRating(ctx, a);
    const after = ctx.coding.setRating(a);
    if (ratingValue(before) !== ratingValue(after)) auditIfComplete(ctx, a, 'set');
    return after;
  });
}

export function clearRatingAudited(ctx: ServiceContext, a: RatingKey): void {
  ctx.project.db.transaction(() => {
    const before = findRating(ctx, a);
    ctx.coding.clearRating(a);
    if (before) auditIfComplete(ctx, a, 'cleared');
  });
}
