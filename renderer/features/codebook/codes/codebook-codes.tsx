import { useId, useRef, type KeyboardEvent } from 'react';
import type { Codebook } from '../../../../shared/codebook/codebook-schema.ts';
import { addCode, addGroup, moveCode } from '../draft/codes.ts';
import type { DraftProblem } from '../draft/validation.ts';
import type { CodeSelection } from '../selections.ts';
import { CodebookAddGroupButton } from '../fields/codebook-add-group-button.tsx';
import { CodebookCodeForm } from './codebook-code-form.tsx';
import { CodebookCodeMemo } from './codebook-code-memo.tsx';
import { CodebookCodeListGroup } from './codebook-code-list-group.tsx';
import { CodebookCodesIntro } from './codebook-codes-intro.tsx';
import { CodebookGroupForm } from './codebook-group-form.tsx';
import { useCodeDrag } from './use-code-drag.ts';

interface Props {
  draft: Codebook;
  onChange: (next: Codebook) => void;
  problems: readonly DraftProblem[];
  /** Ids of the codes the active saved version has (highlights may refer to them). */
  savedIds: ReadonlySet<string>;
  /** Keys the app itself uses (see reservedKeys). */
  reserved: Record<string, string>;
  selection: CodeSelection;
  onSelect: (s: CodeSelection) => void;
  /** Leads and trainers write code memos (the editor is open read-only for others). */
  canEditMemos: boolean;
}

/**
 * The Codes section of the codebook editor: codes by group (reorder by drag or Alt+↑/↓, "+ Code",
 * "+ Add group") and a form for the chosen code or group.
 */
export function CodebookCodes({
  draft,
  onChange,
  problems,
  savedIds,
  reserved,
  selection,
  onSelect,
  canEditMemos,
}: Props) {
  const root = useRef<HTMLDivElement>(null);
  const groupLabelId = useId();
  const drag = useCodeDrag(draft, onChange);
  const selectedCode = selection?.kind === 'code' ? draft.codes.find((c) => c.id === selection.id) : undefined;
  const selectedGroup = selection?.kind === 'group' ? draft.groups.find((g) => g.id === selection.id) : undefined;

  /** Once React has rendered the new form, select the text of its first field so typing replaces it. */
  const selectLater = (selector: string) =>
    requestAnimationFrame(() => root.current?.querySelector<HTMLInputElement>(selector)?.select());

  const onRowKey = (e: KeyboardEvent<HTMLButtonElement>, codeId: string) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    onChange(moveCode(draft, codeId, e.key === 'ArrowUp' ? -1 : 1));
    // Keep focus on the moved row once React has re-ordered it.
    requestAnimationFrame(() =>
      root.current?.querySelector<HTMLButtonElement>(`[data-code-row="${CSS.escape(codeId)}"]`)?.focus(),
    );
  };

  return (
    <div className="cb-body" id="cb-tabpanel" role="tabpanel" aria-labelledby="cb-tab-codes" ref={root}>
      <div className="cb-list" role="region" aria-label="Codes by group">
        {draft.groups.map((g) => (
          <CodebookCodeListGroup
            key={g.id}
            group={g}
            codes={draft.codes.filter((c) => c.group === g.id)}
            selection={selection}
            problems={problems}
            drag={drag}
            onSelect={onSelect}
            onAdd={() => {
              const r = addCode(draft, g.id);
              onChange(r.codebook);
              onSelect({ kind: 'code', id: r.id });
              selectLater('.cb-form input.input');
            }}
            onRowKey={onRowKey}
          />
        ))}
        <CodebookAddGroupButton
          onAdd={() => {
            const r = addGroup(draft);
            onChange(r.codebook);
            onSelect({ kind: 'group', id: r.id });
            selectLater(`#${CSS.escape(groupLabelId)}`);
          }}
        />
      </div>

      <div className="cb-detail">
        {selectedCode && (
          <CodebookCodeForm
            key={selectedCode.id}
            draft={draft}
            code={selectedCode}
            saved={savedIds.has(selectedCode.id)}
            onChange={onChange}
            reserved={reserved}
          />
        )}
        {selectedCode && (
          <CodebookCodeMemo code={selectedCode} saved={savedIds.has(selectedCode.id)} canEdit={canEditMemos} />
        )}
        {selectedGroup && (
          <CodebookGroupForm id={groupLabelId} draft={draft} group={selectedGroup} onChange={onChange} />
        )}
        {!selectedCode && !selectedGroup && <CodebookCodesIntro />}
      </div>
    </div>
  );
}
