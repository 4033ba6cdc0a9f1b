import { useId } from 'react';
import type { ClassificationFields } from '../../state/coding-data.ts';
import { CONFIDENCE_LEVELS, nearestLevel } from './confidence-levels.ts';
import type { ChangeClassification } from './use-classification-draft.ts';

interface Props {
  shown: ClassificationFields;
  /** Both controls wait for a primary category. */
  disabled: boolean;
  change: ChangeClassification;
}

/** The coder's confidence (three labelled levels) and the "forced classification" flag, side by side. */
export function ConfidenceRow({ shown, disabled, change }: Props) {
  const labelId = useId();
  return (
    <div className="cls-block cls-row">
      <div>
        <span className="field-label" id={labelId}>
          Confidence
        </span>
        <div className="cp-segmented cp-segmented--small" role="group" aria-labelledby={labelId}>
          {CONFIDENCE_LEVELS.map((c) => (
            <button
              key={c.label}
              type="button"
              className="cp-segment"
              disabled={disabled}
              aria-pressed={shown.primary !== '' && nearestLevel(shown.confidence) === c.value}
              title={c.value === null ? 'No confidence recorded' : `Recorded as ${Math.round(c.value * 100)}%`}
              onClick={() => change({ confidence: c.value }, `Confidence ${c.label.toLowerCase()}`)}
            >
              {c.label}
            </button>
          ))}
        </div>
        {shown.confidence !== null && <p className="muted small">Recorded as {Math.round(shown.confidence * 100)}%.</p>}
      </div>
      <label
        className="check-row"
        title="The coder chose the best-fitting category although the transcript does not fit it well"
      >
        <input
          type="checkbox"
          checked={shown.forced}
          disabled={disabled}
          onChange={(e) => change({ forced: e.target.checked }, e.target.checked ? 'Mark forced' : 'Unmark forced')}
        />
        Forced classification
      </label>
    </div>
  );
}
