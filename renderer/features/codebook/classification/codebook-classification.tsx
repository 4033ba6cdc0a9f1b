import { useRef } from 'react';
import type { Codebook } from '../../../../shared/codebook/codebook-schema.ts';
import { addSubtype } from '../draft/classification.ts';
import type { DraftProblem } from '../draft/validation.ts';
import type { CategorySelection } from '../selections.ts';
import { CodebookCategoryListGroup } from './codebook-category-list-group.tsx';
import { CodebookCategoryForm } from './codebook-category-form.tsx';
import { CodebookLevelsTable } from './codebook-levels-table.tsx';
import { CodebookSubtypeForm } from './codebook-subtype-form.tsx';

interface Props {
  draft: Codebook;
  /** The active saved version: its subtypes' ids are fixed (classifications store them). */
  saved: Codebook | null;
  onChange: (next: Codebook) => void;
  problems: readonly DraftProblem[];
  /** Codings made with any version of this codebook. */
  codingsUse: number;
  selection: CategorySelection;
  onSelect: (s: CategorySelection) => void;
}

/**
 * The Classification section of the codebook editor: primary categories with their subtypes, a form
 * for the chosen one, and the derived 2-, 3-, 4- and 5-way levels (read-only: a level's mapping is
 * only safe to change together with every coding's reading of it, so it comes from the file).
 */
export function CodebookClassification({ draft, saved, onChange, problems, codingsUse, selection, onSelect }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const scheme = draft.classification;
  const primary = selection ? scheme?.primary.find((p) => p.id === selection.primary) : undefined;
  const subtype =
    primary && selection?.subtype !== null && selection?.subtype !== undefined
      ? primary.subtypes[selection.subtype]
      : undefined;
  const savedSubtypeIds = (primaryId: string) =>
    new Set(saved?.classification?.primary.find((p) => p.id === primaryId)?.subtypes.map((s) => s.id) ?? []);
  const hasProblem = (key: string) => problems.some((p) => p.categoryKey === key);

  if (!scheme)
    return (
      <div className="cb-body cb-body--single" id="cb-tabpanel" role="tabpanel" aria-labelledby="cb-tab-classification">
        <div className="cb-intro pad">
          <h3 className="cb-form-title">No classification</h3>
          <p>
            This codebook defines no classification scheme. To add one, import a codebook file that has a{' '}
            <span className="mono">classification</span> section (see{' '}
            <span className="mono">docs/codebook-format.md</span>).
          </p>
        </div>
      </div>
    );

  return (
    <div className="cb-body" id="cb-tabpanel" role="tabpanel" aria-labelledby="cb-tab-classification" ref={root}>
      <div className="cb-list" role="region" aria-label="Categories and subtypes">
        {scheme.primary.map((p) => (
          <CodebookCategoryListGroup
            key={p.id}
            primary={p}
            selection={selection}
            hasProblem={hasProblem}
            onSelect={onSelect}
            onAdd={() => {
              const r = addSubtype(draft, p.id);
              onChange(r.codebook);
              onSelect({ primary: p.id, subtype: r.index });
              requestAnimationFrame(() => {
                const el = root.current?.querySelector<HTMLInputElement>('.cb-form input.input');
                el?.focus();
                el?.select();
              });
            }}
          />
        ))}
        <button
          type="button"
          className="btn btn-quiet btn-small cb-add-group"
          aria-current={selection === null ? 'true' : undefined}
          onClick={() => onSelect(null)}
        >
          Derived levels (2-, 3-, 4-, 5-way)
        </button>
      </div>

      <div className="cb-detail">
        {primary && subtype && selection?.subtype !== null && selection?.subtype !== undefined && (
          <CodebookSubtypeForm
            key={`${primary.id}/${selection.subtype}`}
            draft={draft}
            primary={primary}
            index={selection.subtype}
            saved={savedSubtypeIds(primary.id).has(subtype.id)}
            codingsUse={codingsUse}
            onChange={onChange}
            onRemoved={() => onSelect({ primary: primary.id, subtype: null })}
          />
        )}
        {primary && !subtype && (
          <CodebookCategoryForm
            key={primary.id}
            draft={draft}
            primary={primary}
            onChange={onChange}
            onAddSubtype={(index) => onSelect({ primary: primary.id, subtype: index })}
          />
        )}
        {!primary && (
          <div className="cb-intro cb-intro--wide">
            <h3 className="cb-form-title">Classification</h3>
            <ul className="cb-intro-list">
              <li>
                Choose a category to rename or describe it, or to say whether it is recorded with an alternative (as U
                and CC are: U/E2).
              </li>
              <li>
                Choose a subtype to rename or describe it; “+ Subtype” adds one. Codings store category and subtype ids,
                so saved ids are fixed.
              </li>
              <li>
                The levels below are derived from each coding and are read-only here; a lab with other levels imports a
                codebook file that defines them (<span className="mono">docs/codebook-format.md</span>).
              </li>
            </ul>
            <CodebookLevelsTable scheme={scheme} />
          </div>
        )}
      </div>
    </div>
  );
}
