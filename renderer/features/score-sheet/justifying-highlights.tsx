import { useState } from 'react';
import type { Annotation } from '../../../shared/api/annotation.ts';
import type { Rating } from '../../../shared/api/rating.ts';
import { HighlightChip, HighlightPicker } from '../highlights/index.ts';
import type { CodeLook } from '../transcript/index.ts';

interface Props {
  rating: Rating | null;
  /** This coder's highlights on the transcript (what a rating may link). */
  annotations: readonly Annotation[];
  text: string;
  lookOf: (codeId: string) => CodeLook;
  onLink: (annotationId: string, linked: boolean) => void;
  onJump: (annotation: Annotation) => void;
}

/** The highlights linked to the rating as its evidence, and the picker that links more (once rated). */
export function JustifyingHighlights({ rating, annotations, text, lookOf, onLink, onJump }: Props) {
  const [picking, setPicking] = useState(false);
  const rated = rating !== null;
  const linked = (rating?.links ?? [])
    .map((id) => annotations.find((a) => a.id === id))
    .filter((a): a is Annotation => a !== undefined);

  return (
    <div className="score-links">
      <div className="score-links-head">
        <span className="field-label">Justifying highlights</span>
        <button
          type="button"
          className="btn btn-quiet btn-small"
          disabled={!rated}
          aria-expanded={picking}
          title={rated ? undefined : 'Rate first, then link the passages that justify it'}
          onClick={() => setPicking((p) => !p)}
        >
          {picking ? 'Done' : '+ Link highlights…'}
        </button>
      </div>
      {linked.length > 0 ? (
        <ul className="chip-list" aria-label="Linked highlights">
          {linked.map((a) => (
            <li key={a.id}>
              <HighlightChip
                annotation={a}
                quote={text.slice(a.start, a.end)}
                look={lookOf(a.codeId)}
                onJump={() => onJump(a)}
                onRemove={() => onLink(a.id, false)}
              />
            </li>
          ))}
        </ul>
      ) : (
        !picking && (
          <p className="muted small">
            {rated ? 'None linked yet.' : 'Rate first, then link the passages that justify it.'}
          </p>
        )
      )}
      {picking && rating && (
        <HighlightPicker
          annotations={annotations}
          text={text}
          lookOf={lookOf}
          linked={rating.links}
          onToggle={(id, on) => onLink(id, on)}
        />
      )}
    </div>
  );
}
