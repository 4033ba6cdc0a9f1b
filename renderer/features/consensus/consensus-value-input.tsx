import { useEffect, useState } from 'react';
import { markUnsaved } from '../../state/save-status.ts';

interface Props {
  /** "Consensus Loving (mother)": the field's accessible name. */
  label: string;
  /** Names the field among every unsaved edit of the window. */
  draftKey: string;
  value: number | null;
  step: number;
  /** Saves a new value; rejects when the host refused it. */
  onSave: (value: number) => Promise<void>;
}

/**
 * The consensus value of a rating, edited in place: Enter or leaving the field saves, Esc puts the
 * saved value back. Until then the header says an edit is not saved, never "All changes saved".
 */
export function ConsensusValueInput({ label, draftKey, value, step, onSave }: Props) {
  const saved = value === null ? '' : String(value);
  const [draft, setDraft] = useState(saved);
  const key = `consensus:${draftKey}`;
  useEffect(() => setDraft(saved), [saved]);
  useEffect(() => {
    markUnsaved(key, draft !== saved);
  }, [key, draft, saved]);
  useEffect(() => () => markUnsaved(key, false), [key]);

  const save = () => {
    const v = Number(draft);
    if (draft.trim() === '' || !Number.isFinite(v) || draft === saved) return;
    void onSave(v).catch(() => {});
  };
  return (
    <input
      className="input input-narrow"
      type="number"
      aria-label={label}
      value={draft}
      step={step}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          save();
        } else if (e.key === 'Escape') setDraft(saved);
      }}
    />
  );
}
