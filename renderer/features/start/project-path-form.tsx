import type { FormEvent, Ref } from 'react';

interface Props {
  inputRef: Ref<HTMLInputElement>;
  inputId: string;
  errorId: string;
  value: string;
  onChange: (path: string) => void;
  error: string | null;
  busy: boolean;
  /** "Create" or "Open", and its button's classes. */
  action: string;
  buttonClass: string;
  onSubmit: (e: FormEvent) => void;
  /** Opens the file picker (the browser cannot give a path; a typed one works too). */
  onBrowse?: () => void;
}

/** A project file path with its submit button and the problem with it, if any. */
export function ProjectPathForm(props: Props) {
  const { inputRef, inputId, errorId, value, onChange, error, busy, action, buttonClass, onSubmit, onBrowse } = props;
  return (
    <form onSubmit={onSubmit} noValidate>
      <label className="field-label" htmlFor={inputId}>
        Project file
      </label>
      <div className="field-row">
        <input
          ref={inputRef}
          id={inputId}
          className="input mono"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          placeholder="/home/me/studies/pilot.attune"
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        {onBrowse && (
          <button type="button" className="btn" onClick={onBrowse} disabled={busy}>
            Browse…
          </button>
        )}
        <button type="submit" className={buttonClass} disabled={busy}>
          {action}
        </button>
      </div>
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
