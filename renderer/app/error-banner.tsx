import { dismissSaveError, useSaveStatus } from '../state/save-status.ts';

/** A failed write is never silent: it stays on screen until the user dismisses it. */
export function ErrorBanner() {
  const { error } = useSaveStatus();
  if (!error) return null;
  return (
    <div className="error-banner" role="alert">
      <span className="error-banner-icon" aria-hidden="true">
        !
      </span>
      <p>
        <strong>Not saved.</strong> {error}
      </p>
      <button type="button" className="btn btn-quiet btn-small" onClick={dismissSaveError}>
        Dismiss
      </button>
    </div>
  );
}
