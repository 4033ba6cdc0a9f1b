import { useEffect } from 'react';
import { TABS, type CodingTab } from './coding-tabs.tsx';

/** Alt+1…4 switch the coding panel's tabs from anywhere (single letters are code hotkeys). */
export function useTabKeys(choose: (tab: CodingTab) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      // e.code, not e.key: on a Mac, Alt+1 types "¡".
      const t = TABS.find((x) => e.code === `Digit${x.key}`);
      if (!t || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      choose(t.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [choose]);
}
