import { useRef, type KeyboardEvent } from 'react';
import type { Codebook } from '../../../../shared/codebook/codebook-schema.ts';
import { addScale, addScaleGroup, moveScale, rangeText, scaleGroups, targetsText } from '../draft/scales.ts';
import type { DraftProblem } from '../draft/validation.ts';
import { CodebookScaleForm } from './codebook-scale-form.tsx';
import { CodebookScaleGroupForm } from './codebook-scale-group-form.tsx';

/** A scale, or a group chosen by the scales it held when chosen (so a rename moves exactly those). */
export type ScaleSelection = { kind: 'scale'; id: string; ids: string[] } | { kind: 'group'; ids: string[] } | null;

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
          <div key={g.name} className="cb-group" role="group" aria-label={g.name || 'Unnamed group'}>
            <div className="cb-group-head">
              <button
                type="button"
                className="cb-group-name"
                aria-current={
                  selection?.kind === 'group' && g.scales.every((s) => selection.ids.includes(s.id))
                    ? 'true'
                    : undefined
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
                onClick={() => {
                  const r = addScale(draft, g.name);
                  onChange(r.codebook);
                  onSelect({ kind: 'scale', id: r.id, ids: [r.id] });
                  focusForm('.cb-form input.input');
                }}
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
                    {problems.some((p) => p.scaleId === s.id) && (
                      <span className="cb-problem-dot" aria-hidden="true" title="See the problem on the right">
                        !
                      </span>
                    )}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
        <button
          type="button"
          className="btn btn-quiet btn-small cb-add-group"
          onClick={() => {
            const r = addScaleGroup(draft);
            onChange(r.codebook);
            onSelect({ kind: 'group', ids: [r.id] });
            focusForm('.cb-form input.input');
          }}
        >
          + Add group
        </button>
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
        {!selectedScale && selectedGroup.length === 0 && (
          <div className="cb-intro">
            <h3 className="cb-form-title">Scales</h3>
            <ul className="cb-intro-list">
              <li>The score sheet shows these scales, in this order, grouped as listed here.</li>
              <li>
                Choose a scale to rename or describe it, set what it is rated for, its range and step, and whether “not
                rateable” is allowed.
              </li>
              <li>
                Reorder scales with <kbd>Alt</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd> on a selected scale or its Move buttons;
                move one to another group with its Group field.
              </li>
              <li>Choose a group name to rename the group; “+ Add group” starts a new group with one new scale.</li>
              <li>
                A scale that ratings may refer to can be archived but not removed: existing ratings keep it.{' '}
                <strong>Save</strong> stores a new codebook version, as for codes.
              </li>
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
