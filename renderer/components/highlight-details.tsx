import type { Annotation } from '../../shared/api/annotation.ts';
import type { Codebook } from '../../shared/codebook/codebook-schema.ts';
import { HighlightCard } from './highlight-card.tsx';

interface Props {
  annotations: Annotation[];
  codebook: Codebook;
  coderName: string;
  text: string;
  onSaveNote: (id: string, note: string) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
  onReveal: (annotation: Annotation) => void;
  onClose: () => void;
}

/** Every highlight under the clicked point, so overlapping ones are all reachable. */
export function HighlightDetails({ annotations, codebook, coderName, text, onSaveNote, onDelete, onReveal, onClose }: Props) {
  return (
    <section className="details" aria-label="Highlight details">
      <div className="details-head">
        <h2 className="section-label">
          {annotations.length === 1 ? 'Highlight' : `${annotations.length} overlapping highlights`}
        </h2>
        <button type="button" className="btn btn-quiet btn-small" onClick={onClose} aria-label="Close highlight details">
          ✕
        </button>
      </div>
      <div className="details-cards">
        {annotations.map((a) => {
          const code = codebook.codes.find((c) => c.id === a.codeId);
          return (
            <HighlightCard
              key={a.id}
              annotation={a}
              code={code}
              group={codebook.groups.find((g) => g.id === code?.group)}
              coderName={coderName}
              passage={text.slice(a.start, a.end)}
              onSaveNote={onSaveNote}
              onDelete={onDelete}
              onReveal={onReveal}
            />
          );
        })}
      </div>
    </section>
  );
}
