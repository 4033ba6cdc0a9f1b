import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';

/** What the coding view may ask of the bar: Ctrl/⌘+F while it is open focuses the field again. */
export interface FindBarHandle {
  focus(): void;
}

interface Props {
  query: string;
  onQueryChange: (query: string) => void;
  count: number;
  /** 0-based index of the current match, -1 for none. */
  current: number;
  onNext: () => void;
  onPrevious: () => void;
  /** Close; `select` = put the current match in the transcript selection (ready to tag). */
  onClose: (select: boolean) => void;
  ref?: Ref<FindBarHandle>;
}

/** Find in the open transcript: Enter / Shift+Enter step through matches, Esc selects the current one. */
export function FindBar({ query, onQueryChange, count, current, onNext, onPrevious, onClose, ref }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const focus = () => {
    input.current?.focus();
    input.current?.select();
  };
  useImperativeHandle(ref, () => ({ focus }));
  // Opening the bar puts the caret in its field.
  useEffect(focus, []);

  const status = !query.trim() ? '' : count === 0 ? 'No matches' : `${current + 1} of ${count}`;
  return (
    <div className="find-bar" role="search" aria-label="Find in transcript">
      <input
        ref={input}
        className="input input-small find-input"
        type="search"
        aria-label="Find in transcript"
        placeholder="Find in transcript"
        value={query}
        onChange={(e) => onQueryChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (e.shiftKey) onPrevious();
            else onNext();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onClose(true);
          }
        }}
      />
      <span className="find-status" aria-live="polite">
        {status}
      </span>
      <button
        type="button"
        className="btn btn-quiet btn-small"
        onClick={onPrevious}
        disabled={count === 0}
        aria-label="Previous match"
      >
        ↑
      </button>
      <button
        type="button"
        className="btn btn-quiet btn-small"
        onClick={onNext}
        disabled={count === 0}
        aria-label="Next match"
      >
        ↓
      </button>
      <button type="button" className="btn btn-quiet btn-small" onClick={() => onClose(false)} aria-label="Close find">
        ✕
      </button>
    </div>
  );
}
