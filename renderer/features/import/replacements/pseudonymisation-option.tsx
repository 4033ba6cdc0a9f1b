import { ReplacementEditor } from './replacement-editor.tsx';
import type { ReplacementRow } from './replacement-rows.ts';

interface Props {
  replacements: ReplacementRow[];
  disabled: boolean;
  onChange: (replacements: ReplacementRow[]) => void;
}

/** The batch's replacement list, with how it matches and why it is not kept. */
export function PseudonymisationOption({ replacements, disabled, onChange }: Props) {
  return (
    <section className="import-option" aria-label="Pseudonymisation">
      <h3 className="section-label">Pseudonymisation</h3>
      <p className="muted small">
        Whole words, in every file of this batch. A capitalised name gets <strong>Match case</strong>, so “Rose” leaves
        “rose” alone; untick it to replace ROSE and rose too.
      </p>
      <p className="muted small" data-testid="replacement-not-kept">
        This list is not kept, by design: names paired with their tokens would re-identify participants. “Save list…”
        saves a copy to keep outside the project.
      </p>
      <ReplacementEditor replacements={replacements} disabled={disabled} onChange={onChange} />
    </section>
  );
}
