import type { Replacement } from '../../shared/transcript/pseudonymize.ts';

interface Props {
  replacements: Replacement[];
  onChange: (next: Replacement[]) => void;
  disabled: boolean;
}

/**
 * The replacement list for the whole batch ("Margaret" → [MOTHER]). Whole words, any case. It lives
 * only in this dialog: a list pairing real names with tokens is a re-identification key and is never saved.
 */
export function ReplacementEditor({ replacements, onChange, disabled }: Props) {
  const set = (i: number, change: Partial<Replacement>) => onChange(replacements.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <div className="replacement-editor">
      {replacements.length > 0 && (
        <div className="replacement-rows" role="group" aria-label="Replacement list">
          {replacements.map((r, i) => (
            <div className="replacement-row" key={i}>
              <input
                className="input input-small"
                aria-label={`Name ${i + 1}`}
                placeholder="Name in the file"
                value={r.find}
                disabled={disabled}
                onChange={(e) => set(i, { find: e.target.value })}
              />
              <span className="replacement-arrow" aria-hidden="true">
                →
              </span>
              <input
                className="input input-small mono"
                aria-label={`Replacement ${i + 1}`}
                placeholder="[MOTHER]"
                value={r.replace}
                disabled={disabled}
                onChange={(e) => set(i, { replace: e.target.value })}
              />
              <button
                type="button"
                className="btn btn-quiet btn-small"
                aria-label={`Remove replacement ${i + 1}`}
                disabled={disabled}
                onClick={() => onChange(replacements.filter((_, j) => j !== i))}
              >
                ✕
              </button>
            </div>
          ))}
        </div>
      )}
      <button type="button" className="btn btn-small" disabled={disabled} onClick={() => onChange([...replacements, { find: '', replace: '' }])}>
        + Add replacement
      </button>
    </div>
  );
}
