import { useState } from 'react';
import type { ProjectAgreement, ScaleAgreement } from '../../../shared/reliability/types.ts';
import { formatNumber, formatPercent } from '../../../shared/reliability/format.ts';
import { ScalePlot } from '../../ui/charts/scale-plot.tsx';
import { StatValue, WarningBadge } from '../../ui/stat-value.tsx';

interface Props {
  result: ProjectAgreement;
  nameOf: (coderId: string) => string;
  titleOf: (transcriptId: string) => string;
}

const TARGETS: Record<string, string> = {
  mother: 'mother',
  father: 'father',
  other: 'other',
  transcript: '',
  event: 'highest event',
  max: 'highest',
};
const keyOf = (s: ScaleAgreement) => `${s.scaleId}|${s.target}`;

/** ICCs, weighted kappa, mean |difference| and share within tolerance per scale; a plot of the chosen one. */
export function AgreementScales({ result, nameOf, titleOf }: Props) {
  const rows = result.scales.filter((s) => s.n > 0);
  const [chosen, setChosen] = useState<string | null>(rows[0] ? keyOf(rows[0]) : null);
  const [pairIndex, setPairIndex] = useState(0);
  const [mode, setMode] = useState<'scatter' | 'bland-altman'>('scatter');
  const scale = rows.find((s) => keyOf(s) === chosen) ?? rows[0];
  const pair = scale?.pairs[Math.min(pairIndex, (scale?.pairs.length ?? 1) - 1)];
  const tol = result.options.scaleTolerance;
  if (rows.length === 0)
    return <p className="muted">No scale was rated by two or more of the chosen coders on the same transcript.</p>;
  const hiddenCount = result.scales.length - rows.length;
  return (
    <div className="split split--chart">
      <div className="table-wrap">
        <table className="data-table scales-table" aria-label="Scale agreement">
          <thead>
            <tr>
              <th scope="col">Scale</th>
              <th scope="col" className="num">
                n
              </th>
              <th scope="col">ICC(A,1)</th>
              <th scope="col">ICC(C,1)</th>
              <th scope="col">Weighted κ</th>
              <th scope="col" className="num">
                Mean |diff|
              </th>
              <th scope="col" className="num">
                Within ±{tol}
              </th>
              <th scope="col">
                <span className="visually-hidden">Warning</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr
                key={keyOf(s)}
                className={`row-click${keyOf(s) === keyOf(scale!) ? ' row-selected' : ''}`}
                onClick={() => {
                  setChosen(keyOf(s));
                  setPairIndex(0);
                }}
                data-scale={s.scaleId}
                data-target={s.target}
              >
                <th scope="row">
                  <button type="button" className="link-btn row-btn" onClick={() => setChosen(keyOf(s))}>
                    {s.label}
                  </button>
                  {TARGETS[s.target] !== '' && <span className="muted small"> · {TARGETS[s.target] ?? s.target}</span>}
                </th>
                <td className="num">{s.n}</td>
                <td data-testid="scale-icc-a">
                  <StatValue stat={s.iccA1} />
                </td>
                <td data-testid="scale-icc-c">
                  <StatValue stat={s.iccC1} />
                </td>
                <td>
                  <StatValue stat={s.weightedKappa} showCi={false} />
                </td>
                <td className="num" data-testid="scale-mad" title={`n = ${s.meanAbsoluteDifference.n} pairs`}>
                  {s.meanAbsoluteDifference.value === null ? (
                    <StatValue stat={s.meanAbsoluteDifference} />
                  ) : (
                    formatNumber(s.meanAbsoluteDifference.value)
                  )}
                </td>
                <td className="num" data-testid="scale-within" title={`n = ${s.withinTolerance.n} pairs`}>
                  {s.withinTolerance.value === null ? (
                    <StatValue stat={s.withinTolerance} />
                  ) : (
                    formatPercent(s.withinTolerance.value)
                  )}
                </td>
                <td>
                  <WarningBadge warning={s.warning} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="table-note">
          n = transcripts with values from at least two coders; ICCs use transcripts every coder rated, with 95%
          intervals. Mean |diff| and “within” count pairs of coders.
          {hiddenCount > 0 && ` ${hiddenCount} scale targets without two coders’ values are not listed.`}
        </p>
      </div>
      {scale && pair && (
        <div className="plot-panel">
          <strong className="plot-title">{scale.label}</strong>
          <div className="plot-head">
            <div className="segmented segmented--small" role="group" aria-label="Plot type">
              <button
                type="button"
                className="segment"
                aria-pressed={mode === 'scatter'}
                onClick={() => setMode('scatter')}
              >
                Scatter
              </button>
              <button
                type="button"
                className="segment"
                aria-pressed={mode === 'bland-altman'}
                onClick={() => setMode('bland-altman')}
              >
                Bland–Altman
              </button>
            </div>
            {scale.pairs.length > 1 && (
              <select
                className="input input-small"
                aria-label="Coder pair"
                value={pairIndex}
                onChange={(e) => setPairIndex(Number(e.target.value))}
              >
                {scale.pairs.map((p, i) => (
                  <option key={i} value={i}>
                    {nameOf(p.coderA)} × {nameOf(p.coderB)} (n = {p.n})
                  </option>
                ))}
              </select>
            )}
          </div>
          <ScalePlot
            pair={pair}
            min={scale.min}
            max={scale.max}
            tolerance={tol}
            nameA={nameOf(pair.coderA)}
            nameB={nameOf(pair.coderB)}
            mode={mode}
            titleOf={titleOf}
          />
        </div>
      )}
    </div>
  );
}
