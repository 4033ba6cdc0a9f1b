import { useRef, type KeyboardEvent } from 'react';
import { nextTabIndex } from '../../ui/tab-keys.ts';
import type { DraftProblem, DraftSection } from './draft/validation.ts';

interface Props {
  section: DraftSection;
  onSection: (s: DraftSection) => void;
  problems: readonly DraftProblem[];
}

const SECTIONS: { id: DraftSection; label: string }[] = [
  { id: 'codes', label: 'Codes' },
  { id: 'scales', label: 'Scales' },
  { id: 'classification', label: 'Classification' },
];

/** Codes, Scales, Classification as tabs (arrow keys move between them), each marked while it has problems. */
export function CodebookSectionTabs({ section, onSection, problems }: Props) {
  const tabRefs = useRef(new Map<DraftSection, HTMLButtonElement>());
  const onTabKey = (e: KeyboardEvent) => {
    const next = nextTabIndex(
      e.key,
      SECTIONS.findIndex((t) => t.id === section),
      SECTIONS.length,
    );
    if (next === null) return;
    e.preventDefault();
    const to = SECTIONS[next]!.id;
    onSection(to);
    tabRefs.current.get(to)?.focus();
  };
  return (
    <div className="cb-tabs" role="tablist" aria-label="Codebook sections" onKeyDown={onTabKey}>
      {SECTIONS.map((t) => {
        const n = problems.filter((p) => p.section === t.id).length;
        return (
          <button
            key={t.id}
            ref={(el) => {
              if (el) tabRefs.current.set(t.id, el);
              else tabRefs.current.delete(t.id);
            }}
            type="button"
            role="tab"
            id={`cb-tab-${t.id}`}
            aria-selected={t.id === section}
            aria-controls="cb-tabpanel"
            tabIndex={t.id === section ? 0 : -1}
            className="coding-tab cb-tab"
            onClick={() => onSection(t.id)}
          >
            {t.label}
            {n > 0 && (
              <span
                className="cb-problem-dot"
                title={`${n} ${n === 1 ? 'problem' : 'problems'} to fix in ${t.label}`}
                aria-label={`, ${n} ${n === 1 ? 'problem' : 'problems'}`}
              >
                !
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
