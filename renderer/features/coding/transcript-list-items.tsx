import { memo, type ReactNode, type Ref } from 'react';
import type { TranscriptSummary } from '../../../shared/api/transcript.ts';
import { useFormatter } from '../../state/prefs.ts';

interface Props {
  listRef: Ref<HTMLUListElement>;
  transcripts: TranscriptSummary[];
  selectedId: string | null;
  /** Stable across renders (the list is memoised). */
  onSelect: (id: string) => void;
  /** Coding status shown under each transcript (per coder). Stable across renders. */
  renderStatus?: (transcriptId: string) => ReactNode;
}

/**
 * The transcript list's entries. Memoised: at consortium size it is 600 entries with 4,800 status dots, and
 * the coding view re-renders on every selection, highlight and panel change; the list only when it changes.
 */
export const TranscriptListItems = memo(function TranscriptListItems(props: Props) {
  const { transcripts, selectedId, onSelect, renderStatus } = props;
  const f = useFormatter();
  return (
    <ul className="transcript-list" ref={props.listRef}>
      {transcripts.map((t) => (
        <li key={t.id}>
          <button
            type="button"
            className="transcript-item"
            aria-current={t.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(t.id)}
            title={`${t.sourceName ?? t.title} · ${f.count(t.words)} words`}
          >
            <span className="transcript-title">{t.title}</span>
            <span className="transcript-meta">
              <span className="transcript-words">{f.count(t.words)} words</span>
              <span className="transcript-words" aria-hidden="true">
                ·
              </span>
              <span data-testid="annotation-count">
                {t.annotations} {t.annotations === 1 ? 'annotation' : 'annotations'}
              </span>
            </span>
            {renderStatus?.(t.id)}
          </button>
        </li>
      ))}
    </ul>
  );
});
