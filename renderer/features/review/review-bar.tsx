import { useId, type ReactNode } from 'react';
import type { Coder } from '../../../shared/api/coder.ts';
import type { TranscriptSummary } from '../../../shared/api/transcript.ts';
import { toggled } from './review-marks.ts';

interface Props {
  transcripts: readonly TranscriptSummary[];
  transcriptId: string;
  onTranscript: (id: string) => void;
  /** Raters first, then the consensus. */
  coders: readonly Coder[];
  coderIds: ReadonlySet<string>;
  onCoderIds: (update: (current: Set<string>) => Set<string>) => void;
  /** Actions at the bar's end (printing). */
  actions?: ReactNode;
}

/** The review's bar: which transcript, which coders to compare, and the legend of the marks. */
export function ReviewBar({ transcripts, transcriptId, onTranscript, coders, coderIds, onCoderIds, actions }: Props) {
  const selectId = useId();
  return (
    <div className="review-bar">
      <label className="field-label" htmlFor={selectId}>
        Transcript
      </label>
      <select
        id={selectId}
        className="input review-select"
        value={transcriptId}
        onChange={(e) => onTranscript(e.target.value)}
      >
        {transcripts.map((t) => (
          <option key={t.id} value={t.id}>
            {t.title}
          </option>
        ))}
      </select>
      <div className="review-coders" role="group" aria-label="Coders to compare">
        {coders.map((c) => (
          <label key={c.id} className="pill-check">
            <input
              type="checkbox"
              checked={coderIds.has(c.id)}
              onChange={() => onCoderIds((cur) => toggled(cur, c.id))}
            />
            {c.name}
          </label>
        ))}
      </div>
      <span className="review-legend" aria-label="Legend">
        <span className="legend-item">
          <span className="legend-swatch legend-swatch--only-one" /> only this coder
        </span>
        <span className="legend-item">
          <span className="legend-swatch legend-swatch--different-code" /> different codes
        </span>
      </span>
      {actions}
    </div>
  );
}
