import { PALETTE } from '../draft/codes.ts';

interface Props {
  /** The form's useId(); the group is labelled by `${id}-colour`. */
  id: string;
  value: string;
  onChange: (color: string) => void;
}

/** A code's colour: any colour from the native picker, or one of the palette's swatches. */
export function CodebookColourPicker({ id, value, onChange }: Props) {
  return (
    <>
      <span className="field-label" id={`${id}-colour`}>
        Colour
      </span>
      <div className="cb-colours" role="group" aria-labelledby={`${id}-colour`}>
        <input
          type="color"
          className="cb-colour-input"
          aria-label="Custom colour"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
        {PALETTE.map((p) => (
          <button
            key={p}
            type="button"
            className="cb-colour"
            style={{ backgroundColor: p }}
            aria-label={`Colour ${p}`}
            aria-pressed={value.toLowerCase() === p}
            onClick={() => onChange(p)}
          />
        ))}
      </div>
    </>
  );
}
