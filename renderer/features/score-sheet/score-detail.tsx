import type { Annotation } from '../../../shared/api/annotation.ts';
import type { Rating } from '../../../shared/api/rating.ts';
import type { Scale } from '../../../shared/codebook/codebook-schema.ts';
import type { CodeLook } from '../transcript/index.ts';
import { JustifyingHighlights } from './justifying-highlights.tsx';
import { RatingNote } from './rating-note.tsx';
import { ScorePoints } from './score-points.tsx';

interface Props {
  scale: Scale;
  /** "Mother", "Transcript", "Loss: grandmother (age 9)". */
  targetLabel: string;
  rating: Rating | null;
  error: string | null;
  /** This coder's highlights on the transcript (what a rating may link). */
  annotations: readonly Annotation[];
  text: string;
  lookOf: (codeId: string) => CodeLook;
  onRate: (next: { value: number | null; notRateable: boolean } | null) => void;
  onNote: (note: string) => void;
  onLink: (annotationId: string, linked: boolean) => void;
  onJump: (annotation: Annotation) => void;
}

/** The selected rating in full: every point of the scale, not rateable, clear, its note and the highlights that justify it. */
export function ScoreDetail({
  scale,
  targetLabel,
  rating,
  error,
  annotations,
  text,
  lookOf,
  onRate,
  onNote,
  onLink,
  onJump,
}: Props) {
  return (
    <section className="score-detail" aria-label={`${scale.label}, ${targetLabel}`}>
      <header className="score-detail-head">
        <h3 className="score-detail-title">
          {scale.label} <span className="score-detail-target">· {targetLabel}</span>
        </h3>
        {scale.description && <p className="score-detail-desc">{scale.description}</p>}
      </header>
      {error && (
        <p className="score-error" role="alert">
          {error}
        </p>
      )}
      <ScorePoints scale={scale} targetLabel={targetLabel} rating={rating} onRate={onRate} />
      <RatingNote rating={rating} onNote={onNote} />
      <JustifyingHighlights
        rating={rating}
        annotations={annotations}
        text={text}
        lookOf={lookOf}
        onLink={onLink}
        onJump={onJump}
      />
    </section>
  );
}
