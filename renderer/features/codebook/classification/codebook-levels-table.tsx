import { ALTERNATIVE, type ClassificationScheme } from '../../../../shared/codebook/codebook-schema.ts';

interface Props {
  scheme: ClassificationScheme;
}

/** Each derived level as a row: what every primary category counts as at that level (read-only). */
export function CodebookLevelsTable({ scheme }: Props) {
  if (scheme.levels.length === 0) return <p className="muted small cb-help">This scheme defines no derived levels.</p>;
  return (
    <table className="cb-levels" aria-label="Derived levels">
      <thead>
        <tr>
          <th scope="col">Level</th>
          {scheme.primary.map((p) => (
            <th key={p.id} scope="col" title={p.label}>
              {p.id}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {scheme.levels.map((l) => (
          <tr key={l.id} data-level={l.id}>
            <th scope="row">{l.label}</th>
            {scheme.primary.map((p) => {
              const to = l.map[p.id];
              return (
                <td key={p.id}>
                  {to === undefined ? (
                    <span className="muted">not mapped</span>
                  ) : to === ALTERNATIVE ? (
                    <em className="muted">its alternative</em>
                  ) : (
                    to
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
