import { useId } from 'react';
import type { PrimaryCategory } from '../../../shared/codebook/codebook-schema.ts';
import type { ChangeClassification } from './use-classification-draft.ts';

interface Props {
  primary: PrimaryCategory;
  subtype: string | null;
  change: ChangeClassification;
}

/** The optional subtype of the chosen category as toggle chips (a second press clears it). */
export function SubtypeChoice({ primary, subtype, change }: Props) {
  const labelId = useId();
  return (
    <div className="cls-block">
      <span className="field-label" id={labelId}>
        Subtype <span className="muted">(optional)</span>
      </span>
      <div className="chip-choices" role="group" aria-labelledby={labelId}>
        {primary.subtypes.map((s) => (
          <button
            key={s.id}
            type="button"
            className="choice-chip"
            aria-pressed={s.id === subtype}
            title={s.label}
            onClick={() =>
              change(
                { subtype: s.id === subtype ? null : s.id },
                s.id === subtype ? 'Clear subtype' : `Subtype ${s.id}`,
              )
            }
          >
            {s.id}
          </button>
        ))}
      </div>
      {subtype && <p className="muted small">{primary.subtypes.find((s) => s.id === subtype)?.label}</p>}
    </div>
  );
}
