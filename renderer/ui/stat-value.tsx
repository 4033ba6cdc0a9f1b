import type { SmallNWarning, Statistic } from '../../shared/reliability/types.ts';
import {
  formatInterval,
  formatNumber,
  formatPercent,
  formatPercentInterval,
  reasonText,
  warningLabel,
} from '../../shared/reliability/format.ts';

interface Props {
  stat: Pick<Statistic, 'value' | 'reason' | 'ci'>;
  percent?: boolean;
  digits?: number;
  showCi?: boolean;
}

/** A statistic's value (and interval), or a dash with its reason inline and in the tooltip: never NaN. */
export function StatValue({ stat, percent = false, digits = 2, showCi = true }: Props) {
  const why = reasonText(stat);
  if (why !== null) {
    return (
      <span className="stat stat--null" title={why}>
        <span aria-hidden="true">—</span>
        <span className="stat-reason">{why}</span>
      </span>
    );
  }
  const ci = !showCi ? '' : percent ? formatPercentInterval(stat) : formatInterval(stat, digits);
  return (
    <span className="stat">
      <span className="stat-value">{percent ? formatPercent(stat.value) : formatNumber(stat.value, digits)}</span>
      {ci && <span className="stat-ci">{ci}</span>}
    </span>
  );
}

/** The small-n badge: "too few" (n < 10) or "small n" (n < 30), with the full message on hover. */
export function WarningBadge({ warning }: { warning: SmallNWarning | null | undefined }) {
  if (!warning) return null;
  return (
    <span
      className={`n-badge n-badge--${warning.severity}`}
      title={warning.message}
      role="img"
      aria-label={`Warning: ${warning.message}`}
      data-testid="small-n"
    >
      {warningLabel(warning)}
    </span>
  );
}

export function NCount({ n, unit }: { n: number; unit?: string }) {
  return (
    <span className="n-count" title={unit ? `n = ${n} ${unit}` : `n = ${n}`}>
      n = {n}
    </span>
  );
}
