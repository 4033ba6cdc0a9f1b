import { useEffect, useId, useRef, useState } from 'react';
import type { Annotation } from '../../../shared/api/annotation.ts';
import type { Rating } from '../../../shared/api/rating.ts';
import type { Scale } from '../../../shared/codebook/codebook-schema.ts';
import type { CodeLook } from '../transcript/index.ts';
import { formatValue, scalePoints } from './score-sheet-logic.ts';
import { HighlightChip, HighlightPicker } from '../highlights/index.ts';

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
  const [note, setNote] = useState(rating?.note ?? '');
  const [picking, setPicking] = useState(false);
  const typing = useRef(false);
  const noteId = useId();
  useEffect(() => {
    if (!typing.current) setNote(rating?.note ?? '');
  }, [rating?.note]);

  const points = scalePoints(scale);
  const linked = (rating?.links ?? [])
    .map((id) => annotations.find((a) => a.id === id))
    .filter((a): a is Annotation => a !== undefined);
  const rated = rating !== null;

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
      <div className="score-points" role="group" aria-label={`Rate ${scale.label}, ${targetLabel}`}>
        {points.map((p) => {
          const on = rating?.value === p;
          const whole = Number.isInteger(p);
          return (
            <button
              key={p}
              type="button"
              className={`score-point${whole ? '' : ' score-point--half'}`}
              aria-pressed={on}
              aria-label={formatValue(p)}
              title={formatValue(p)}
              data-short={whole ? undefined : `${Math.floor(p)}½`}
              onClick={() => onRate({ value: p, notRateable: false })}
            >
              {whole ? formatValue(p) : ''}
            </button>
          );
        })}
      </div>
      <div className="score-actions">
        {scale.notRateableAllowed && (
          <button
            type="button"
            className="btn btn-small score-nr"
            aria-pressed={rating?.notRateable ?? false}
            onClick={() => onRate(rating?.notRateable ? null : { value: null, notRateable: true })}
          >
            Not rateable
          </button>
        )}
        <button type="button" className="btn btn-quiet btn-small" disabled={!rated} onClick={() => onRate(null)}>
          Clear
        </button>
        <span className="score-range muted small">
          {formatValue(scale.min)}–{formatValue(scale.max)}, steps of {formatValue(scale.step)}
        </span>
      </div>

      <label className="field-label" htmlFor={noteId}>
        Note
      </label>
      <textarea
        id={noteId}
        className="input note-input score-note"
        rows={2}
        value={note}
        disabled={!rated}
        placeholder={rated ? 'Why this rating? (saved when you leave the field)' : 'Rate first, then add a note.'}
        onChange={(e) => {
          typing.current = true;
          setNote(e.target.value);
        }}
        onBlur={() => {
          typing.current = false;
          if (rating && note !== rating.note) onNote(note);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            e.currentTarget.blur();
          }
        }}
      />

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
    </section>
  );
}
