import type { Rating } from '../../../shared/api/rating.ts';
import type { Scale } from '../../../shared/codebook/codebook-schema.ts';
import { formatValue, scalePoints } from './score-sheet-logic.ts';

interface Props {
  scale: Scale;
  /** "Mother", "Transcript", "Loss: grandmother (age 9)". */
  targetLabel: string;
  rating: Rating | null;
  onRate: (next: { value: number | null; notRateable: boolean } | null) => void;
}

/** Every point of the scale as a button (half points narrow), then not rateable, clear and the range. */
export function ScorePoints({ scale, targetLabel, rating, onRate }: Props) {
  return (
    <>
      <div className="score-points" role="group" aria-label={`Rate ${scale.label}, ${targetLabel}`}>
        {scalePoints(scale).map((p) => {
          const on = rating?.value === p;
          const whole = Number.isInteger(p);
          return (
            <button
              key={p}
              type="button"
              className={`score-point${whole ? '' : ' score-point--half'}`}
              aria-pressed={on}
              aria-label={formatValue(p)}
              title={formatValue(p)}
              data-short={whole ? undefined : `${Math.floor(p)}½`}
              onClick={() => onRate({ value: p, notRateable: false })}
            >
              {whole ? formatValue(p) : ''}
            </button>
          );
        })}
      </div>
      <div className="score-actions">
        {scale.notRateableAllowed && (
          <button
            type="button"
            className="btn btn-small score-nr"
            aria-pressed={rating?.notRateable ?? false}
            onClick={() => onRate(rating?.notRateable ? null : { value: null, notRateable: true })}
          >
            Not rateable
          </button>
        )}
        <button
          type="button"
          className="btn btn-quiet btn-small"
          disabled={rating === null}
          onClick={() => onRate(null)}
        >
          Clear
        </button>
        <span className="score-range muted small">
          {formatValue(scale.min)}–{formatValue(scale.max)}, steps of {formatValue(scale.step)}
        </span>
      </div>
    </>
  );
}
