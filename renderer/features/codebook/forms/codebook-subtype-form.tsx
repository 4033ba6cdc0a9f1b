import { useEffect, useId, useRef, useState } from 'react';
import type { Codebook, PrimaryCategory } from '../../../../shared/codebook/codebook-schema.ts';
import { removeSubtype, updateSubtype } from '../draft/classification.ts';
import { removalProblem } from '../draft/removal.ts';
import { CodebookLabelField } from './codebook-label-field.tsx';
import { CodebookDescriptionField } from './codebook-description-field.tsx';

interface Props {
  draft: Codebook;
  primary: PrimaryCategory;
  index: number;
  /** In the active saved version: its id is fixed (classifications store it). */
  saved: boolean;
  /** Codings made with any version of this codebook. */
  codingsUse: number;
  onChange: (next: Codebook) => void;
  onRemoved: () => void;
}

/** One subtype: its id (while new), label and description; removal while nothing can refer to it. */
export function CodebookSubtypeForm({ draft, primary, index, saved, codingsUse, onChange, onRemoved }: Props) {
  const id = useId();
  const [refusal, setRefusal] = useState<string | null>(null);
  const refusalRef = useRef<HTMLParagraphElement>(null);
  // The refusal appears below the form's buttons: bring it into view.
  useEffect(() => {
    if (refusal) refusalRef.current?.scrollIntoView({ block: 'nearest' });
  }, [refusal]);
  const subtype = primary.subtypes[index];
  if (!subtype) return null;
  const set = (patch: Parameters<typeof updateSubtype>[3]) => onChange(updateSubtype(draft, primary.id, index, patch));

  const remove = () => {
    const why = removalProblem('subtype', subtype.label || subtype.id, saved, codingsUse);
    if (why) {
      setRefusal(why);
      return;
    }
    onChange(removeSubtype(draft, primary.id, index));
    onRemoved();
  };

  return (
    <form
      className="cb-form"
      aria-label={`Subtype: ${subtype.label || subtype.id}`}
      onSubmit={(e) => e.preventDefault()}
    >
      <h3 className="cb-form-title">
        Subtype of {primary.id}: {subtype.id || '…'}
      </h3>
      {saved ? (
        <p className="cb-form-id muted small">
          id <span className="mono">{subtype.id}</span> · fixed: classifications store it
        </p>
      ) : (
        <>
          <label className="field-label" htmlFor={`${id}-id`}>
            Id
          </label>
          <input
            id={`${id}-id`}
            className="input cb-id-input mono"
            value={subtype.id}
            aria-describedby={`${id}-id-help`}
            onChange={(e) => set({ id: e.target.value.trim() })}
          />
          <p id={`${id}-id-help`} className="muted small cb-help">
            New subtype: the short code coders pick (such as {primary.id}3c). It is fixed once saved.
          </p>
        </>
      )}
      <CodebookLabelField id={id} value={subtype.label} onChange={(label) => set({ label })} />
      <CodebookDescriptionField
        id={id}
        value={subtype.description}
        placeholder="What distinguishes this subtype"
        onChange={(description) => set({ description })}
      />
      <div className="cb-form-actions">
        <span className="cb-spacer" />
        <button type="button" className="btn btn-small danger-text" onClick={remove}>
          Remove
        </button>
      </div>
      {refusal ? (
        <p className="field-error" role="alert" ref={refusalRef}>
          {refusal}
        </p>
      ) : (
        <p className="muted small cb-help">
          {saved && codingsUse > 0
            ? 'Classifications may store this id, so the subtype can be renamed but not removed.'
            : 'Nothing refers to this subtype yet, so it can still be removed.'}
        </p>
      )}
    </form>
  );
}
