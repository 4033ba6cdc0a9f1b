import { exportCodings } from '../codings-export.ts';
import type { DomainHandlers } from './types.ts';

export const datasetHandlers: DomainHandlers<'dataset'> = {
  'dataset-export': async (arg, ctx) => exportCodings(ctx, arg),
};
