import type { PrimaryCategory } from '../../../shared/codebook/codebook-schema.ts';

/** The organised categories and their subtypes, as the options of an alternative's select. */
export function OrganisedOptions({ organised }: { organised: readonly PrimaryCategory[] }) {
  return (
    <>
      {organised.map((p) => (
        <optgroup key={p.id} label={p.label}>
          <option value={p.id}>{p.id}</option>
          {p.subtypes.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
