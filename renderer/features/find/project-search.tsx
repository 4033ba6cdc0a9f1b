import { useId } from 'react';
import type { SearchHit } from '../../../shared/api/project.ts';
import { CodeMatches } from './code-matches.tsx';
import { SearchResults } from './search-results.tsx';
import { searchStatus } from './search-status.ts';
import { useProjectSearch } from './use-project-search.ts';
import { useShowModal } from '../../ui/use-show-modal.ts';
import { openSegments } from '../../state/view.ts';

interface Props {
  onClose: () => void;
  /** Open the hit's transcript at the passage (the dialog has closed by then). */
  onOpen: (hit: SearchHit) => void;
  initialQuery?: string;
  /** The codebook's codes: a query naming one offers "all passages coded X" in the Segments view. */
  codes?: readonly { id: string; label: string; archived?: boolean }[];
}

/**
 * Search every transcript of the project (Ctrl/⌘+Shift+F). Results name the transcript and line;
 * ↑/↓ and Enter (or a click) open the transcript with the passage scrolled into view and selected.
 */
export function ProjectSearch({ onClose, onOpen, initialQuery = '', codes = [] }: Props) {
  const open = (h: SearchHit | undefined) => {
    if (!h) return;
    onClose();
    // A shared memo opens where it is read and edited: beside the code's passages, or the project memo
    // beside all passages.
    if (h.kind === 'code-memo' && h.codeId) openSegments({ codeId: h.codeId });
    else if (h.kind === 'project-memo') openSegments({});
    else onOpen(h);
  };
  const search = useProjectSearch(initialQuery, open);
  const { q, hits, fresh, active } = search;
  const dialog = useShowModal();
  const listId = useId();

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
        value={search.query}
        onChange={(e) => search.type(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            // One Esc closes (a search field would first just clear itself).
            e.preventDefault();
            onClose();
            return;
          }
          if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && hits?.length) {
            e.preventDefault();
            search.step(e.key === 'ArrowDown' ? 1 : -1);
          } else if (e.key === 'Enter') {
            e.preventDefault();
            search.enter();
          }
        }}
      />
      <p className="palette-status muted small" aria-live="polite">
        {searchStatus({ error: search.error, q, hits, fresh })}
      </p>
      <CodeMatches query={search.query} codes={codes} onChoose={onClose} />
      <SearchResults
        listId={listId}
        hits={hits ?? []}
        active={active}
        busy={q !== '' && !fresh}
        query={search.answeredQuery ?? q}
        onActivate={search.setActive}
        onOpen={open}
      />
    </dialog>
  );
}
