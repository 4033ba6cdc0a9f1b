import type { KeyboardEvent } from 'react';
import type { Code, CodeGroup } from '../../../../shared/codebook/codebook-schema.ts';
import type { DraftProblem } from '../draft/validation.ts';
import type { CodeSelection } from '../selections.ts';
import { CodebookCodeRow } from './codebook-code-row.tsx';
import type { CodeDrag } from './use-code-drag.ts';

interface Props {
  group: CodeGroup;
  /** The group's codes, in order. */
  codes: readonly Code[];
  selection: CodeSelection;
  problems: readonly DraftProblem[];
  drag: CodeDrag;
  onSelect: (s: CodeSelection) => void;
  /** "+ Code": add a code to this group. */
  onAdd: () => void;
  /** Keys on a code's row (Alt+↑/↓ reorders). */
  onRowKey: (e: KeyboardEvent<HTMLButtonElement>, codeId: string) => void;
}

/** One group in the codes list: its name (choose it to rename), "+ Code" and its codes; codes drop onto it. */
export function CodebookCodeListGroup({
  group: g,
  codes,
  selection,
  problems,
  drag,
  onSelect,
  onAdd,
  onRowKey,
}: Props) {
  return (
    <div
      className="cb-group"
      role="group"
      aria-label={g.label || g.id}
      onDragOver={drag.allowDrop}
      onDrop={(e) => drag.drop(e, { endOfGroup: g.id })}
    >
      <div className="cb-group-head">
        <button
          type="button"
          className="cb-group-name"
          aria-current={selection?.kind === 'group' && selection.id === g.id ? 'true' : undefined}
          onClick={() => onSelect({ kind: 'group', id: g.id })}
          title="Rename or describe this group"
        >
          {g.label || <em>Unnamed group</em>}
          <span className="cb-count">{codes.length}</span>
        </button>
        <button
          type="button"
          className="btn btn-quiet btn-small"
          aria-label={`Add a code to ${g.label || g.id}`}
          onClick={onAdd}
        >
          + Code
        </button>
      </div>
      <ul className="cb-codes">
        {codes.map((c) => (
          <CodebookCodeRow
            key={c.id}
            code={c}
            current={selection?.kind === 'code' && selection.id === c.id}
            hasProblem={problems.some((p) => p.codeId === c.id)}
            drag={drag}
            onSelect={() => onSelect({ kind: 'code', id: c.id })}
            onKey={(e) => onRowKey(e, c.id)}
          />
        ))}
        {codes.length === 0 && <li className="cb-empty muted small">No codes: add one, or drag one here.</li>}
      </ul>
    </div>
  );
}
