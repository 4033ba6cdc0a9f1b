// Scale agreement: per transcript, each coder's comparable value per scale and target (and the scale
// disagreements); pooled over the transcripts, ICCs, weighted kappa, mean absolute difference, the
// share within tolerance and Bland–Altman figures per coder pair.
import {
  icc,
  kappaFromTable,
  weightedKappa,
  type AgreementResult,
  type IccForm,
  type RatingCell,
} from '../agreement/index.ts';
import { ICC_NAMES } from '../agreement/icc.ts';
import type { Scale } from '../codebook/codebook-schema.ts';
import {
  maxOf,
  minOf,
  aggregateScaleRatings,
  mean,
  nullStatistic,
  pairsOf,
  scaleSteps,
  sd,
  smallNWarning,
  snapToStep,
  toStatistic,
  valueStatistic,
  type ScaleValue,
} from './common.ts';
import type {
  AgreementRating,
  AgreementTranscript,
  Disagreement,
  IccStatistic,
  ScaleAgreement,
  ScalePair,
} from './types.ts';

/** Differences within float noise of the tolerance count as within it. */
const EPS = 1e-9;

/** One scale and target's values gathered over the transcripts. */
export interface ScaleAcc {
  scale: Scale;
  target: string;
  values: Map<string, Map<string, ScaleValue>>; // transcript → coder → value
}

/** The accumulator key of a scale and target, made once per pair (they recur on every transcript). */
const scaleKeys = new Map<string, Map<string, string>>();
function scaleKeyOf(scaleId: string, target: string): string {
  let byTarget = scaleKeys.get(scaleId);
  if (!byTarget) scaleKeys.set(scaleId, (byTarget = new Map()));
  let key = byTarget.get(target);
  if (key === undefined) {
    key = `${scaleId}\u0000${target}`;
    if (byTarget.size < 64) byTarget.set(target, key); // event targets are per coder: do not keep them all
  }
  return key;
}

/**
 * Adds one transcript's ratings (of scales in the codebook) to the accumulators, keyed by scale and
 * comparable target; returns the keys this transcript touched, in the order first seen.
 */
export function accumulateScales(
  transcriptId: string,
  ratings: readonly AgreementRating[],
  scalesById: Map<string, Scale>,
  scaleAcc: Map<string, ScaleAcc>,
): Set<string> {
  // Each coder and scale in the order first seen, with its ratings (found through nested maps: no key
  // string is built per rating).
  const groups: Array<{ coder: string; scale: Scale; rs: AgreementRating[] }> = [];
  const byCoder = new Map<string, Map<string, AgreementRating[]>>();
  for (const r of ratings) {
    const scale = scalesById.get(r.scaleId);
    if (!scale) continue;
    let byScale = byCoder.get(r.coderId);
    if (!byScale) byCoder.set(r.coderId, (byScale = new Map()));
    const rs = byScale.get(r.scaleId);
    if (rs) rs.push(r);
    else {
      const g = { coder: r.coderId, scale, rs: [r] };
      byScale.set(r.scaleId, g.rs);
      groups.push(g);
    }
  }
  const touched = new Set<string>();
  for (const { coder, scale, rs } of groups) {
    for (const [target, v] of aggregateScaleRatings(rs, scale)) {
      const key = scaleKeyOf(scale.id, target);
      let acc = scaleAcc.get(key);
      if (!acc) {
        acc = { scale, target, values: new Map() };
        scaleAcc.set(key, acc);
      }
      let per = acc.values.get(transcriptId);
      if (!per) {
        per = new Map();
        acc.values.set(transcriptId, per);
      }
      per.set(coder, v);
      touched.add(key);
    }
  }
  return touched;
}

/**
 * Scale disagreements on one transcript: values further apart than the tolerance, or a value from
 * some coders where others found the scale not rateable.
 */
export function scaleDisagreements(
  t: AgreementTranscript,
  touched: Set<string>,
  scaleAcc: Map<string, ScaleAcc>,
  coderIds: string[],
  tolerance: number,
  nameOf: (coderId: string) => string,
): Disagreement[] {
  const out: Disagreement[] = [];
  for (const key of touched) {
    const acc = scaleAcc.get(key) as ScaleAcc;
    const per = acc.values.get(t.id) as Map<string, ScaleValue>;
    const withValue = coderIds.filter((c) => per.get(c)?.value != null);
    const notRateable = coderIds.filter((c) => per.get(c)?.notRateable);
    const vals = withValue.map((c) => per.get(c)?.value as number);
    const spread = vals.length >= 2 ? maxOf(vals) - minOf(vals) : null;
    const scaleLabel = `${acc.scale.label}${acc.target === 'max' ? '' : ` (${acc.target})`}`;
    if (spread !== null && spread > tolerance + EPS) {
      out.push({
        kind: 'scale',
        transcriptId: t.id,
        transcriptTitle: t.title,
        coderIds: withValue,
        detail: `${scaleLabel}: ${withValue.map((c, i) => `${nameOf(c)} ${vals[i]}`).join(', ')}: ${spread} points apart (tolerance ${tolerance})`,
        start: null,
        end: null,
        scaleId: acc.scale.id,
        target: acc.target,
        spread,
      });
    } else if (withValue.length >= 1 && notRateable.length >= 1) {
      out.push({
        kind: 'scale',
        transcriptId: t.id,
        transcriptTitle: t.title,
        coderIds: [...withValue, ...notRateable],
        detail: `${scaleLabel}: ${withValue.map((c, i) => `${nameOf(c)} ${vals[i]}`).join(', ')}; not rateable for ${notRateable.map(nameOf).join(', ')}`,
        start: null,
        end: null,
        scaleId: acc.scale.id,
        target: acc.target,
        spread,
      });
    }
  }
  return out;
}

function iccStatistic(matrix: RatingCell[][], form: IccForm): IccStatistic {
  const r = icc(matrix, { form });
  const names = ICC_NAMES[form];
  const f = r.details?.fTest as { F: number | null; df1: number; df2: number; p: number | null } | undefined;
  return {
    ...toStatistic(r),
    shroutFleiss: names.shroutFleiss,
    mcGrawWong: names.mcGrawWong,
    fTest: f ? { F: f.F, df1: f.df1, df2: f.df2, p: f.p } : null,
  };
}

function noIcc(form: IccForm): IccStatistic {
  return {
    ...nullStatistic('ICC needs at least two coders', 0),
    shroutFleiss: ICC_NAMES[form].shroutFleiss,
    mcGrawWong: ICC_NAMES[form].mcGrawWong,
    fTest: null,
  };
}

function firstReason(rs: AgreementResult[]): string {
  for (const r of rs) if (r.value === null) return r.reason;
  return 'no value';
}

/** A transcript's values of the coders (snapped to the scale's steps; null: no value). */
interface ScaleUnit {
  t: string;
  row: Array<number | null>;
}

/** The transcripts with at least one value, and how many mix a value with "not rateable". */
function scaleUnits(
  acc: ScaleAcc,
  coders: string[],
  transcriptIds: string[],
): { units: ScaleUnit[]; notRateableMismatches: number } {
  const units: ScaleUnit[] = [];
  let notRateableMismatches = 0;
  for (const t of transcriptIds) {
    const per = acc.values.get(t);
    if (!per) continue;
    const row = coders.map((c) => {
      const v = per.get(c)?.value;
      return v === null || v === undefined ? null : snapToStep(v, acc.scale);
    });
    if (row.some((v) => v !== null)) units.push({ t, row });
    let anyValue = false;
    let anyNotRateable = false;
    for (const v of per.values()) {
      if (v.value !== null) anyValue = true;
      if (v.notRateable) anyNotRateable = true;
    }
    if (anyValue && anyNotRateable) notRateableMismatches++;
  }
  return { units, notRateableMismatches };
}

/**
 * Bland–Altman figures and quadratic weighted kappa of every coder pair that shares a transcript (the
 * points themselves are not kept: scalePairPoints derives them from the scale's values when plotted).
 * The kappa is the engine's, from the pair's contingency table over the scale's steps: values are snapped to
 * those steps, so the table is what weightedKappa would count (it is asked directly for anything off the steps).
 */
function scalePairs(
  units: ScaleUnit[],
  coders: string[],
  steps: number[],
): { pairs: ScalePair[]; pairKappas: AgreementResult[] } {
  const pairs: ScalePair[] = [];
  const pairKappas: AgreementResult[] = [];
  // A value's step by arithmetic, confirmed against the step list (values were snapped to exactly these numbers).
  const first = steps[0] ?? 0;
  const width = steps.length > 1 ? (steps[1] as number) - first : 1;
  const stepOf = (v: number): number | undefined => {
    const k = Math.round((v - first) / width);
    return steps[k] === v ? k : undefined;
  };
  for (const [i, j] of pairsOf(coders.map((_, k) => k))) {
    const d: number[] = [];
    const table = steps.map(() => new Array<number>(steps.length).fill(0));
    let offStep = false;
    for (const u of units) {
      const a = u.row[i] ?? null;
      const b = u.row[j] ?? null;
      if (a === null || b === null) continue;
      d.push(a - b);
      const ka = stepOf(a);
      const kb = stepOf(b);
      if (ka === undefined || kb === undefined) offStep = true;
      else (table[ka] as number[])[kb]! += 1;
    }
    if (d.length === 0) continue;
    const bias = mean(d);
    const s = d.length >= 2 ? sd(d) : null;
    pairs.push({
      coderA: coders[i] as string,
      coderB: coders[j] as string,
      n: d.length,
      bias,
      sdDiff: s,
      loaLower: s === null ? null : bias - 1.96 * s,
      loaUpper: s === null ? null : bias + 1.96 * s,
    });
    pairKappas.push(
      offStep
        ? weightedKappa(
            units.map((u) => [u.row[i] ?? null, u.row[j] ?? null]),
            { weights: 'quadratic', categories: steps },
          )
        : kappaFromTable(table, 'quadratic', steps),
    );
  }
  return { pairs, pairKappas };
}

/** The pair's weighted kappa with two coders; with more, the mean over the pairs where it is defined. */
function pooledWeightedKappa(
  coders: string[],
  pairKappas: AgreementResult[],
  matrix: RatingCell[][],
  steps: number[],
  n: number,
): ScaleAgreement['weightedKappa'] {
  if (coders.length === 2)
    return {
      ...toStatistic(pairKappas[0] ?? weightedKappa(matrix, { weights: 'quadratic', categories: steps }), n),
      statistic: 'weighted-kappa',
    };
  if (coders.length < 2)
    return { ...nullStatistic('weighted kappa needs values from at least two coders', n), statistic: 'weighted-kappa' };
  const defined = pairKappas.filter((k) => k.value !== null).map((k) => k.value as number);
  return defined.length
    ? { ...valueStatistic(mean(defined), n), statistic: 'mean-pairwise-weighted-kappa' }
    : {
        ...nullStatistic(
          pairKappas.length
            ? `undefined for every coder pair (${firstReason(pairKappas)})`
            : 'no coder pair shares a transcript',
          n,
        ),
        statistic: 'mean-pairwise-weighted-kappa',
      };
}

/** Pooled agreement on one scale and target over the chosen transcripts. */
export function scaleAgreement(
  acc: ScaleAcc,
  coderIds: string[],
  transcriptIds: string[],
  tolerance: number,
): ScaleAgreement {
  const { scale, target } = acc;
  const coders = coderIds.filter((c) => [...acc.values.values()].some((m) => m.get(c)?.value != null));
  const { units, notRateableMismatches } = scaleUnits(acc, coders, transcriptIds);
  const matrix: RatingCell[][] = units.map((u) => u.row);
  const n = units.filter((u) => u.row.filter((v) => v !== null).length >= 2).length;
  const steps = scaleSteps(scale);

  // |a − b| over every pair of coders on a unit.
  const diffs: number[] = [];
  for (const u of units)
    for (let i = 0; i < u.row.length; i++) {
      const a = u.row[i] ?? null;
      if (a === null) continue;
      for (let j = i + 1; j < u.row.length; j++) {
        const b = u.row[j] ?? null;
        if (b !== null) diffs.push(Math.abs(a - b));
      }
    }
  const mad = diffs.length
    ? valueStatistic(mean(diffs), diffs.length)
    : nullStatistic('no transcript has values from two coders', 0);
  const within = diffs.length
    ? valueStatistic(diffs.filter((d) => d <= tolerance + EPS).length / diffs.length, diffs.length)
    : nullStatistic('no transcript has values from two coders', 0);

  const { pairs, pairKappas } = scalePairs(units, coders, steps);
  const iccInput = coders.length >= 2 ? matrix : [];
  return {
    scaleId: scale.id,
    label: scale.label,
    target,
    aggregate: scale.aggregate,
    min: scale.min,
    max: scale.max,
    step: scale.step,
    coders,
    n,
    iccA1: coders.length >= 2 ? iccStatistic(iccInput, '2,1') : noIcc('2,1'),
    iccC1: coders.length >= 2 ? iccStatistic(iccInput, '3,1') : noIcc('3,1'),
    weightedKappa: pooledWeightedKappa(coders, pairKappas, matrix, steps, n),
    meanAbsoluteDifference: mad,
    withinTolerance: { ...within, tolerance },
    notRateableMismatches,
    pairs,
    values: { transcriptIds: units.map((u) => u.t), rows: units.map((u) => u.row) },
    warning: smallNWarning(n, 'transcripts', 'agreement figure'),
  };
}
