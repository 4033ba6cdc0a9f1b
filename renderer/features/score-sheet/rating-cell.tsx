import type { Rating } from '../../../shared/api/rating.ts';
import type { Scale } from '../../../shared/codebook/codebook-schema.ts';
import { ScoreCell } from './score-cell.tsx';
import type { RatingInput } from './score-sheet-logic.ts';

interface Props {
  scale: Scale;
  target: string;
  /** "Mother", "Loss: grandmother (age 9)". */
  targetLabel: string;
  rating: Rating | null;
  selected: boolean;
  onSelect: () => void;
  onCommit: (input: RatingInput) => void;
  onError: (message: string | null) => void;
}

/** A rating field in its table cell (which carries the selection and the linked-evidence marker). */
export function RatingCell({ scale, target, targetLabel, rating, selected, onSelect, onCommit, onError }: Props) {
  return (
    <td className={`score-td${selected ? ' score-td--selected' : ''}`} data-links={rating?.links.length || undefined}>
      <ScoreCell
        scale={scale}
        target={target}
        label={`${scale.label}, ${targetLabel}`}
        rating={rating}
        selected={selected}
        onSelect={onSelect}
        onCommit={onCommit}
        onError={onError}
      />
    </td>
  );
}
