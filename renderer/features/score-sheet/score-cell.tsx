import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Rating } from '../../../shared/api/rating.ts';
import type { Scale } from '../../../shared/codebook/codebook-schema.ts';
import { markUnsaved } from '../../state/save-status.ts';
import { parseRatingInput, ratingText, stepValue, type RatingInput } from './score-sheet-logic.ts';

interface Props {
  scale: Scale;
  target: string;
  /** "Loving, mother": the field's accessible name. */
  label: string;
  rating: Rating | null;
  selected: boolean;
  onSelect: () => void;
  onCommit: (input: RatingInput) => void;
  onError: (message: string | null) => void;
}

/** Arrow-key steps are saved once the coder pauses, so holding a key is one change, not ten. */
const STEP_SAVE_DELAY = 450;

/**
 * One rating as a small text field: type "4.5" (Enter or Tab saves), N for not rateable, delete to
 * clear, ↑/↓ to step by the scale's step.
 */
export function ScoreCell({ scale, target, label, rating, selected, onSelect, onCommit, onError }: Props) {
  const shown = ratingText(rating);
  const [draft, setDraft] = useState(shown);
  /** Why the typed value was not saved (shown in the field), or null. */
  const [invalid, setInvalidMessage] = useState<string | null>(null);
  const setInvalid = (message: string | null | false) => setInvalidMessage(message || null);
  const editing = useRef(false);
  const messageId = useId();
  const fieldKey = `rating:${scale.id}|${target}`;

  // A refused value is an edit that is not saved: the header must not say "All changes saved".
  useEffect(() => {
    markUnsaved(fieldKey, invalid !== null);
  }, [fieldKey, invalid]);
  useEffect(() => () => markUnsaved(fieldKey, false), [fieldKey]);
  const stepTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Show saved (and undone) values unless the coder is typing here.
  useEffect(() => {
    if (!editing.current) setDraft(shown);
  }, [shown]);
  useEffect(
    () => () => {
      if (stepTimer.current) clearTimeout(stepTimer.current);
    },
    [],
  );

  const commit = (text: string) => {
    if (stepTimer.current) clearTimeout(stepTimer.current);
    stepTimer.current = null;
    editing.current = false;
    if (text.trim().toLowerCase() === shown.toLowerCase()) {
      setDraft(shown);
      setInvalid(false);
      onError(null);
      return;
    }
    const parsed = parseRatingInput(text, scale);
    if (parsed.kind === 'error') {
      setInvalid(`Not saved. ${parsed.message}`);
      onError(`Not saved. ${parsed.message}`);
      return;
    }
    setInvalid(false);
    onError(null);
    onCommit(parsed);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      const parsed = parseRatingInput(draft, scale);
      const from = parsed.kind === 'value' ? parsed.value : null;
      const next = String(stepValue(from, scale, e.key === 'ArrowUp' ? 1 : -1));
      editing.current = true;
      setDraft(next);
      setInvalid(false);
      if (stepTimer.current) clearTimeout(stepTimer.current);
      stepTimer.current = setTimeout(() => commit(next), STEP_SAVE_DELAY);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      commit(draft);
    } else if (e.key === 'Escape') {
      editing.current = false;
      setDraft(shown);
      setInvalid(false);
      onError(null);
    }
  };

  return (
    <>
      <input
        className={`score-input${rating?.notRateable ? ' score-input--nr' : ''}${selected ? ' score-input--selected' : ''}`}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        aria-label={label}
        aria-invalid={invalid !== null || undefined}
        aria-describedby={invalid ? messageId : undefined}
        data-target={target}
        data-scale={scale.id}
        value={draft}
        placeholder="–"
        onFocus={(e) => {
          onSelect();
          e.currentTarget.select();
        }}
        onChange={(e) => {
          editing.current = true;
          setDraft(e.target.value);
        }}
        onBlur={() => {
          if (editing.current) commit(draft);
        }}
        onKeyDown={onKeyDown}
      />
      {invalid && (
        <span id={messageId} className="score-cell-error" role="alert">
          {invalid}
        </span>
      )}
    </>
  );
}
