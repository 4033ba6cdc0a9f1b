interface Props {
  /** The form's useId(); the textarea gets `${id}-desc`. */
  id: string;
  value: string;
  placeholder: string;
  onChange(description: string): void;
}

/** The Description field of a codebook form (codes, scales, categories, subtypes). */
export function CodebookDescriptionField({ id, value, placeholder, onChange }: Props) {
  return (
    <>
      <label className="field-label" htmlFor={`${id}-desc`}>
        Description
      </label>
      <textarea
        id={`${id}-desc`}
        className="input note-input"
        rows={3}
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
      />
    </>
  );
}
