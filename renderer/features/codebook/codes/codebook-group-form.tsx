import type { CodeGroup, Codebook } from '../../../../shared/codebook/codebook-schema.ts';
import { updateGroup } from '../draft/codes.ts';
import { CodebookIdLine } from '../fields/codebook-id-line.tsx';

interface Props {
  /** The Name input's id (the list selects its text when a group is added); the description gets `${id}-d`. */
  id: string;
  draft: Codebook;
  group: CodeGroup;
  onChange: (next: Codebook) => void;
}

/** A group of codes: its name and description. */
export function CodebookGroupForm({ id, draft, group, onChange }: Props) {
  return (
    <form className="cb-form" aria-label={`Group: ${group.label || group.id}`} onSubmit={(e) => e.preventDefault()}>
      <h3 className="cb-form-title">Group</h3>
      <CodebookIdLine id={group.id} />
      <label className="field-label" htmlFor={id}>
        Name
      </label>
      <input
        id={id}
        className="input"
        value={group.label}
        aria-invalid={!group.label.trim() || undefined}
        onChange={(e) => onChange(updateGroup(draft, group.id, { label: e.target.value }))}
      />
      <label className="field-label" htmlFor={`${id}-d`}>
        Description
      </label>
      <textarea
        id={`${id}-d`}
        className="input note-input"
        rows={3}
        value={group.description}
        onChange={(e) => onChange(updateGroup(draft, group.id, { description: e.target.value }))}
      />
      <p className="muted small cb-help">Move codes into this group with their Group field, or drag them onto it.</p>
    </form>
  );
}
