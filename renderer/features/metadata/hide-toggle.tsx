interface Props {
  hidden: boolean;
  /** The field's label, for the screen-reader name of the box. */
  label: string;
  /** The note that explains what hiding means. */
  describedBy: string;
  onChange: (hidden: boolean) => void;
}

/** A field's "Hidden from coders" box (a project-wide setting, saved with the metadata). */
export function HideToggle({ hidden, label, describedBy, onChange }: Props) {
  return (
    <label className="hide-toggle">
      <input
        type="checkbox"
        checked={hidden}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={describedBy}
      />
      <span className="visually-hidden">Hide {label} from coders</span>
      <span aria-hidden="true" className="hide-toggle-text">
        Hidden from coders
      </span>
    </label>
  );
}
