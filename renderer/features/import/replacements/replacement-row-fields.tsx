import { matchCaseOf, type ReplacementRow } from './replacement-rows.ts';

interface Props {
  row: ReplacementRow;
  index: number;
  /** An earlier row with the same name, which makes this one have no effect. */
  repeatOf: number | undefined;
  disabled: boolean;
  /** Registers the name field, so a row just added can take the focus. */
  nameRef: (el: HTMLInputElement | null) => void;
  onChange: (change: Partial<ReplacementRow>) => void;
  onRemove: () => void;
}

/** One name → replacement pair with its own "Match case". */
export function ReplacementRowFields({ row, index, repeatOf, disabled, nameRef, onChange, onRemove }: Props) {
  const n = index + 1;
  return (
    <div className="replacement-row">
      <input
        ref={nameRef}
        className="input input-small"
        aria-label={`Name ${n}`}
        placeholder="Name in the file"
        value={row.find}
        disabled={disabled}
        onChange={(e) => onChange({ find: e.target.value })}
      />
      <span className="replacement-arrow" aria-hidden="true">
        →
      </span>
      <input
        className="input input-small mono"
        aria-label={`Replacement ${n}`}
        placeholder="[MOTHER]"
        value={row.replace}
        disabled={disabled}
        onChange={(e) => onChange({ replace: e.target.value })}
      />
      <button
        type="button"
        className="btn btn-quiet btn-small"
        aria-label={`Remove replacement ${n}`}
        disabled={disabled}
        onClick={onRemove}
      >
        ✕
      </button>
      <label
        className="replacement-case"
        title="Ticked: only this spelling with these capitals. Unticked: any case (ROSE, rose)."
      >
        <input
          type="checkbox"
          aria-label={`Match case ${n}`}
          checked={matchCaseOf(row)}
          disabled={disabled}
          onChange={(e) => onChange({ caseSensitive: e.target.checked })}
        />
        Match case
      </label>
      {repeatOf !== undefined && (
        <p className="replacement-repeat" data-testid="replacement-repeat">
          Same name as row {repeatOf + 1}: this row has no effect.
        </p>
      )}
    </div>
  );
}
