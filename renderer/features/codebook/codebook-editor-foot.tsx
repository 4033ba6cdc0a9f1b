import type { DraftProblem } from './draft/validation.ts';

interface Props {
  /** Asking whether to drop unsaved changes on close. */
  confirmDiscard: boolean;
  onDiscard: () => void;
  onKeepEditing: () => void;
  problems: readonly DraftProblem[];
  dirty: boolean;
  busy: boolean;
  /** Why this coder cannot save (shown instead of the draft's state), or null. */
  readOnlyReason: string | null;
  /** The version number a save would make, or null before the codebook has loaded. */
  nextVersion: number | null;
  onRevert: () => void;
  onSave: () => void;
}

/** The editor's footer: the draft's state (or the discard question) and Revert / Save. */
export function CodebookEditorFoot(props: Props) {
  const {
    confirmDiscard,
    onDiscard,
    onKeepEditing,
    problems,
    dirty,
    busy,
    readOnlyReason,
    nextVersion,
    onRevert,
    onSave,
  } = props;
  return (
    <footer className="cb-foot">
      {confirmDiscard ? (
        <div className="cb-confirm" role="alert">
          <span>Discard your unsaved changes to the codebook?</span>
          <button type="button" className="btn btn-danger btn-small" onClick={onDiscard}>
            Discard
          </button>
          <button type="button" className="btn btn-small" autoFocus onClick={onKeepEditing}>
            Keep editing
          </button>
        </div>
      ) : (
        <p className="cb-foot-status" aria-live="polite">
          {readOnlyReason ? (
            <span className="muted" data-testid="codebook-read-only">
              {readOnlyReason}
            </span>
          ) : problems.length > 0 ? (
            <span className="danger-text">
              {problems.length === 1
                ? problems[0]!.message
                : `${problems.length} problems to fix before saving (marked !).`}
            </span>
          ) : dirty ? (
            'Unsaved changes'
          ) : (
            <span className="muted">No unsaved changes</span>
          )}
        </p>
      )}
      <div className="cb-foot-actions">
        <button type="button" className="btn" disabled={!dirty || busy} onClick={onRevert}>
          Revert
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={!dirty || busy || problems.length > 0 || readOnlyReason !== null}
          onClick={onSave}
        >
          {nextVersion === null ? 'Save' : `Save as version ${nextVersion}`}
        </button>
      </div>
    </footer>
  );
}
