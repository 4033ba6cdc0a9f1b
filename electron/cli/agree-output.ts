// What `attune agree` and `attune agree-units` print: one JSON line (--json) or a plain table with the
// method's description. The wording and layout are part of the CLI's contract.
import {
  METRIC_DEFINITIONS,
  type AgreementResult,
  type RatingValue,
  type SpanOverlapResult,
  type UnitizingResult,
} from '../../shared/agreement/index.ts';
import { formatNumber, formatPValue, NOT_AVAILABLE } from '../../shared/reliability/format.ts';
import type { CliIo } from './cli-io.ts';

const fmt = (x: number | null | undefined, digits = 4): string => formatNumber(x, digits);

/** What `attune agree` reports: the engine's result and what the command knows around it. */
export interface Agreement {
  result: AgreementResult;
  /** Coder columns by name; null for a table of counts, which has no coders. */
  coders: string[] | null;
  /** Cells read as missing (empty or a --na string). */
  missing: number;
  /** The strings read as missing besides the empty cell. */
  naStrings: readonly string[];
  perCategory?: Array<{ category: RatingValue; value: number | null; reason?: string }> | undefined;
  maxKappa?: number | null;
}

interface H0 {
  z: number;
  p: number;
  method: string;
}
interface FTest {
  F: number | null;
  df1: number;
  df2: number;
  p: number | null;
}

/** Observed and expected agreement (p_o, p_e) or disagreement (D_o, D_e), whichever the statistic has. */
function observedExpected(d: Record<string, unknown>): { observed?: number; expected?: number; kind: string } {
  if (typeof d.observedDisagreement === 'number')
    return {
      observed: d.observedDisagreement,
      expected: d.expectedDisagreement as number,
      kind: 'disagreement',
    };
  const observed = typeof d.pa === 'number' ? d.pa : typeof d.po === 'number' ? d.po : undefined;
  const expected = typeof d.pe === 'number' ? d.pe : undefined;
  return {
    ...(observed !== undefined ? { observed } : {}),
    ...(expected !== undefined ? { expected } : {}),
    kind: 'agreement',
  };
}

function perCategoryLabel(metric: string): string {
  return metric === 'krippendorff-alpha' ? 'alpha' : 'specific agreement';
}

/** The plain-text report of one statistic: value, interval, the details the engine gave, then the method. */
export function printTable(io: CliIo, metricLabel: string, a: Agreement, definition: string): void {
  const r = a.result;
  const rows: Array<[string, string]> = [];
  rows.push(['Statistic', String(r.details?.statistic ?? metricLabel)]);
  rows.push(['Value', r.value === null ? 'undefined' : fmt(r.value)]);
  if (r.value === null) rows.push(['Reason', r.reason]);
  rows.push(['Units', String(r.units)]);
  rows.push(['Coders', a.coders ? `${a.coders.length} (${a.coders.join(', ')})` : 'not known (a table of counts)']);
  const na = a.naStrings.map((x) => `"${x}"`).join(', ');
  rows.push(['Missing cells', `${a.missing} (empty${na ? ` or ${na}` : ''})`]);
  if (r.value !== null) {
    if (r.se !== undefined) rows.push(['Std. error', fmt(r.se)]);
    if (r.ci) rows.push(['95% CI', `${fmt(r.ci.lower)} to ${fmt(r.ci.upper)} (${r.ci.method})`]);
  }
  const d = r.details ?? {};
  const oe = observedExpected(d);
  if (oe.observed !== undefined) rows.push([`Observed ${oe.kind}`, fmt(oe.observed)]);
  if (oe.expected !== undefined)
    rows.push([oe.kind === 'agreement' ? 'Chance agreement' : 'Expected disagreement', fmt(oe.expected)]);
  if (a.maxKappa !== undefined) rows.push(['Maximum kappa', fmt(a.maxKappa)]);
  const h0 = d.nullHypothesis as H0 | undefined;
  if (h0) rows.push(['Test of 0', `z = ${fmt(h0.z, 3)}, p = ${formatPValue(h0.p)} (${h0.method})`]);
  const f = d.fTest as FTest | undefined;
  if (f)
    rows.push([
      'F test (ICC = 0)',
      f.F === null ? 'undefined' : `F(${f.df1}, ${f.df2}) = ${fmt(f.F, 3)}, p = ${formatPValue(f.p)}`,
    ]);
  if (typeof d.model === 'string') rows.push(['Model', d.model]);
  if (typeof d.ciNote === 'string') rows.push(['Note', d.ciNote]);
  if (typeof d.unitsDroppedForMissingValues === 'number' && d.unitsDroppedForMissingValues > 0)
    rows.push([
      'Units dropped',
      `${d.unitsDroppedForMissingValues} (missing ratings; ${metricLabel === 'icc' ? 'ICC' : 'this statistic'} needs complete units)`,
    ]);
  for (const c of a.perCategory ?? [])
    rows.push([
      `  ${String(c.category)}`,
      `${perCategoryLabel(metricLabel)} ${fmt(c.value)}${c.value === null ? ` (${c.reason ?? 'no pairs in this category'})` : ''}`,
    ]);
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) io.stdout(`${k.padEnd(width)}  ${v}`);
  io.stdout('');
  io.stdout(`Method: ${definition}`);
}

/**
 * `attune agree --json`: metric, value, units, coders (names), then reason (no value), se, ci or
 * ci_reason, z and p (test of 0; p of the F test for icc, with F, df1, df2), observed, expected,
 * missing, categories (--per-category) and max_kappa (--max-kappa), each where it is defined.
 */
export function printAgreeJson(io: CliIo, metric: string, a: Agreement): void {
  const r = a.result;
  const d = r.details ?? {};
  const out: Record<string, unknown> = { metric, value: r.value, units: r.units, coders: a.coders };
  if (r.value === null) out.reason = r.reason;
  else {
    if (r.se !== undefined) out.se = r.se;
    if (r.ci) out.ci = r.ci;
    else if (typeof d.ciNote === 'string') out.ci_reason = d.ciNote;
  }
  const h0 = d.nullHypothesis as H0 | undefined;
  if (h0) {
    out.z = h0.z;
    out.p = h0.p;
  }
  const f = d.fTest as FTest | undefined;
  if (f && f.F !== null) {
    out.F = f.F;
    out.df1 = f.df1;
    out.df2 = f.df2;
    out.p = f.p;
  }
  const oe = observedExpected(d);
  if (oe.observed !== undefined) out.observed = oe.observed;
  if (oe.expected !== undefined) out.expected = oe.expected;
  out.missing = a.missing;
  if (a.perCategory) {
    const cats: Record<string, number | null> = {};
    for (const c of a.perCategory) cats[String(c.category)] = c.value;
    out.categories = cats;
  }
  if (a.maxKappa !== undefined) out.max_kappa = a.maxKappa;
  io.stdout(JSON.stringify(out));
}

/** `attune agree-units --json`: unitizing alpha per category and overall, and the coders counted. */
export function printUnitsJson(io: CliIo, r: UnitizingResult, coders: readonly string[]): void {
  const categories: Record<string, number | null> = {};
  for (const [c, v] of Object.entries(r.categories)) categories[c] = v.value;
  io.stdout(JSON.stringify({ metric: 'unitizing-alpha', categories, value: r.overall.value, coders }));
}

/** `attune agree-units`: unitizing alpha and F1 at overlap 0.5 per category, the reasons for missing values. */
export function printUnitsTable(
  io: CliIo,
  r: UnitizingResult,
  overlap: SpanOverlapResult,
  length: number,
  coders: string[],
): void {
  const names = Object.keys(r.categories);
  const w = Math.max(8, ...names.map((n) => n.length));
  io.stdout(
    `Krippendorff's unitizing alpha on a continuum of ${length} characters, ${coders.length} coders (${coders.join(', ')})`,
  );
  io.stdout('');
  io.stdout(`${'Category'.padEnd(w)}  ${'u-alpha'.padStart(8)}  ${'spans'.padStart(6)}  ${'F1@0.5'.padStart(7)}`);
  const row = (name: string, res: AgreementResult, f1: number | null | undefined): void =>
    io.stdout(
      `${name.padEnd(w)}  ${formatNumber(res.value, 4, NOT_AVAILABLE).padStart(8)}  ${String(res.units).padStart(6)}  ${formatNumber(f1, 3, NOT_AVAILABLE).padStart(7)}`,
    );
  for (const n of names) row(n, r.categories[n] as AgreementResult, overlap.byCategory[n]?.f1);
  row('(all)', r.overall, overlap.overall.f1);
  for (const n of names) {
    const res = r.categories[n];
    if (res && res.value === null) io.stdout(`  ${n}: ${res.reason}`);
  }
  io.stdout('');
  io.stdout(`Method: ${METRIC_DEFINITIONS['unitizing-alpha'].description}`);
  io.stdout(`F1@0.5: ${METRIC_DEFINITIONS['span-overlap'].description}`);
}
