import type { SmallNWarning, Statistic } from '../../shared/reliability/types.ts';

/** Figures on screen: fixed digits, a minus zero shown as zero, and never "NaN" (null ⇒ a dash). */
export function num(x: number | null | undefined, digits = 2): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  const s = x.toFixed(digits);
  return Number(s) === 0 ? (0).toFixed(digits) : s;
}

export function pct(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '—' : `${(x * 100).toFixed(1)}%`;
}

/** "[0.34, 0.93]" or "" when the statistic has no interval. */
export function ciText(s: Pick<Statistic, 'ci'>, digits = 2): string {
  return s.ci ? `[${num(s.ci.lower, digits)}, ${num(s.ci.upper, digits)}]` : '';
}

/** "[63%, 100%]" for a proportion's interval. */
export function pctCiText(s: Pick<Statistic, 'ci'>): string {
  return s.ci ? `[${Math.round(s.ci.lower * 100)}%, ${Math.round(s.ci.upper * 100)}%]` : '';
}

/** The words a null statistic is explained with (tooltip and inline). */
export function reasonText(s: Pick<Statistic, 'value' | 'reason'>): string | null {
  return s.value === null ? (s.reason ?? 'not defined for these data') : null;
}

export function warningLabel(w: Pick<SmallNWarning, 'severity' | 'n'>): string {
  return w.severity === 'too-few' ? 'too few' : 'small n';
}

/** Which role may change settings, keys and consensus (the services enforce the same rule). */
export function isPrivilegedRole(role: string): boolean {
  return role === 'lead' || role === 'trainer';
}

export const ROLE_LABELS: Record<string, string> = {
  coder: 'Coder',
  lead: 'Lead',
  trainer: 'Trainer',
  trainee: 'Trainee',
  consensus: 'Consensus record',
};
