import { useId } from 'react';
import type { ClassificationScheme, PrimaryCategory } from '../../../shared/codebook/codebook-schema.ts';
import type { ClassificationFields } from '../../state/coding-data.ts';
import { OrganisedOptions } from './organised-options.tsx';
import type { ChangeClassification } from './use-classification-draft.ts';

interface Props {
  scheme: ClassificationScheme;
  /** A category that requires an alternative (U or CC). */
  primary: PrimaryCategory;
  shown: ClassificationFields;
  change: ChangeClassification;
}

/** The best-fitting organised alternative U and CC are recorded with, and an optional second one. */
export function AlternativeChoice({ scheme, primary, shown, change }: Props) {
  const altId = useId();
  const alt2Id = useId();
  const organised = scheme.primary.filter((p) => !p.requiresAlternative);
  const missingAlternative = !shown.alternative;
  return (
    <div className={`cls-block cls-alt${missingAlternative ? ' cls-alt--missing' : ''}`}>
      <label className="field-label" htmlFor={altId}>
        Best-fitting alternative <span className="required">required for {primary.id}</span>
      </label>
      <select
        id={altId}
        className="input input-small"
        aria-invalid={missingAlternative || undefined}
        value={shown.alternative ?? ''}
        onChange={(e) => change({ alternative: e.target.value || null }, `Alternative ${e.target.value || 'cleared'}`)}
      >
        <option value="">Choose the organised alternative…</option>
        <OrganisedOptions organised={organised} />
      </select>
      {missingAlternative && (
        <p className="cls-warning" role="status">
          Not saved yet: {primary.id} is always recorded with a best-fitting organised alternative. Choose one to save.
        </p>
      )}
      <label className="field-label cls-alt2-label" htmlFor={alt2Id}>
        Second alternative <span className="muted">(optional)</span>
      </label>
      <select
        id={alt2Id}
        className="input input-small"
        value={shown.secondAlternative ?? ''}
        onChange={(e) =>
          change({ secondAlternative: e.target.value || null }, `Second alternative ${e.target.value || 'cleared'}`)
        }
      >
        <option value="">None</option>
        <OrganisedOptions organised={organised} />
      </select>
    </div>
  );
}
