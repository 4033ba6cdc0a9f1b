import { listSegments } from '../segments.ts';
import type { DomainHandlers } from './types.ts';

export const segmentHandlers: DomainHandlers<'segment'> = {
  'segment-list': async (f, ctx) => listSegments(ctx, f),
};
