import { useId } from 'react';
import type { Codebook, PrimaryCategory } from '../../../../shared/codebook/codebook-schema.ts';
import { removeSubtype, updateSubtype } from '../draft/classification.ts';
import { removalProblem } from '../draft/removal.ts';
import { CodebookLabelField } from '../fields/codebook-label-field.tsx';
import { CodebookDescriptionField } from '../fields/codebook-description-field.tsx';
import { CodebookIdLine } from '../fields/codebook-id-line.tsx';
import { CodebookRemoveFooter } from '../fields/codebook-remove-footer.tsx';

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
  const subtype = primary.subtypes[index];
  if (!subtype) return null;
  const set = (patch: Parameters<typeof updateSubtype>[3]) => onChange(updateSubtype(draft, primary.id, index, patch));
  const remove = () => {
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
        <CodebookIdLine id={subtype.id} fixedBecause="classifications store it" />
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
      <CodebookRemoveFooter
        problem={removalProblem('subtype', subtype.label || subtype.id, saved, codingsUse)}
        onRemove={remove}
        help={
          saved && codingsUse > 0
            ? 'Classifications may store this id, so the subtype can be renamed but not removed.'
            : 'Nothing refers to this subtype yet, so it can still be removed.'
        }
      >
        <span className="cb-spacer" />
      </CodebookRemoveFooter>
    </form>
  );
}
