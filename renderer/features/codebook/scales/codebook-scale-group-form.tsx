import { useId } from 'react';
import type { Codebook } from '../../../../shared/codebook/codebook-schema.ts';
import { addScale, renameScaleGroup, scaleGroups } from '../draft/scales.ts';

interface Props {
  draft: Codebook;
  /** The scales the group held when it was chosen: a rename applies to exactly these. */
  ids: readonly string[];
  onChange: (next: Codebook) => void;
  /** Choose a scale (after "+ Add a scale"). */
  onChoose: (scaleId: string) => void;
}

/** A scale group is the name its scales share: rename it, or add a scale to it. */
export function CodebookScaleGroupForm({ draft, ids, onChange, onChoose }: Props) {
  const id = useId();
  const scales = draft.scales.filter((s) => ids.includes(s.id));
  const name = scales[0]?.group ?? '';
  const others = scaleGroups(draft).filter((g) => g.name === name && g.scales.some((s) => !ids.includes(s.id)));

  return (
    <form className="cb-form" aria-label={`Scale group: ${name || 'unnamed'}`} onSubmit={(e) => e.preventDefault()}>
      <h3 className="cb-form-title">Scale group</h3>
      <p className="cb-form-id muted small">
        {scales.length} {scales.length === 1 ? 'scale' : 'scales'}: {scales.map((s) => s.label || s.id).join(', ')}
      </p>
      <label className="field-label" htmlFor={`${id}-name`}>
        Name
      </label>
      <input
        id={`${id}-name`}
        className="input"
        value={name}
        aria-invalid={!name.trim() || undefined}
        onChange={(e) => onChange(renameScaleGroup(draft, ids, e.target.value))}
      />
      {others.length > 0 ? (
        <p className="muted small cb-help" role="status">
          Another group is also called “{name}”: their scales will be listed together.
        </p>
      ) : (
        <p className="muted small cb-help">
          The score sheet shows this name above the group’s scales. Move a scale here with its Group field.
        </p>
      )}
      <div className="cb-form-actions">
        <button
          type="button"
          className="btn btn-small"
          onClick={() => {
            const r = addScale(draft, name);
            onChange(r.codebook);
            onChoose(r.id);
          }}
        >
          + Add a scale to this group
        </button>
      </div>
    </form>
  );
}
