// Helpers shared by project agreement, the trainee report, exports and reports.
import type { AgreementResult } from '../agreement/types.ts';
import type { Scale } from '../codebook/codebook-schema.ts';
import type {
  AgreementClassification,
  AgreementRating,
  ProjectAgreementInput,
  SmallNWarning,
  Statistic,
} from './types.ts';

/**
 * Small-n thresholds. Below 10 units a kappa's 95% interval spans roughly ±0.4 or more even at
 * substantial agreement (Fleiss, Cohen & Everitt 1969 variance; Sim & Wright 2005, Physical Therapy
 * 85, give required n of 30–100+ for kappa), so the figure says next to nothing: 'too-few'. Below 30
 * the interval is still wide; Koo & Li (2016, J Chiropr Med 15) recommend at least 30 heterogeneous
 * units for an ICC, and AAI reliability sets are about 30 transcripts: 'small'. The same two
 * thresholds apply to transcripts (classification, scales) and to spans (passages).
 */
export const SMALL_N = { tooFew: 10, small: 30 } as const;

export function smallNWarning(n: number, unit: string, what: string): SmallNWarning | null {
  // n = 0: the figure itself is null with its reason; a warning would only repeat it.
  if (n === 0) return null;
  if (n < SMALL_N.tooFew)
    return {
      severity: 'too-few',
      n,
      threshold: SMALL_N.tooFew,
      message: `only ${n} ${unit}: too few for a stable ${what}; it can swing widely with one more case`,
    };
  if (n < SMALL_N.small)
    return {
      severity: 'small',
      n,
      threshold: SMALL_N.small,
      message: `${n} ${unit}: fewer than ${SMALL_N.small}, so the ${what} has a wide interval`,
    };
  return null;
}

/** Converts an engine result to a Statistic with the n that matters for the figure. */
export function toStatistic(r: AgreementResult, n: number = r.units): Statistic {
  if (r.value === null) return { value: null, reason: r.reason, n, se: null, ci: null };
  return {
    value: r.value,
    reason: null,
    n,
    se: r.se ?? null,
    ci: r.ci ? { lower: r.ci.lower, upper: r.ci.upper, method: r.ci.method } : null,
  };
}

export function nullStatistic(reason: string, n = 0): Statistic {
  return { value: null, reason, n, se: null, ci: null };
}

export function valueStatistic(value: number, n: number): Statistic {
  return Number.isFinite(value)
    ? { value, reason: null, n, se: null, ci: null }
    : nullStatistic('not a finite number for these data', n);
}

/** "F3a", "U/E2", "Ds": the subtype when given (subtype ids carry their category), then any alternative. */
export function formatClassification(c: Pick<AgreementClassification, 'primary' | 'subtype' | 'alternative'>): string {
  return `${c.subtype ?? c.primary}${c.alternative ? `/${c.alternative}` : ''}`;
}

/** The scale's steps min, min+step, …, max, rounded so 0.5-steps compare exactly. */
export function scaleSteps(scale: Pick<Scale, 'min' | 'max' | 'step'>): number[] {
  const out: number[] = [];
  const count = Math.round((scale.max - scale.min) / scale.step);
  for (let i = 0; i <= count; i++) out.push(roundStep(scale.min + i * scale.step));
  return out;
}

function roundStep(v: number): number {
  return Math.round(v * 1e9) / 1e9;
}

/** Snaps a value to the nearest step (stored values are validated, this only removes float noise). */
export function snapToStep(v: number, scale: Pick<Scale, 'min' | 'max' | 'step'>): number {
  const i = Math.round((v - scale.min) / scale.step);
  return roundStep(Math.min(scale.max, Math.max(scale.min, scale.min + i * scale.step)));
}

export interface ScaleValue {
  value: number | null;
  notRateable: boolean;
}

/**
 * One coder's ratings of one scale on one transcript, reduced to comparable targets:
 * - aggregate 'max': one value, the highest over all targets ("max");
 * - otherwise one value per target, except event targets, which become "event", the highest over the
 *   coder's events: event ids belong to each coder, so only the aggregate is comparable across coders.
 * A target whose ratings are all "not rateable" is { value: null, notRateable: true }.
 */
export function aggregateScaleRatings(
  ratings: readonly AgreementRating[],
  scale: Pick<Scale, 'aggregate'>,
): Map<string, ScaleValue> {
  const out = new Map<string, ScaleValue>();
  for (const r of ratings) {
    const key = scale.aggregate === 'max' ? 'max' : r.target.startsWith('event:') ? 'event' : r.target;
    const cur = out.get(key) ?? { value: null, notRateable: true };
    if (r.value !== null && !r.notRateable)
      out.set(key, { value: cur.value === null ? r.value : Math.max(cur.value, r.value), notRateable: false });
    else out.set(key, { value: cur.value, notRateable: cur.value === null });
  }
  return out;
}

/** Order of scale targets in tables. */
export const TARGET_ORDER = ['mother', 'father', 'other', 'transcript', 'event', 'max'];

/** Which chosen coders took part in each transcript (any highlight, rating, classification or a started status). */
export function participation(input: ProjectAgreementInput): Map<string, Set<string>> {
  const chosen = new Set(input.coders.map((c) => c.id));
  const m = new Map<string, Set<string>>(input.transcripts.map((t) => [t.id, new Set<string>()]));
  const add = (t: string, c: string) => {
    if (chosen.has(c)) m.get(t)?.add(c);
  };
  for (const a of input.annotations) add(a.transcriptId, a.coderId);
  for (const r of input.ratings) add(r.transcriptId, r.coderId);
  for (const c of input.classifications) add(c.transcriptId, c.coderId);
  for (const s of input.statuses ?? []) if (s.status !== 'not-started') add(s.transcriptId, s.coderId);
  return m;
}

/** Groups items by transcript id. */
export function byTranscript<T extends { transcriptId: string }>(items: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const arr = m.get(it.transcriptId);
    if (arr) arr.push(it);
    else m.set(it.transcriptId, [it]);
  }
  return m;
}

export function mean(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/** Sample standard deviation (n − 1). */
export function sd(xs: readonly number[]): number {
  const m = mean(xs);
  let s = 0;
  for (const x of xs) s += (x - m) ** 2;
  return Math.sqrt(s / (xs.length - 1));
}

/** Every unordered pair of the items, in order: (0,1), (0,2), …, (1,2), … */
export function pairsOf<T>(xs: readonly T[]): Array<[T, T]> {
  const out: Array<[T, T]> = [];
  for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) out.push([xs[i] as T, xs[j] as T]);
  return out;
}

/** Default headline level: 3-way when the scheme has it (the level AAI studies report first), else the first. */
export function defaultLevel(levels: readonly { id: string }[], requested?: string): string {
  if (requested) return requested;
  return levels.find((l) => l.id === '3-way')?.id ?? levels[0]?.id ?? '';
}

/**
 * The largest value (or `floor`, if larger or nothing is given), in a loop: `Math.max(...values)`
 * passes every value as an argument and overflows the stack at consortium sizes.
 */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let m = floor;
  for (const v of values) if (v > m) m = v;
  return m;
}

export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let m = ceiling;
  for (const v of values) if (v < m) m = v;
  return m;
}
