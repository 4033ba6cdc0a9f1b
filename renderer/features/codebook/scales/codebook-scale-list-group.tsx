import type { KeyboardEvent } from 'react';
import { rangeText, targetsText, type ScaleGroup } from '../draft/scales.ts';
import type { DraftProblem } from '../draft/validation.ts';
import type { ScaleSelection } from '../selections.ts';
import { CodebookProblemDot } from '../fields/codebook-problem-dot.tsx';

interface Props {
  group: ScaleGroup;
  selection: ScaleSelection;
  problems: readonly DraftProblem[];
  onSelect: (s: ScaleSelection) => void;
  /** "+ Scale": add a scale to this group. */
  onAdd: () => void;
  /** Keys on a scale's row (Alt+↑/↓ reorders). */
  onRowKey: (e: KeyboardEvent<HTMLButtonElement>, scaleId: string) => void;
}

/** One group in the scales list: its name (choose it to rename the group), "+ Scale" and its scales. */
export function CodebookScaleListGroup({ group: g, selection, problems, onSelect, onAdd, onRowKey }: Props) {
  return (
    <div className="cb-group" role="group" aria-label={g.name || 'Unnamed group'}>
      <div className="cb-group-head">
        <button
          type="button"
          className="cb-group-name"
          aria-current={
            selection?.kind === 'group' && g.scales.every((s) => selection.ids.includes(s.id)) ? 'true' : undefined
          }
          onClick={() => onSelect({ kind: 'group', ids: g.scales.map((s) => s.id) })}
          title="Rename this group"
        >
          {g.name || <em>Unnamed group</em>}
          <span className="cb-count">{g.scales.length}</span>
        </button>
        <button
          type="button"
          className="btn btn-quiet btn-small"
          aria-label={`Add a scale to ${g.name || 'this group'}`}
          onClick={onAdd}
        >
          + Scale
        </button>
      </div>
      <ul className="cb-codes">
        {g.scales.map((s) => (
          <li key={s.id} className="cb-code">
            <button
              type="button"
              className="cb-code-row cb-scale-row"
              data-scale-row={s.id}
              aria-current={selection?.kind === 'scale' && selection.id === s.id ? 'true' : undefined}
              aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
              aria-label={`${s.label || s.id}${s.archived ? ', archived' : ''}`}
              aria-describedby={`cb-scale-meta-${s.id}`}
              title="Alt+↑ / Alt+↓ to reorder"
              onClick={() => onSelect({ kind: 'scale', id: s.id, ids: [s.id] })}
              onKeyDown={(e) => onRowKey(e, s.id)}
            >
              <span className={`cb-code-label${s.archived ? ' cb-code-label--archived' : ''}`}>
                {s.label || <em>Untitled</em>}
              </span>
              <span className="cb-scale-meta" id={`cb-scale-meta-${s.id}`}>
                {targetsText(s)} · {rangeText(s)}
              </span>
              {s.archived && <span className="cp-tag cp-tag-muted">Archived</span>}
              {problems.some((p) => p.scaleId === s.id) && <CodebookProblemDot title="See the problem on the right" />}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
