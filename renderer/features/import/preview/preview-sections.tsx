import type { ImportPreview } from '../../../../shared/api/transcript.ts';

/** The question sections found, as chips (Q number, or the title where there is none). */
export function PreviewSections({ preview: p }: { preview: ImportPreview }) {
  return (
    <section className="preview-block" aria-label="Sections">
      <h4 className="section-label">Question sections ({p.sections.length})</h4>
      {p.sections.length === 0 ? (
        <p className="muted small">None found; sections can be added after import.</p>
      ) : (
        <ol className="section-chips">
          {p.sections.map((s, i) => (
            <li key={i} title={s.title}>
              {s.number !== null ? `Q${s.number}` : s.title}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
