import type { ScaleAgreement } from '../../../shared/reliability/types.ts';
import { formatNumber, formatPercent } from '../../../shared/reliability/format.ts';
import { StatValue, WarningBadge } from '../../ui/stat-value.tsx';

interface Props {
  /** The scale targets with values from two or more coders. */
  rows: readonly ScaleAgreement[];
  /** Scale targets left out for want of two coders' values. */
  hiddenCount: number;
  tolerance: number;
  /** The plotted row's key (see scaleKey). */
  selectedKey: string;
  /** A click anywhere on a row: plot it, from its first pair of coders. */
  onRowClick: (key: string) => void;
  /** The row's own button (the keyboard's way to choose it). */
  onChoose: (key: string) => void;
}

const TARGETS: Record<string, string> = {
  mother: 'mother',
  father: 'father',
  other: 'other',
  transcript: '',
  event: 'highest event',
  max: 'highest',
};

/** What identifies a row: a scale and its target. */
export const scaleKey = (s: Pick<ScaleAgreement, 'scaleId' | 'target'>) => `${s.scaleId}|${s.target}`;

/** ICCs, weighted kappa, mean |difference| and share within tolerance, one row per scale target. */
export function AgreementScalesTable({ rows, hiddenCount, tolerance, selectedKey, onRowClick, onChoose }: Props) {
  return (
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
              Within ±{tolerance}
            </th>
            <th scope="col">
              <span className="visually-hidden">Warning</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr
              key={scaleKey(s)}
              className={`row-click${scaleKey(s) === selectedKey ? ' row-selected' : ''}`}
              onClick={() => onRowClick(scaleKey(s))}
              data-scale={s.scaleId}
              data-target={s.target}
            >
              <th scope="row">
                <button type="button" className="link-btn row-btn" onClick={() => onChoose(scaleKey(s))}>
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
  );
}
