import { useState } from 'react';
import type { AgreementSummary } from '../../../shared/api/agreement.ts';
import { ConfusionHeatmap } from '../../ui/charts/confusion-heatmap.tsx';
import { StatValue, WarningBadge } from '../../ui/stat-value.tsx';

interface Props {
  result: AgreementSummary;
  nameOf: (coderId: string) => string;
}

/** Agreement per classification level (2- to 5-way), with the confusion heatmap of one level. */
export function AgreementClassification({ result, nameOf }: Props) {
  const [shown, setShown] = useState(result.level);
  const level = result.classification.find((l) => l.level === shown) ?? result.classification[0];
  if (result.classification.length === 0) return <p className="muted">The codebook has no classification levels.</p>;
  const conf = level?.confusion;
  return (
    <div className="split split--chart">
      <div className="table-wrap">
        <table className="data-table" aria-label="Classification agreement by level">
          <thead>
            <tr>
              <th scope="col">Level</th>
              <th scope="col" className="num">
                n
              </th>
              <th scope="col" className="num">
                Agreement
              </th>
              <th scope="col">Kappa [95% CI]</th>
              <th scope="col" className="num">
                Left out
              </th>
              <th scope="col">
                <span className="visually-hidden">Warning</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {result.classification.map((l) => (
              <tr
                key={l.level}
                className={`row-click${l.level === shown ? ' row-selected' : ''}`}
                data-level={l.level}
                onClick={() => setShown(l.level)}
                aria-selected={l.level === shown}
              >
                <th scope="row">
                  <button type="button" className="link-btn row-btn" onClick={() => setShown(l.level)}>
                    {l.label}
                  </button>
                  {l.level === result.level && <span className="tag">headline</span>}
                </th>
                <td className="num" data-testid="level-n">
                  {l.n}
                </td>
                <td className="num" data-testid="level-agreement">
                  <StatValue stat={l.percentAgreement} percent />
                </td>
                <td data-testid="level-kappa">
                  <StatValue stat={l.kappa} />
                  {l.kappa.value !== null && (
                    <span className="stat-kind">{l.kappa.statistic === 'cohen-kappa' ? 'Cohen' : 'Fleiss'}</span>
                  )}
                </td>
                <td
                  className="num"
                  title={l.excluded.map((e) => `${nameOf(e.coderId)}: ${e.reason}`).join('\n') || undefined}
                >
                  {l.excluded.length || ''}
                </td>
                <td>
                  <WarningBadge warning={l.warning} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="table-note">
          n = transcripts labelled by at least two coders at that level. U and CC count under their alternative at
          3-way; a coding without one is left out there (hover “Left out”). Cohen’s kappa for two coders, Fleiss’ for
          more.
        </p>
      </div>
      {conf && level && conf.categories.length > 0 && (
        <ConfusionHeatmap
          table={conf}
          title={`${level.label} (n = ${level.n})`}
          rowLabel={conf.kind === 'pair' && conf.rowCoderId ? nameOf(conf.rowCoderId) : 'coder'}
          colLabel={conf.kind === 'pair' && conf.colCoderId ? nameOf(conf.colCoderId) : 'other coder'}
        />
      )}
    </div>
  );
}
