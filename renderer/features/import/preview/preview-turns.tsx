import type { ImportPreview } from '../../../../shared/api/transcript.ts';
import { PreviewTurnList } from './preview-turn-list.tsx';

/** The turns the speaker labels find: a count per speaker and the first turns with their sections. */
export function PreviewTurns({ preview: p }: { preview: ImportPreview }) {
  return (
    <section className="preview-block preview-block--turns" aria-label="Speaker turns">
      <h4 className="section-label">
        Turns {p.turns.count > p.turns.first.length ? `(first ${p.turns.first.length} of ${p.turns.count})` : ''}
      </h4>
      <p className="speaker-summary">
        {p.turns.bySpeaker.map((s) => (
          <span key={s.speaker} className="speaker-summary-item">
            <span className={`speaker-badge speaker-badge--${s.role}`}>{s.speaker}</span> {s.count}
          </span>
        ))}
      </p>
      {p.turns.count > 0 ? (
        <PreviewTurnList preview={p} />
      ) : (
        <p className="muted small">No turns found with these speaker labels.</p>
      )}
    </section>
  );
}
