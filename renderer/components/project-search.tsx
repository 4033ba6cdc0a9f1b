import '../styles/transcript-tools.css';
import { useEffect, useId, useRef, useState } from 'react';
import type { SearchHit } from '../../shared/api/coding.ts';
import { errorMessage, send } from '../api/client.ts';

interface Props {
  onClose: () => void;
  /** Open the hit's transcript at the passage (the dialog has closed by then). */
  onOpen: (hit: SearchHit) => void;
  initialQuery?: string;
}

/** The context line with the query's occurrences in bold (case-insensitive, whitespace-flexible). */
function Context({ text: raw, query }: { text: string; query: string }) {
  const q = query.trim();
  // The host cuts a fixed window around the match: drop the cut words at either end, and say so.
  const pattern = new RegExp(`(${q.split(/\s+/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')})`, 'giu');
  const trimmed = raw.replace(/^\S*\s/, '').replace(/\s\S*$/, '');
  const text = `…${q && !new RegExp(pattern.source, 'iu').test(trimmed) ? raw : trimmed}…`.replace(/\s+/g, ' ');
  if (!q) return <>{text}</>;
  const parts = text.split(pattern);
  return <>{parts.map((p, i) => (i % 2 === 1 ? <mark key={i}>{p}</mark> : <span key={i}>{p}</span>))}</>;
}

/**
 * Search every transcript of the project (Ctrl/⌘+Shift+F). Results name the transcript and line;
 * ↑/↓ and Enter (or a click) open the transcript with the passage scrolled into view and selected.
 */
export function ProjectSearch({ onClose, onOpen, initialQuery = '' }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const dialog = useRef<HTMLDialogElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const listId = useId();

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setHits(null);
      return;
    }
    let live = true;
    const t = setTimeout(() => {
      send('search-project', { query: q, limit: 300 }).then(
        (h) => {
          if (!live) return;
          setHits(h);
          setError(null);
          setActive(0);
        },
        (e: unknown) => live && setError(errorMessage(e)),
      );
    }, 180);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [query]);

  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const open = (h: SearchHit | undefined) => {
    if (!h) return;
    onClose();
    onOpen(h);
  };
  const transcripts = hits ? new Set(hits.map((h) => h.transcriptId)).size : 0;

  return (
    <dialog ref={dialog} className="modal palette project-search" aria-label="Search the project" onClose={onClose} onCancel={onClose}>
      <input
        className="input palette-input"
        role="combobox"
        aria-expanded={hits !== null}
        aria-controls={listId}
        aria-activedescendant={hits?.[active] ? `${listId}-${active}` : undefined}
        aria-label="Search all transcripts"
        placeholder="Search all transcripts…"
        autoFocus
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          const n = hits?.length ?? 0;
          if (e.key === 'Escape') {
            // One Esc closes (a search field would first just clear itself).
            e.preventDefault();
            onClose();
            return;
          }
          if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && n) {
            e.preventDefault();
            setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : -1) + n) % n);
          } else if (e.key === 'Enter') {
            e.preventDefault();
            open(hits?.[active]);
          }
        }}
      />
      <p className="palette-status muted small" aria-live="polite">
        {error ?? (hits === null ? 'Type to search every transcript in the project.' : hits.length === 0 ? 'No matches' : `${hits.length} ${hits.length === 1 ? 'match' : 'matches'} in ${transcripts} ${transcripts === 1 ? 'transcript' : 'transcripts'}`)}
      </p>
      <ul ref={list} id={listId} className="palette-list" role="listbox" aria-label="Search results">
        {(hits ?? []).map((h, i) => (
          <li
            key={`${h.transcriptId}:${h.start}`}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className="palette-item search-hit"
            onMouseMove={() => setActive(i)}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => open(h)}
          >
            <span className="search-hit-where">
              <span className="search-hit-title">{h.title}</span>
              <span className="search-hit-line">line {h.line}</span>
            </span>
            <span className="search-hit-context">
              <Context text={h.context} query={query} />
            </span>
          </li>
        ))}
      </ul>
    </dialog>
  );
}
