import type { Rating } from '../../../shared/api/rating.ts';
import { linkCount } from './score-sheet-logic.ts';

/** Beside a scale's name: how many highlights its ratings link as evidence (nothing when none). */
export function ScaleEvidence({ scaleId, ratings }: { scaleId: string; ratings: readonly Rating[] }) {
  const n = linkCount(scaleId, ratings);
  return n > 0 ? (
    <span className="scale-evidence" title="Highlights linked to these ratings as evidence">
      {n} linked
    </span>
  ) : null;
}
