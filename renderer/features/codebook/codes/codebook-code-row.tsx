import type { KeyboardEvent } from 'react';
import type { Code } from '../../../../shared/codebook/codebook-schema.ts';
import { CodebookProblemDot } from '../fields/codebook-problem-dot.tsx';
import type { CodeDrag } from './use-code-drag.ts';

interface Props {
  code: Code;
  current: boolean;
  hasProblem: boolean;
  drag: CodeDrag;
  onSelect: () => void;
  /** Keys on the row (Alt+↑/↓ reorders). */
  onKey: (e: KeyboardEvent<HTMLButtonElement>) => void;
}

/** One code in the codes list: a drag handle and a button with its colour, label, state and hotkey. */
export function CodebookCodeRow({ code: c, current, hasProblem, drag, onSelect, onKey }: Props) {
  return (
    <li
      className={`cb-code${drag.dragging === c.id ? ' cb-code--dragging' : ''}`}
      draggable
      onDragStart={(e) => drag.start(e, c.id)}
      onDragEnd={drag.end}
      onDragOver={drag.allowDrop}
      onDrop={(e) => {
        e.stopPropagation();
        drag.drop(e, { beforeCodeId: c.id });
      }}
    >
      <span className="cb-handle" aria-hidden="true" title="Drag to reorder or move to another group">
        ⠿
      </span>
      <button
        type="button"
        className="cb-code-row"
        data-code-row={c.id}
        aria-current={current ? 'true' : undefined}
        aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
        aria-label={`${c.label || c.id}${c.hotkey && !c.archived ? `, key ${c.hotkey.toUpperCase()}` : ''}${c.archived ? ', archived' : ''}`}
        title="Alt+↑ / Alt+↓ to reorder"
        onClick={onSelect}
        onKeyDown={onKey}
      >
        <span className="swatch" style={{ backgroundColor: c.color }} aria-hidden="true" />
        <span className={`cb-code-label${c.archived ? ' cb-code-label--archived' : ''}`}>
          {c.label || <em>Untitled</em>}
        </span>
        {c.archived && <span className="cp-tag cp-tag-muted">Archived</span>}
        {c.hotkey && !c.archived && <kbd>{c.hotkey.toUpperCase()}</kbd>}
        {hasProblem && <CodebookProblemDot title="See the problem on the right" />}
      </button>
    </li>
  );
}
