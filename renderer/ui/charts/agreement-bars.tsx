import type { SmallNWarning } from '../../../shared/reliability/types.ts';
import { formatNumber } from '../../../shared/reliability/format.ts';

export interface BarItem {
  id: string;
  label: string;
  value: number | null;
  reason: string | null;
  n: number;
  warning: SmallNWarning | null;
}

interface Props {
  title: string;
  items: BarItem[];
  /** Lowest value on the axis (uα can be negative). */
  min?: number;
  digits?: number;
}

/** Horizontal bars per code with the value, n and a small-n mark; an undefined value says why. */
export function AgreementBars({ title, items, min = 0, digits = 2 }: Props) {
  const lo = Math.min(min, ...items.map((i) => i.value ?? 0));
  const span = 1 - lo;
  const pos = (v: number) => ((v - lo) / span) * 100;
  return (
    <figure className="chart bars">
      <figcaption className="bars-title">{title}</figcaption>
      <ul className="bars-list">
        {items.map((it) => (
          <li key={it.id} className="bar-row" data-testid="agreement-bar">
            <span className="bar-label" title={it.label}>
              {it.label}
            </span>
            <span className="bar-track" aria-hidden="true">
              {lo < 0 && <span className="bar-zero" style={{ left: `${pos(0)}%` }} />}
              {it.value !== null && (
                <span
                  className={`bar-fill${it.value < 0 ? ' bar-fill--neg' : ''}${it.warning?.severity === 'too-few' ? ' bar-fill--faint' : ''}`}
                  style={{ left: `${Math.min(pos(0), pos(it.value))}%`, width: `${Math.abs(pos(it.value) - pos(0))}%` }}
                />
              )}
            </span>
            <span className="bar-value" title={it.reason ?? undefined}>
              {it.value === null ? <span className="muted">—</span> : formatNumber(it.value, digits)}
            </span>
            <span className="bar-n" title={it.warning?.message}>
              n={it.n}
              {it.warning && (
                <span
                  className={`dot-warn dot-warn--${it.warning.severity}`}
                  aria-label={it.warning.message}
                  role="img"
                />
              )}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
