import type { DerivedLabel } from '../../../shared/codebook/classification.ts';
import type { ClassificationScheme } from '../../../shared/codebook/codebook-schema.ts';

/** The 2-, 3-, 4- and 5-way labels derived from the coding, one row per level of the scheme. */
export function DerivedLabels({ scheme, derived }: { scheme: ClassificationScheme; derived: readonly DerivedLabel[] }) {
  return (
    <div className="cls-block">
      <h3 className="field-label">Derived labels</h3>
      {derived.length === 0 ? (
        <p className="muted small">Shown once a primary classification is chosen.</p>
      ) : (
        <table className="derived-table" aria-label="Derived labels">
          <tbody>
            {derived.map((d) => {
              const level = scheme.levels.find((l) => l.id === d.level);
              return (
                <tr key={d.level} data-level={d.level}>
                  <th scope="row" title={level?.label}>
                    {level ? level.label.split(' (')[0] : d.level}
                  </th>
                  <td>
                    {d.label !== null ? (
                      <strong className="derived-label">{d.label}</strong>
                    ) : (
                      <span className="derived-null">none: {d.reason}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
