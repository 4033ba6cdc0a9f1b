import { useRef, type KeyboardEvent } from 'react';
import { setView, useView, VIEW_LABELS, VIEW_ORDER, VIEW_SHORT_LABELS, type ProjectView } from '../state/view.ts';

/**
 * The project's views as a tab bar in the header: Coding, Agreement, Review, Consensus, Training,
 * Project settings. Every tab is always there; a view the acting coder cannot use explains why
 * inside it instead of disappearing. Arrow keys move between tabs (the ARIA tabs pattern).
 */
export function ViewTabs() {
  const view = useView();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  const onKey = (e: KeyboardEvent, i: number) => {
    let next = -1;
    if (e.key === 'ArrowRight') next = (i + 1) % VIEW_ORDER.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + VIEW_ORDER.length) % VIEW_ORDER.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = VIEW_ORDER.length - 1;
    if (next < 0) return;
    e.preventDefault();
    const v = VIEW_ORDER[next] as ProjectView;
    setView(v);
    refs.current[next]?.focus();
  };

  return (
    <div className="view-tabs" role="tablist" aria-label="Views">
      {VIEW_ORDER.map((v, i) => (
        <button
          key={v}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          className="view-tab"
          aria-selected={v === view}
          tabIndex={v === view ? 0 : -1}
          onClick={() => setView(v)}
          onKeyDown={(e) => onKey(e, i)}
          // The full label names the tab whichever form a narrow window shows.
          aria-label={VIEW_SHORT_LABELS[v] ? VIEW_LABELS[v] : undefined}
        >
          {VIEW_SHORT_LABELS[v] ? (
            <>
              <span className="tab-label-long">{VIEW_LABELS[v]}</span>
              <span className="tab-label-short">{VIEW_SHORT_LABELS[v]}</span>
            </>
          ) : (
            VIEW_LABELS[v]
          )}
        </button>
      ))}
    </div>
  );
}
