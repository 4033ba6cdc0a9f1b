import { HideToggle } from './hide-toggle.tsx';

interface Props {
  name: string;
  inputId: string;
  value: string;
  hidden: boolean;
  /** The note that explains what hiding means. */
  noteId: string;
  onChange: (value: string) => void;
  onHide: (hidden: boolean) => void;
  onRemove: () => void;
}

/** A field the lab added (named by its key), which can be removed again. */
export function FreeFieldRow({ name, inputId, value, hidden, noteId, onChange, onHide, onRemove }: Props) {
  return (
    <div className={`meta-row${hidden ? ' meta-row--hidden' : ''}`}>
      <label className="meta-row-name" htmlFor={inputId} title={name}>
        {name}
      </label>
      <input id={inputId} className="input input-small" value={value} onChange={(e) => onChange(e.target.value)} />
      <HideToggle hidden={hidden} label={name} describedBy={noteId} onChange={onHide} />
      <button
        type="button"
        className="icon-btn icon-btn--danger"
        aria-label={`Remove field ${name}`}
        title="Remove field"
        onClick={onRemove}
      >
        ✕
      </button>
    </div>
  );
}
