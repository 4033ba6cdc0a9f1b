interface Props {
  /** The form's useId(); the input gets `${id}-label`. */
  id: string;
  value: string;
  onChange(label: string): void;
}

/** The Label field every codebook form has: required, so an empty one is marked invalid. */
export function CodebookLabelField({ id, value, onChange }: Props) {
  return (
    <>
      <label className="field-label" htmlFor={`${id}-label`}>
        Label
      </label>
      <input
        id={`${id}-label`}
        className="input"
        value={value}
        aria-invalid={!value.trim() || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </>
  );
}
