import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../../shared/api/project.ts';
import { errorMessage, send } from '../../api/client.ts';

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
  const pattern = new RegExp(
    `(${q
      .split(/\s+/)
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+')})`,
    'giu',
  );
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
  // The hits with the query they answer: while a newer query is typed (or its search is on the way)
  // the list still shows the last answer, which must never be opened as if it were the new one.
  const [result, setResult] = useState<{ query: string; hits: SearchHit[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  // Enter pressed before the hits for the typed query arrived: open when they do (the hit picked
  // with the arrows if the new query still matches there, else the first).
  const [wanted, setWanted] = useState<{ query: string; at: Pick<SearchHit, 'transcriptId' | 'start'> | null } | null>(
    null,
  );
  const dialog = useRef<HTMLDialogElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const listId = useId();
  const q = query.trim();
  const hits = q ? (result?.hits ?? null) : null;
  const fresh = result !== null && result.query === q;
  const urgent = wanted !== null && wanted.query === q;

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  useEffect(() => {
    if (!q) {
      setResult(null);
      return;
    }
    if (fresh) return; // answered (e.g. an Enter for it found nothing): no second search
    let live = true;
    // Typing waits for a pause; an Enter already waiting for this query does not.
    const t = setTimeout(
      () => {
        send('project-search', { query: q, limit: 300 }).then(
          (h) => {
            if (!live) return;
            setResult({ query: q, hits: h });
            setError(null);
            setActive(0);
          },
          (e: unknown) => {
            if (!live) return;
            setError(errorMessage(e));
            setWanted(null);
          },
        );
      },
      urgent ? 0 : 180,
    );
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [q, urgent, fresh]);

  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const open = (h: SearchHit | undefined) => {
    if (!h) return;
    onClose();
    onOpen(h);
  };

  // The answer to a query Enter was pressed for has arrived.
  const openRef = useRef(open);
  useLayoutEffect(() => {
    openRef.current = open;
  });
  useEffect(() => {
    if (!wanted || !result || result.query !== wanted.query) return;
    const { at } = wanted;
    setWanted(null);
    openRef.current(
      (at && result.hits.find((h) => h.transcriptId === at.transcriptId && h.start === at.start)) ?? result.hits[0],
    );
  }, [wanted, result]);

  const transcripts = hits ? new Set(hits.map((h) => h.transcriptId)).size : 0;

  return (
    <dialog
      ref={dialog}
      className="modal palette project-search"
      aria-label="Search the project"
      onClose={onClose}
      onCancel={onClose}
    >
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
        onChange={(e) => {
          setQuery(e.target.value);
          setWanted(null);
        }}
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
            if (fresh) open(hits?.[active]);
            else if (q) {
              const picked = active > 0 ? hits?.[active] : undefined;
              setWanted({ query: q, at: picked ? { transcriptId: picked.transcriptId, start: picked.start } : null });
            }
          }
        }}
      />
      <p className="palette-status muted small" aria-live="polite">
        {error ??
          (hits === null
            ? q
              ? 'Searching…'
              : 'Type to search every transcript in the project.'
            : hits.length === 0
              ? fresh
                ? 'No matches'
                : 'Searching…'
              : `${hits.length} ${hits.length === 1 ? 'match' : 'matches'} in ${transcripts} ${transcripts === 1 ? 'transcript' : 'transcripts'}`)}
      </p>
      <ul
        ref={list}
        id={listId}
        className="palette-list"
        role="listbox"
        aria-label="Search results"
        aria-busy={q !== '' && !fresh}
      >
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
              <Context text={h.context} query={result?.query ?? q} />
            </span>
          </li>
        ))}
      </ul>
    </dialog>
  );
}
