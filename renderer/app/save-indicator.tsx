import { useSaveStatus } from '../state/save-status.ts';

/** "All changes saved" appears only after the host confirmed the last write. */
export function SaveIndicator() {
  const { pending, unsaved, savedAt, error } = useSaveStatus();
  let state: 'saving' | 'saved' | 'error' | 'unsaved' | 'idle' = 'idle';
  if (pending > 0) state = 'saving';
  else if (error) state = 'error';
  else if (unsaved > 0) state = 'unsaved';
  else if (savedAt !== null) state = 'saved';
  const text = {
    saving: 'Saving…',
    saved: 'All changes saved',
    error: 'Not saved',
    unsaved: unsaved === 1 ? '1 edit not saved' : `${unsaved} edits not saved`,
    idle: 'No changes yet',
  }[state];
  return (
    <div
      className={`save-indicator save-indicator--${state}`}
      role="status"
      aria-live="polite"
      data-state={state}
      title={text}
    >
      <span className="save-dot" aria-hidden="true" />
      {/* Below ~1200 px only the dot shows; the text stays for screen readers and as the tooltip. */}
      <span className="save-indicator-text">{text}</span>
    </div>
  );
}
