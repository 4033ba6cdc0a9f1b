import type { ImportPreview } from '../../../../shared/api/transcript.ts';
import { PreviewHitList } from './preview-hit-list.tsx';

/** Every replacement the list makes in this file, and the words left alone because of their case. */
export function PreviewReplacements({ preview: p }: { preview: ImportPreview }) {
  return (
    <>
      <section className="preview-block" aria-label="Replacements in this file">
        <h4 className="section-label">Replacements in this file ({p.replacements.length})</h4>
        {p.replacements.length === 0 ? (
          <p className="muted small">None. Add names to the replacement list on the left.</p>
        ) : (
          <PreviewHitList
            hits={p.replacements}
            testId="replacement-hit"
            change={(h) => (
              <>
                {h.original} → <span className="mono">{h.replacement}</span>
              </>
            )}
          />
        )}
      </section>

      {p.caseMisses.length > 0 && (
        <section className="preview-block preview-block--warn" aria-label="Left alone because of their case">
          <h4 className="section-label">Left alone because of their case ({p.caseMisses.length})</h4>
          <p className="muted small">
            A name set to Match case skips these. If any is the person, untick Match case for that name.
          </p>
          <PreviewHitList
            hits={p.caseMisses}
            testId="case-miss"
            change={(h) => (
              <>
                {h.original} kept (not → <span className="mono">{h.replacement}</span>)
              </>
            )}
          />
        </section>
      )}
    </>
  );
}
