import { useRef, type KeyboardEvent } from 'react';
import type { Codebook } from '../../../../shared/codebook/codebook-schema.ts';
import { addScale, addScaleGroup, moveScale, scaleGroups } from '../draft/scales.ts';
import type { DraftProblem } from '../draft/validation.ts';
import type { ScaleSelection } from '../selections.ts';
import { CodebookScaleForm } from './codebook-scale-form.tsx';
import { CodebookScaleGroupForm } from './codebook-scale-group-form.tsx';
import { CodebookAddGroupButton } from '../fields/codebook-add-group-button.tsx';
import { CodebookScaleListGroup } from './codebook-scale-list-group.tsx';
import { CodebookScalesIntro } from './codebook-scales-intro.tsx';

interface Props {
  draft: Codebook;
  onChange: (next: Codebook) => void;
  problems: readonly DraftProblem[];
  /** Ids of the scales the active saved version has (ratings may refer to them). */
  savedIds: ReadonlySet<string>;
  /** Codings made with any version of this codebook. */
  codingsUse: number;
  selection: ScaleSelection;
  onSelect: (s: ScaleSelection) => void;
}

/**
 * The Scales section of the codebook editor: scales listed by group (as the score sheet lays them
 * out), a form for the chosen scale or group, and "+ Add group". Reorder with Alt+↑/↓ on a scale.
 */
export function CodebookScales({ draft, onChange, problems, savedIds, codingsUse, selection, onSelect }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const groups = scaleGroups(draft);
  const selectedScale = selection?.kind === 'scale' ? draft.scales.find((s) => s.id === selection.id) : undefined;
  const selectedGroup = selection?.kind === 'group' ? draft.scales.filter((s) => selection.ids.includes(s.id)) : [];

  const focusForm = (selector: string) =>
    requestAnimationFrame(() => {
      const el = root.current?.querySelector<HTMLInputElement>(selector);
      el?.focus();
      el?.select();
    });

  const onRowKey = (e: KeyboardEvent<HTMLButtonElement>, id: string) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    onChange(moveScale(draft, id, e.key === 'ArrowUp' ? -1 : 1));
    requestAnimationFrame(() =>
      root.current?.querySelector<HTMLButtonElement>(`[data-scale-row="${CSS.escape(id)}"]`)?.focus(),
    );
  };

  return (
    <div className="cb-body" id="cb-tabpanel" role="tabpanel" aria-labelledby="cb-tab-scales" ref={root}>
      <div className="cb-list" role="region" aria-label="Scales by group">
        {groups.length === 0 && <p className="cb-empty muted small">This codebook has no scales yet.</p>}
        {groups.map((g) => (
          <CodebookScaleListGroup
            key={g.name}
            group={g}
            selection={selection}
            problems={problems}
            onSelect={onSelect}
            onAdd={() => {
              const r = addScale(draft, g.name);
              onChange(r.codebook);
              onSelect({ kind: 'scale', id: r.id, ids: [r.id] });
              focusForm('.cb-form input.input');
            }}
            onRowKey={onRowKey}
          />
        ))}
        <CodebookAddGroupButton
          onAdd={() => {
            const r = addScaleGroup(draft);
            onChange(r.codebook);
            onSelect({ kind: 'group', ids: [r.id] });
            focusForm('.cb-form input.input');
          }}
        />
      </div>

      <div className="cb-detail">
        {selectedScale && (
          <CodebookScaleForm
            key={selectedScale.id}
            draft={draft}
            scale={selectedScale}
            saved={savedIds.has(selectedScale.id)}
            codingsUse={codingsUse}
            onChange={onChange}
            onRemoved={() => onSelect(null)}
          />
        )}
        {selectedGroup.length > 0 && selection?.kind === 'group' && (
          <CodebookScaleGroupForm
            key={selection.ids.join(' ')}
            draft={draft}
            ids={selection.ids}
            onChange={onChange}
            onChoose={(id) => onSelect({ kind: 'scale', id, ids: [id] })}
          />
        )}
        {!selectedScale && selectedGroup.length === 0 && <CodebookScalesIntro />}
      </div>
    </div>
  );
}
