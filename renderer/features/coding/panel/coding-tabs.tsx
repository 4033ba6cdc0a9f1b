import type { KeyboardEvent, RefObject } from 'react';
import { nextTabIndex } from '../../../ui/tab-keys.ts';

export type CodingTab = 'codes' | 'scores' | 'classification' | 'memo';

/** `short`: shown when the panel is narrow; the full label stays the tab's accessible name. */
export const TABS: { id: CodingTab; label: string; key: string; short?: string }[] = [
  { id: 'codes', label: 'Codes', key: '1' },
  { id: 'scores', label: 'Scores', key: '2' },
  { id: 'classification', label: 'Classification', key: '3', short: 'Class.' },
  { id: 'memo', label: 'Memo', key: '4' },
];

interface Props {
  tab: CodingTab;
  /** `focus`: the tab takes the keyboard focus (arrow keys), as the ARIA tabs pattern has it. */
  onChoose: (tab: CodingTab, focus: boolean) => void;
  /** Each tab's button, for moving focus to it. */
  tabRefs: RefObject<Map<CodingTab, HTMLButtonElement>>;
}

/** The coding panel's tab strip: click, or arrow keys along it; Alt+1…4 from anywhere (see useTabKeys). */
export function CodingTabs({ tab, onChoose, tabRefs }: Props) {
  const onTabKey = (e: KeyboardEvent) => {
    const next = nextTabIndex(
      e.key,
      TABS.findIndex((t) => t.id === tab),
      TABS.length,
    );
    if (next === null) return;
    e.preventDefault();
    onChoose(TABS[next]!.id, true);
  };
  return (
    <div className="coding-tabs" role="tablist" aria-label="Coding panels" onKeyDown={onTabKey}>
      {TABS.map((t) => (
        <button
          key={t.id}
          ref={(el) => {
            if (el) tabRefs.current.set(t.id, el);
            else tabRefs.current.delete(t.id);
          }}
          type="button"
          role="tab"
          id={`coding-tab-${t.id}`}
          aria-selected={t.id === tab}
          aria-controls="coding-tabpanel"
          aria-keyshortcuts={`Alt+${t.key}`}
          tabIndex={t.id === tab ? 0 : -1}
          className="coding-tab"
          // The full label names the tab whichever form a narrow panel shows.
          aria-label={t.short ? t.label : undefined}
          title={`${t.label} (Alt+${t.key})`}
          onClick={() => onChoose(t.id, false)}
        >
          {t.short ? (
            <>
              <span className="tab-label-long">{t.label}</span>
              <span className="tab-label-short">{t.short}</span>
            </>
          ) : (
            t.label
          )}
        </button>
      ))}
    </div>
  );
}
