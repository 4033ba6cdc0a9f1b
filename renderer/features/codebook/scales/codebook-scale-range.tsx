import type { Scale } from '../../../../shared/codebook/codebook-schema.ts';
import { parseNumber, useNumberText } from './use-number-text.ts';

interface Props {
  /** The form's useId(); the fields get `${id}-min`, `${id}-max` and `${id}-step`. */
  id: string;
  scale: Scale;
  onChange: (patch: Partial<Scale>) => void;
}

const STEPS: { value: number; label: string }[] = [
  { value: 1, label: '1 (whole points)' },
  { value: 0.5, label: '0.5 (half points)' },
];

/** A scale's lowest and highest value and its step, side by side. */
export function CodebookScaleRange({ id, scale, onChange }: Props) {
  const [minText, setMinText] = useNumberText(scale.min);
  const [maxText, setMaxText] = useNumberText(scale.max);
  return (
    <div className="cb-range-row">
      <div>
        <label className="field-label" htmlFor={`${id}-min`}>
          Lowest
        </label>
        <input
          id={`${id}-min`}
          className="input"
          inputMode="decimal"
          value={minText}
          aria-invalid={!Number.isFinite(scale.min) || !(scale.max > scale.min) || undefined}
          onChange={(e) => {
            setMinText(e.target.value);
            onChange({ min: parseNumber(e.target.value) });
          }}
        />
      </div>
      <div>
        <label className="field-label" htmlFor={`${id}-max`}>
          Highest
        </label>
        <input
          id={`${id}-max`}
          className="input"
          inputMode="decimal"
          value={maxText}
          aria-invalid={!Number.isFinite(scale.max) || !(scale.max > scale.min) || undefined}
          onChange={(e) => {
            setMaxText(e.target.value);
            onChange({ max: parseNumber(e.target.value) });
          }}
        />
      </div>
      <div>
        <label className="field-label" htmlFor={`${id}-step`}>
          Step
        </label>
        <select
          id={`${id}-step`}
          className="input"
          value={String(scale.step)}
          onChange={(e) => onChange({ step: Number(e.target.value) })}
        >
          {STEPS.map((s) => (
            <option key={s.value} value={String(s.value)}>
              {s.label}
            </option>
          ))}
          {!STEPS.some((s) => s.value === scale.step) && (
            <option value={String(scale.step)}>{scale.step} (from the imported file)</option>
          )}
        </select>
      </div>
    </div>
  );
}
