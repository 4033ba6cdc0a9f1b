import { useEffect, useRef, type KeyboardEvent } from 'react';
import { setView, useView, VIEW_LABELS, VIEW_ORDER, VIEW_SHORT_LABELS, type ProjectView } from '../state/view.ts';
import { nextTabIndex } from '../ui/tab-keys.ts';

/**
 * The project's views as a tab bar in the header: Coding, Agreement, Review, Consensus, Training,
 * Project settings. Every tab is always there; a view the acting coder cannot use explains why
 * inside it instead of disappearing. Arrow keys move between tabs (the ARIA tabs pattern).
 */
/**
 * Coding and the other views are separate screens, each under its own header, so moving between them
 * by arrow key remounts these tabs: the new ones take the keyboard focus back (ARIA tabs keep focus on the selected tab).
 */
let refocusSelectedTab = false;

export function ViewTabs() {
  const view = useView();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (!refocusSelectedTab) return;
    refocusSelectedTab = false;
    refs.current[VIEW_ORDER.indexOf(view)]?.focus();
  }, [view]);

  const onKey = (e: KeyboardEvent, i: number) => {
    const next = nextTabIndex(e.key, i, VIEW_ORDER.length);
    if (next === null) return;
    e.preventDefault();
    const v = VIEW_ORDER[next] as ProjectView;
    refocusSelectedTab = true;
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
