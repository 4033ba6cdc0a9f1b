import type { PrimaryCategory } from '../../../../shared/codebook/codebook-schema.ts';
import { subtypeKey } from '../draft/classification.ts';
import type { CategorySelection } from '../selections.ts';
import { CodebookProblemDot } from '../fields/codebook-problem-dot.tsx';

interface Props {
  primary: PrimaryCategory;
  selection: CategorySelection;
  /** Whether the draft's problems point at a category or subtype key (see subtypeKey). */
  hasProblem: (key: string) => boolean;
  onSelect: (s: CategorySelection) => void;
  /** "+ Subtype": add a subtype to this category. */
  onAdd: () => void;
}

/** One primary category in the classification list: its name, "+ Subtype" and its subtypes. */
export function CodebookCategoryListGroup({ primary: p, selection, hasProblem, onSelect, onAdd }: Props) {
  return (
    <div className="cb-group" role="group" aria-label={p.label || p.id}>
      <div className="cb-group-head">
        <button
          type="button"
          className="cb-group-name cb-category-name"
          aria-current={selection?.primary === p.id && selection.subtype === null ? 'true' : undefined}
          onClick={() => onSelect({ primary: p.id, subtype: null })}
          title="Rename or describe this category"
        >
          {p.label || <em>Unnamed category</em>}
          <span className="cb-count">{p.subtypes.length}</span>
          {p.requiresAlternative && <span className="cb-needs-alt">+ alternative</span>}
          {hasProblem(p.id) && <CodebookProblemDot />}
        </button>
        <button
          type="button"
          className="btn btn-quiet btn-small"
          aria-label={`Add a subtype to ${p.id}`}
          onClick={onAdd}
        >
          + Subtype
        </button>
      </div>
      <ul className="cb-codes">
        {p.subtypes.map((s, i) => (
          <li key={i} className="cb-code">
            <button
              type="button"
              className="cb-code-row"
              aria-current={selection?.primary === p.id && selection.subtype === i ? 'true' : undefined}
              onClick={() => onSelect({ primary: p.id, subtype: i })}
            >
              <span className="cb-subtype-id mono">{s.id}</span>
              <span className="cb-code-label">{s.label || <em>Untitled</em>}</span>
              {hasProblem(subtypeKey(p.id, i)) && <CodebookProblemDot title="See the problem on the right" />}
            </button>
          </li>
        ))}
        {p.subtypes.length === 0 && <li className="cb-empty muted small">No subtypes.</li>}
      </ul>
    </div>
  );
}
