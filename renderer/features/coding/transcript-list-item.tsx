import { memo, type ReactNode } from 'react';
import type { TranscriptSummary } from '../../../shared/api/transcript.ts';
import { useFormatter } from '../../state/prefs.ts';

interface Props {
  t: TranscriptSummary;
  current: boolean;
  onSelect: (id: string) => void;
  renderStatus?: (transcriptId: string) => ReactNode;
}

/** One entry of the transcript list: memoised (see TranscriptListItems). */
export const TranscriptListItem = memo(function TranscriptListItem({ t, current, onSelect, renderStatus }: Props) {
  const f = useFormatter();
  return (
    <li>
      <button
        type="button"
        className="transcript-item"
        aria-current={current ? 'true' : undefined}
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
  );
});
