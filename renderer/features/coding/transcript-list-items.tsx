import { memo, type ReactNode, type Ref } from 'react';
import type { TranscriptSummary } from '../../../shared/api/transcript.ts';
import { TranscriptListItem } from './transcript-list-item.tsx';

interface Props {
  listRef: Ref<HTMLUListElement>;
  transcripts: TranscriptSummary[];
  selectedId: string | null;
  /** Stable across renders (the entries are memoised). */
  onSelect: (id: string) => void;
  /** Coding status shown under each transcript (per coder). Stable across renders. */
  renderStatus?: (transcriptId: string) => ReactNode;
}

/**
 * The transcript list's entries. Memoised, as each entry is: at consortium size the list is 600 entries
 * with 4,800 status dots, and opening another transcript re-renders only the two entries that change.
 */
export const TranscriptListItems = memo(function TranscriptListItems(props: Props) {
  const { transcripts, selectedId, onSelect, renderStatus } = props;
  return (
    <ul className="transcript-list" ref={props.listRef}>
      {transcripts.map((t) => (
        <TranscriptListItem
          key={t.id}
          t={t}
          current={t.id === selectedId}
          onSelect={onSelect}
          renderStatus={renderStatus}
        />
      ))}
    </ul>
  );
});
