import { clearRatingAudited, setRatingAudited } from '../audited-coding.ts';
import type { DomainHandlers } from './types.ts';

export const ratingHandlers: DomainHandlers<'rating'> = {
  'rating-list': async ({ transcriptId, coderId }, ctx) => {
    ctx.access.assertCanSee(coderId, transcriptId);
    return ctx.coding.listRatings(transcriptId, coderId);
  },
  'rating-set': async (a, ctx) => {
    ctx.access.assertCanWrite(a.coderId);
    return setRatingAudited(ctx, a);
  },
  'rating-clear': async (a, ctx) => {
    ctx.access.assertCanWrite(a.coderId);
    clearRatingAudited(ctx, a);
    return null;
  },
  'rating-link': async (a, ctx) => {
    ctx.access.assertCanWrite(a.coderId);
    return ctx.coding.linkRating(a);
  },
};
