import type { Disagreement } from '../../../shared/reliability/types.ts';

export const KIND_LABELS: Record<Disagreement['kind'], string> = {
  classification: 'Classification',
  scale: 'Scale',
  'span-only-one-coder': 'Only one coder',
  'different-codes-same-span': 'Different codes',
};
