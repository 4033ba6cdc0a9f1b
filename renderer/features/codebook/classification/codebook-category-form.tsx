import { useId } from 'react';
import type { Codebook, PrimaryCategory } from '../../../../shared/codebook/codebook-schema.ts';
import { addSubtype, updatePrimary } from '../draft/classification.ts';
import { CodebookLabelField } from '../fields/codebook-label-field.tsx';
import { CodebookDescriptionField } from '../fields/codebook-description-field.tsx';
import { CodebookIdLine } from '../fields/codebook-id-line.tsx';

interface Props {
  draft: Codebook;
  primary: PrimaryCategory;
  onChange: (next: Codebook) => void;
  /** Choose the subtype just added (by position). */
  onAddSubtype: (index: number) => void;
}

/** One primary category: label, description and whether it is recorded with an organised alternative. */
export function CodebookCategoryForm({ draft, primary, onChange, onAddSubtype }: Props) {
  const id = useId();
  const set = (patch: Parameters<typeof updatePrimary>[2]) => onChange(updatePrimary(draft, primary.id, patch));
  return (
    <form
      className="cb-form"
      aria-label={`Category: ${primary.label || primary.id}`}
      onSubmit={(e) => e.preventDefault()}
    >
      <h3 className="cb-form-title">Category {primary.id}</h3>
      <CodebookIdLine id={primary.id} fixedBecause="classifications store it" />
      <CodebookLabelField id={id} value={primary.label} onChange={(label) => set({ label })} />
      <CodebookDescriptionField
        id={id}
        value={primary.description}
        placeholder="What marks a transcript of this category"
        onChange={(description) => set({ description })}
      />
      <label className="check-row">
        <input
          type="checkbox"
          checked={primary.requiresAlternative}
          onChange={(e) => set({ requiresAlternative: e.target.checked })}
        />
        Requires an alternative (recorded as {primary.id}/…, with the best-fitting organised category)
      </label>
      <p className="muted small cb-help">
        {primary.requiresAlternative
          ? 'Coders must choose the alternative before the classification is saved; levels that count this category under its alternative rely on it.'
          : 'Categories without this are the organised ones: they are the choices for an alternative.'}
      </p>
      <div className="cb-form-actions">
        <button
          type="button"
          className="btn btn-small"
          onClick={() => {
            const r = addSubtype(draft, primary.id);
            onChange(r.codebook);
            onAddSubtype(r.index);
          }}
        >
          + Add a subtype
        </button>
        <span className="muted small">
          {primary.subtypes.length} {primary.subtypes.length === 1 ? 'subtype' : 'subtypes'}
        </span>
      </div>
    </form>
  );
}
