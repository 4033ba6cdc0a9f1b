import { computeAgreement } from '../agreement-data.ts';
import type { DomainHandlers } from './types.ts';

export const agreementHandlers: DomainHandlers<'agreement'> = {
  'agreement-compute': async (arg, ctx) => (await computeAgreement(ctx, arg)).result,
};
