import { useEffect, useRef } from 'react';
import type { SearchHit } from '../../../shared/api/project.ts';
import { HitContextText } from './hit-context-text.tsx';

interface Props {
  /** The listbox id; each option's id is `${listId}-${index}` (the search field's active descendant). */
  listId: string;
  hits: readonly SearchHit[];
  active: number;
  busy: boolean;
  /** The query the hits answer, marked in their context lines. */
  query: string;
  onActivate: (index: number) => void;
  onOpen: (hit: SearchHit) => void;
}

/** The project search's hits: transcript, line and context; the active one is kept scrolled into view. */
export function SearchResults({ listId, hits, active, busy, query, onActivate, onOpen }: Props) {
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  return (
    <ul ref={list} id={listId} className="palette-list" role="listbox" aria-label="Search results" aria-busy={busy}>
      {hits.map((h, i) => (
        <li
          key={`${i}:${h.kind ?? 'text'}:${h.transcriptId}:${h.start}`}
          id={`${listId}-${i}`}
          role="option"
          aria-selected={i === active}
          className="palette-item search-hit"
          onMouseMove={() => onActivate(i)}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onOpen(h)}
        >
          <span className="search-hit-where">
            <span className="search-hit-title">{h.title}</span>
            <span className="search-hit-line">
              {h.kind === 'memo' || h.kind === 'code-memo' || h.kind === 'project-memo'
                ? 'memo'
                : h.kind === 'note'
                  ? `note · line ${h.line}`
                  : `line ${h.line}`}
            </span>
          </span>
          <span className="search-hit-context">
            <HitContextText text={h.context} query={query} />
          </span>
        </li>
      ))}
    </ul>
  );
}
