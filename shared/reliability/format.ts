// The one formatter for statistics, used by the dashboard, the HTML and PDF reports and the CLI, so a
// figure reads the same wherever it is shown. Screens show a missing value as a dash; reports, which
// are read as text, as "n/a".
import type { CodeAgreement, SmallNWarning, Statistic } from './types.ts';

export const DASH = '—';
export const NOT_AVAILABLE = 'n/a';

/** Fixed digits, a minus zero shown as zero, and never "NaN": a missing or infinite value is `missing`. */
export function formatNumber(x: number | null | undefined, digits = 2, missing = DASH): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return missing;
  const s = x.toFixed(digits);
  return Number(s) === 0 ? (0).toFixed(digits) : s;
}

/** A proportion as a percentage with one decimal: 0.753 ⇒ "75.3%". */
export function formatPercent(x: number | null | undefined, missing = DASH): string {
  return x === null || x === undefined || !Number.isFinite(x) ? missing : `${(x * 100).toFixed(1)}%`;
}

/** "[0.34, 0.93]", or "" when the statistic has no interval. */
export function formatInterval(s: Pick<Statistic, 'ci'>, digits = 2, missing = DASH): string {
  return s.ci ? `[${formatNumber(s.ci.lower, digits, missing)}, ${formatNumber(s.ci.upper, digits, missing)}]` : '';
}

/** "[63%, 100%]" for a proportion's interval, or "". */
export function formatPercentInterval(s: Pick<Statistic, 'ci'>): string {
  return s.ci ? `[${Math.round(s.ci.lower * 100)}%, ${Math.round(s.ci.upper * 100)}%]` : '';
}

/** "0.71 [0.34, 0.93]", or "n/a (reason)" for an undefined statistic. */
export function formatStatistic(s: Statistic, digits = 2): string {
  if (s.value === null) return `${NOT_AVAILABLE} (${s.reason ?? 'undefined'})`;
  const ci = formatInterval(s, digits, NOT_AVAILABLE);
  return ci ? `${formatNumber(s.value, digits)} ${ci}` : formatNumber(s.value, digits);
}

/**
 * A p-value with 3 significant digits ("0.952", "0.0312", "1.24e-15"), never "0": one below the
 * smallest double a computation can return reads "< 1e-300".
 */
export function formatPValue(p: number | null | undefined): string {
  if (typeof p !== 'number' || !Number.isFinite(p)) return formatNumber(p, 4);
  if (p >= 1) return '1.00';
  if (p < 1e-300) return '< 1e-300';
  if (p < 1e-4) return p.toExponential(2);
  return p.toPrecision(3);
}

/** The words a null statistic is explained with (tooltip, inline, report). */
export function reasonText(s: Pick<Statistic, 'value' | 'reason'>): string | null {
  return s.value === null ? (s.reason ?? 'not defined for these data') : null;
}

/** "too few" below 10 units, "small n" below 30. */
export function warningLabel(w: Pick<SmallNWarning, 'severity' | 'n'>): string {
  return w.severity === 'too-few' ? 'too few' : 'small n';
}

/** The warning as a table cell: "! too few (n=5)", "small n (12)", or "". */
export function warningText(w: SmallNWarning | null): string {
  return w ? (w.severity === 'too-few' ? `! too few (n=${w.n})` : `small n (${w.n})`) : '';
}

/** Codes with something to report: a unitizing unit or a span by either side. */
export function codesWithData<C extends Pick<CodeAgreement, 'alphaU' | 'overlap'>>(codes: readonly C[]): C[] {
  return codes.filter((c) => c.alphaU.n > 0 || c.overlap.spansA + c.overlap.spansB > 0);
}
