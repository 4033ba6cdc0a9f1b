import type { ImportPreview } from '../../../../shared/api/transcript.ts';
import type { MarkKind } from '../../../../shared/transcript/marks.ts';
import { plural } from '../import-batch.ts';

const MARK_WORD: Record<MarkKind, string> = {
  'transcriber-note': 'transcriber note',
  pause: 'pause',
  inaudible: 'inaudible passage',
  timestamp: 'timestamp',
  interjection: 'interjection',
  sic: '“sic”',
};

/** The transcriber marks found: a count per kind and a few distinct examples. */
export function PreviewMarks({ preview: p }: { preview: ImportPreview }) {
  const markKinds = Object.entries(p.marks.byKind) as [MarkKind, number][];
  return (
    <section className="preview-block" aria-label="Transcriber marks">
      <h4 className="section-label">Transcriber marks ({p.marks.count})</h4>
      <p className="mark-kinds">
        {markKinds.map(([k, n]) => (
          <span key={k} className="mark-kind">
            {plural(n, MARK_WORD[k])}
          </span>
        ))}
      </p>
      {p.marks.examples.length > 0 && (
        <p className="mark-examples">
          {[...new Set(p.marks.examples.map((m) => m.text))].slice(0, 8).map((t) => (
            <span key={t} className="tmark">
              {t}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
