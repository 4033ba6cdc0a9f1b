interface Props {
  /** The line a section started now would begin on, or null before the user has put a caret in the text. */
  startLine: number | null;
  disabled: boolean;
  onStart: () => void;
}

/** "Start section here" and where that would be. */
export function OutlineTools({ startLine, disabled, onStart }: Props) {
  return (
    <div className="outline-tools">
      <button
        type="button"
        className="btn btn-small btn-block"
        disabled={disabled}
        // Keep the transcript's selection (and focus) while clicking: the section starts there.
        onMouseDown={(e) => e.preventDefault()}
        onClick={onStart}
      >
        + Start section here
      </button>
      <p className="outline-hint" data-testid="outline-caret">
        {startLine === null ? 'Click in the text where a question starts.' : `At the caret: line ${startLine}`}
      </p>
    </div>
  );
}
