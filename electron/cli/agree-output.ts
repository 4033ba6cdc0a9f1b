// What `attune agree` and `attune agree-units` print: one JSON line (--json) or a plain table with the
// method's description. The wording and layout are part of the CLI's contract.
import {
  METRIC_DEFINITIONS,
  type AgreementResult,
  type SpanOverlapResult,
  type UnitizingResult,
} from '../../shared/agreement/index.ts';
import { formatNumber, formatPValue, NOT_AVAILABLE } from '../../shared/reliability/format.ts';
import type { CliIo } from './cli-io.ts';

const fmt = (x: number | null | undefined, digits = 4): string => formatNumber(x, digits);

/** The plain-text report of one statistic: value, interval, the details the engine gave, then the method. */
export function printTable(io: CliIo, metricLabel: string, r: AgreementResult, definition: string): void {
  const rows: Array<[string, string]> = [];
  rows.push(['Statistic', String(r.details?.statistic ?? metricLabel)]);
  rows.push(['Value', r.value === null ? 'undefined' : fmt(r.value)]);
  if (r.value === null) rows.push(['Reason', r.reason]);
  rows.push(['Units', String(r.units)]);
  rows.push(['Coders', String(r.coders)]);
  if (r.value !== null) {
    if (r.se !== undefined) rows.push(['Std. error', fmt(r.se)]);
    if (r.ci) rows.push(['95% CI', `${fmt(r.ci.lower)} to ${fmt(r.ci.upper)} (${r.ci.method})`]);
  }
  const d = r.details ?? {};
  if (typeof d.pa === 'number') rows.push(['Observed agreement', fmt(d.pa)]);
  if (typeof d.po === 'number') rows.push(['Observed agreement', fmt(d.po)]);
  if (typeof d.pe === 'number') rows.push(['Chance agreement', fmt(d.pe)]);
  if (typeof d.observedDisagreement === 'number') rows.push(['Observed disagreement', fmt(d.observedDisagreement)]);
  if (typeof d.expectedDisagreement === 'number') rows.push(['Expected disagreement', fmt(d.expectedDisagreement)]);
  const h0 = d.nullHypothesis as { z: number; p: number; method: string } | undefined;
  if (h0) rows.push(['Test of 0', `z = ${fmt(h0.z, 3)}, p = ${formatPValue(h0.p)} (${h0.method})`]);
  const f = d.fTest as { F: number | null; df1: number; df2: number; p: number | null } | undefined;
  if (f)
    rows.push([
      'F test (ICC = 0)',
      f.F === null ? 'undefined' : `F(${f.df1}, ${f.df2}) = ${fmt(f.F, 3)}, p = ${formatPValue(f.p)}`,
    ]);
  if (typeof d.model === 'string') rows.push(['Model', d.model]);
  if (typeof d.ciNote === 'string') rows.push(['Note', d.ciNote]);
  if (typeof d.unitsDroppedForMissingValues === 'number' && d.unitsDroppedForMissingValues > 0)
    rows.push(['Units dropped', `${d.unitsDroppedForMissingValues} (missing ratings; ICC needs complete units)`]);
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) io.stdout(`${k.padEnd(width)}  ${v}`);
  io.stdout('');
  io.stdout(`Method: ${definition}`);
}

/** `attune agree --json`: metric, value, units, coders, and the reason (no value) or the interval. */
export function printAgreeJson(io: CliIo, metric: string, result: AgreementResult): void {
  const out: Record<string, unknown> = {
    metric,
    value: result.value,
    units: result.units,
    coders: result.coders,
  };
  if (result.value === null) out.reason = result.reason;
  else if (result.ci) out.ci = result.ci;
  io.stdout(JSON.stringify(out));
}

/** `attune agree-units --json`: unitizing alpha per category and overall. */
export function printUnitsJson(io: CliIo, r: UnitizingResult): void {
  const categories: Record<string, number | null> = {};
  for (const [c, v] of Object.entries(r.categories)) categories[c] = v.value;
  io.stdout(JSON.stringify({ metric: 'unitizing-alpha', categories, value: r.overall.value }));
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
