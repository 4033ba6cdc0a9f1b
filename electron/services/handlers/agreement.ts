import { agreementSummary, listDisagreements } from '../agreement-pages.ts';
import type { DomainHandlers } from './types.ts';

export const agreementHandlers: DomainHandlers<'agreement'> = {
  'agreement-compute': (arg, ctx) => agreementSummary(ctx, arg),
  'agreement-list-disagreements': (arg, ctx) => listDisagreements(ctx, arg),
};
