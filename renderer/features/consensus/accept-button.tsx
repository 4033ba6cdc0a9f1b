import { useId, useState } from 'react';

interface Props {
  label: string;
  /** Accessible name, e.g. "Accept Ada's classification". */
  name: string;
  onAccept: (rationale: string) => Promise<void>;
  disabled?: boolean;
}

/** "Accept" that first asks for the rationale inline (a consensus item always says why). */
export function AcceptButton({ label, name, onAccept, disabled }: Props) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();
  if (!open)
    return (
      <button
        type="button"
        className="btn btn-small accept-btn"
        aria-label={name}
        disabled={disabled}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
    );
  return (
    <form
      className="accept-form"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void onAccept(text.trim())
          .then(() => {
            setOpen(false);
            setText('');
          })
          .catch(() => {
            // reported by the caller
          })
          .finally(() => setBusy(false));
      }}
    >
      <label className="visually-hidden" htmlFor={id}>
        Rationale
      </label>
      <textarea
        id={id}
        className="input rationale-input"
        rows={2}
        autoFocus
        placeholder="Why? (rationale, kept with the consensus)"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="accept-actions">
        <button type="submit" className="btn btn-small btn-primary" disabled={busy}>
          Accept
        </button>
        <button type="button" className="btn btn-small btn-quiet" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
