import type { ReactNode } from 'react';
import type { ImportPreview } from '../../../../shared/api/transcript.ts';

/** The first turns of the file, each section's heading before the first turn at or after its start. */
export function PreviewTurnList({ preview }: { preview: ImportPreview }) {
  const rows: ReactNode[] = [];
  let s = 0;
  for (const [i, t] of preview.turns.first.entries()) {
    // A section heading goes before the first turn at or after its start.
    while (s < preview.sections.length && preview.sections[s]!.start <= t.start) {
      const sec = preview.sections[s]!;
      rows.push(
        <li key={`s${s}`} className="preview-section-divider" data-testid="preview-section">
          {sec.number !== null ? <span className="qnum">Q{sec.number}</span> : null} {sec.title}
        </li>,
      );
      s++;
    }
    rows.push(
      <li key={i} className="preview-turn" data-testid="preview-turn">
        <span className={`speaker-badge speaker-badge--${t.role}`} title={t.role}>
          {t.speaker}
        </span>
        <span className="preview-turn-text">{t.excerpt || <span className="muted">(no speech)</span>}</span>
      </li>,
    );
  }
  return (
    <ol className="preview-turns" tabIndex={0} aria-label="Turns as they will be imported">
      {rows}
    </ol>
  );
}
