// `attune agree` and `attune agree-units`: inter-rater agreement from CSV files, on the shared
// agreement engine. Labs script these commands, so the input rules, the JSON shape and the exit
// status (0 ok, 2 bad input) are a contract: see the tests.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import {
  brennanPrediger,
  cohenKappa,
  fleissKappa,
  gwetAC1,
  icc,
  ICC_FORMS,
  krippendorffAlpha,
  METRIC_DEFINITIONS,
  percentAgreement,
  scottPi,
  spanOverlap,
  unitizingAlpha,
  weightedKappa,
  type AgreementResult,
  type RatingCell,
  type RatingValue,
  type Span,
} from '../../shared/agreement/index.ts';
import { formatNumber, formatPValue, NOT_AVAILABLE } from '../../shared/reliability/format.ts';
import { readFailure, UsageError } from './cli-errors.ts';
import type { CliIo } from './cli-io.ts';

export { UsageError } from './cli-errors.ts';
export type { CliIo } from './cli-io.ts';

const METRICS = [
  'percent-agreement',
  'cohen-kappa',
  'weighted-kappa',
  'scott-pi',
  'fleiss-kappa',
  'krippendorff-alpha',
  'brennan-prediger',
  'gwet-ac1',
  'icc',
] as const;
type Metric = (typeof METRICS)[number];

const AGREE_USAGE =
  'attune agree FILE.csv --metric METRIC [--weights linear|quadratic] [--level nominal|ordinal|interval|ratio] [--form 1,1|2,1|3,1|1,k|2,k|3,k] [--categories a,b,c] [--resamples N] [--seed N] [--json]';
const UNITS_USAGE = 'attune agree-units FILE.csv --length N [--json]';

/** Default bootstrap size for alpha's interval (Hayes & Krippendorff recommend ≥ 1,000). */
const DEFAULT_RESAMPLES = 1000;

const integerString = (what: string) =>
  z
    .string()
    .regex(/^\d+$/, `${what} must be a whole number`)
    .transform((s) => Number(s));

const AgreeOptions = z
  .object({
    metric: z.enum(METRICS, {
      error: (i) =>
        i.input === undefined
          ? '--metric is required'
          : `unknown metric "${String(i.input)}" (one of ${METRICS.join(', ')})`,
    }),
    weights: z
      .enum(['linear', 'quadratic'], {
        error: (i) => `--weights must be linear or quadratic (got "${String(i.input)}")`,
      })
      .optional(),
    level: z
      .enum(['nominal', 'ordinal', 'interval', 'ratio'], {
        error: (i) => `--level must be nominal, ordinal, interval or ratio (got "${String(i.input)}")`,
      })
      .optional(),
    form: z
      .enum(ICC_FORMS as unknown as ['1,1', '2,1', '3,1', '1,k', '2,k', '3,k'], {
        error: (i) => `--form must be one of ${ICC_FORMS.join(' | ')} (got "${String(i.input)}")`,
      })
      .optional(),
    categories: z
      .string()
      .transform((s) => s.split(',').map((c) => c.trim()))
      .refine((cs) => cs.every((c) => c.length > 0), '--categories has an empty category')
      .refine((cs) => new Set(cs).size === cs.length, '--categories lists a category twice')
      .optional(),
    resamples: integerString('--resamples')
      .pipe(z.number().max(1_000_000, '--resamples is at most 1000000'))
      .optional(),
    seed: integerString('--seed').optional(),
    json: z.boolean().optional(),
  })
  .superRefine((o, ctx) => {
    const fail = (message: string): void => ctx.addIssue({ code: 'custom', message });
    if (o.metric === 'weighted-kappa' && !o.weights) fail('weighted-kappa needs --weights linear|quadratic');
    if (o.metric !== 'weighted-kappa' && o.weights) fail('--weights applies only to --metric weighted-kappa');
    if (o.metric === 'krippendorff-alpha' && !o.level)
      fail('krippendorff-alpha needs --level nominal|ordinal|interval|ratio');
    if (o.metric !== 'krippendorff-alpha' && o.level) fail('--level applies only to --metric krippendorff-alpha');
    if (o.metric === 'icc' && !o.form) fail(`icc needs --form ${ICC_FORMS.join('|')}`);
    if (o.metric !== 'icc' && o.form) fail('--form applies only to --metric icc');
    if (o.metric !== 'krippendorff-alpha' && (o.resamples !== undefined || o.seed !== undefined))
      fail('--resamples and --seed apply only to --metric krippendorff-alpha');
    const numeric = o.metric === 'icc' || o.level === 'interval' || o.level === 'ratio';
    if (o.categories && numeric)
      fail(
        `--categories does not apply to ${o.metric === 'icc' ? 'icc' : `${o.level} alpha`}, which uses the numbers themselves`,
      );
  });
type AgreeOptions = z.infer<typeof AgreeOptions>;

/** Tokenises the command line (strict: unknown options are errors), then validates with zod. */
function parseCommandLine(
  args: string[],
  options: Record<string, { type: 'string' | 'boolean' }>,
  usage: string,
): { file: string; values: Record<string, string | boolean | undefined> } {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split(/\.\s/)[0]} (usage: ${usage})`);
  }
  const [file, ...rest] = parsed.positionals;
  if (!file) throw new UsageError(`missing FILE.csv (usage: ${usage})`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}" (usage: ${usage})`);
  return { file, values: parsed.values as Record<string, string | boolean | undefined> };
}

function zodMessage(e: z.ZodError): string {
  const issue = e.issues[0];
  return issue ? issue.message : 'invalid options';
}

interface CsvRow {
  record: string[];
  line: number;
}

/** Reads a CSV file; csv-parse's own errors become one-line usage errors naming the line. */
function readCsv(file: string): { header: string[]; rows: CsvRow[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${readFailure(e)}`);
  }
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parseCsv(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as typeof records;
  } catch (e) {
    throw new UsageError(`${file}: ${(e as Error).message.split('\n')[0]}`);
  }
  const [first, ...rest] = records;
  if (!first) throw new UsageError(`${file} is empty: expected a header row`);
  const header = first.record;
  const rows = rest.map((r) => ({ record: r.record, line: r.info.lines }));
  for (const r of rows) {
    if (r.record.length !== header.length) {
      throw new UsageError(`${file} line ${r.line}: ${r.record.length} fields, but the header has ${header.length}`);
    }
  }
  return { header, rows };
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** Reads `unit,<coder>,…` ratings. Values become numbers when every value (and category) is numeric. */
function readRatings(
  file: string,
  opts: AgreeOptions,
): { ratings: RatingCell[][]; coders: string[]; categories?: RatingValue[] } {
  const { header, rows } = readCsv(file);
  if ((header[0] ?? '').toLowerCase() !== 'unit') {
    throw new UsageError(`${file} line 1: the first column must be "unit" (got "${header[0] ?? ''}")`);
  }
  const coders = header.slice(1);
  if (coders.length === 0) throw new UsageError(`${file} line 1: no coder columns after "unit"`);
  coders.forEach((c, i) => {
    if (!c) throw new UsageError(`${file} line 1: coder column ${i + 2} has no name`);
    if (coders.indexOf(c) !== i) throw new UsageError(`${file} line 1: coder column "${c}" appears twice`);
  });
  if (rows.length === 0) throw new UsageError(`${file} has a header but no units`);
  const twoCoder = opts.metric === 'cohen-kappa' || opts.metric === 'weighted-kappa' || opts.metric === 'scott-pi';
  if (twoCoder && coders.length !== 2) {
    throw new UsageError(
      `${opts.metric} needs exactly 2 coder columns; ${file} has ${coders.length} (${coders.join(', ')})`,
    );
  }
  // Every coder column must carry at least one value.
  coders.forEach((c, j) => {
    if (!rows.some((r) => (r.record[j + 1] ?? '') !== ''))
      throw new UsageError(`${file}: coder column "${c}" has no values`);
  });
  const needsNumbers = opts.metric === 'icc' || opts.level === 'interval' || opts.level === 'ratio';
  let allNumeric = true;
  for (const r of rows) {
    for (let j = 1; j < r.record.length; j++) {
      const v = r.record[j] ?? '';
      if (v === '') continue;
      if (NUMBER.test(v)) {
        // "1e400" matches the pattern but is Infinity: no statistic can use it.
        if (!Number.isFinite(Number(v)))
          throw new UsageError(`${file} line ${r.line}, column "${header[j]}": "${v}" is too large to be a rating`);
        if (opts.metric === 'krippendorff-alpha' && opts.level === 'ratio' && Number(v) < 0)
          throw new UsageError(
            `${file} line ${r.line}, column "${header[j]}": "${v}" is negative (ratio krippendorff-alpha needs values of 0 or more)`,
          );
        continue;
      }
      if (needsNumbers) {
        const what = opts.metric === 'icc' ? 'icc' : `${opts.level} krippendorff-alpha`;
        throw new UsageError(
          `${file} line ${r.line}, column "${header[j]}": "${v}" is not a number (${what} needs numeric values)`,
        );
      }
      allNumeric = false;
    }
  }
  const cats = opts.categories;
  const numeric = allNumeric && (!cats || cats.every((c) => NUMBER.test(c)));
  const categories = cats?.map((c) => (numeric ? Number(c) : c));
  if (numeric && categories && new Set(categories).size !== categories.length) {
    throw new UsageError('--categories lists the same number twice');
  }
  const allowed = categories ? new Set<RatingValue>(categories) : null;
  const ratings = rows.map((r) =>
    r.record.slice(1).map((v, j): RatingCell => {
      if (v === '') return null;
      const value: RatingValue = numeric ? Number(v) : v;
      if (allowed && !allowed.has(value)) {
        throw new UsageError(
          `${file} line ${r.line}, column "${coders[j]}": "${v}" is not one of --categories ${cats?.join(',')}`,
        );
      }
      return value;
    }),
  );
  return { ratings, coders, ...(categories ? { categories } : {}) };
}

function compute(opts: AgreeOptions, ratings: RatingCell[][], categories: RatingValue[] | undefined): AgreementResult {
  const cat = categories ? { categories } : {};
  switch (opts.metric as Metric) {
    case 'percent-agreement':
      return percentAgreement(ratings);
    case 'cohen-kappa':
      return cohenKappa(ratings, cat);
    case 'weighted-kappa':
      return weightedKappa(ratings, { weights: opts.weights ?? 'linear', ...cat });
    case 'scott-pi':
      return scottPi(ratings, cat);
    case 'fleiss-kappa':
      return fleissKappa(ratings, cat);
    case 'brennan-prediger':
      return brennanPrediger(ratings, cat);
    case 'gwet-ac1':
      return gwetAC1(ratings, cat);
    case 'krippendorff-alpha': {
      const resamples = opts.resamples ?? DEFAULT_RESAMPLES;
      return krippendorffAlpha(ratings, {
        level: opts.level ?? 'nominal',
        ...cat,
        ...(resamples > 0 ? { bootstrap: { resamples, seed: opts.seed ?? 1 } } : {}),
      });
    }
    case 'icc':
      return icc(ratings, { form: opts.form ?? '2,1' });
  }
}

const fmt = (x: number | null | undefined, digits = 4): string => formatNumber(x, digits);

function printTable(io: CliIo, metricLabel: string, r: AgreementResult, definition: string): void {
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

function runUserCommand(io: CliIo, body: () => number): number {
  try {
    return body();
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`attune: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

/** `attune agree FILE.csv --metric METRIC [options] [--json]`. Returns the exit status. */
export async function agreeCommand(args: string[], io: CliIo): Promise<number> {
  return runUserCommand(io, () => {
    const { file, values } = parseCommandLine(
      args,
      {
        metric: { type: 'string' },
        weights: { type: 'string' },
        level: { type: 'string' },
        form: { type: 'string' },
        categories: { type: 'string' },
        resamples: { type: 'string' },
        seed: { type: 'string' },
        json: { type: 'boolean' },
      },
      AGREE_USAGE,
    );
    const checked = AgreeOptions.safeParse(values);
    if (!checked.success) throw new UsageError(`${zodMessage(checked.error)} (usage: ${AGREE_USAGE})`);
    const opts = checked.data;
    const { ratings, categories } = readRatings(file, opts);
    const result = compute(opts, ratings, categories);
    if (opts.json) {
      const out: Record<string, unknown> = {
        metric: opts.metric,
        value: result.value,
        units: result.units,
        coders: result.coders,
      };
      if (result.value === null) out.reason = result.reason;
      else if (result.ci) out.ci = result.ci;
      io.stdout(JSON.stringify(out));
    } else {
      const defKey = opts.metric;
      printTable(io, opts.metric, result, METRIC_DEFINITIONS[defKey].description);
    }
    return 0;
  });
}

/** Reads `coder,start,end,category` spans and checks them against the continuum [0, length). */
function readSpans(file: string, length: number): Span[] {
  const { header, rows } = readCsv(file);
  const expected = ['coder', 'start', 'end', 'category'];
  if (header.length !== 4 || header.some((h, i) => h.toLowerCase() !== expected[i])) {
    throw new UsageError(`${file} line 1: the header must be coder,start,end,category (got ${header.join(',')})`);
  }
  return rows.map(({ record, line }) => {
    const [coder = '', start = '', end = '', category = ''] = record;
    if (!coder) throw new UsageError(`${file} line ${line}: the coder is empty`);
    if (!category) throw new UsageError(`${file} line ${line}: the category is empty`);
    if (!/^\d+$/.test(start))
      throw new UsageError(`${file} line ${line}, column "start": "${start}" is not a whole number of characters`);
    if (!/^\d+$/.test(end))
      throw new UsageError(`${file} line ${line}, column "end": "${end}" is not a whole number of characters`);
    const s = Number(start);
    const e = Number(end);
    if (e <= s) throw new UsageError(`${file} line ${line}: the span [${s}, ${e}) is empty or reversed`);
    if (e > length)
      throw new UsageError(`${file} line ${line}: the span [${s}, ${e}) lies outside the continuum [0, ${length})`);
    return { coder, start: s, end: e, category };
  });
}

const UnitsOptions = z.object({
  length: z
    .string({ error: (i) => (i.input === undefined ? '--length is required' : '--length must be a number') })
    .regex(/^\d+$/, '--length must be a positive whole number of characters')
    .transform(Number)
    .pipe(z.number().min(1, '--length must be at least 1')),
  json: z.boolean().optional(),
});

/** `attune agree-units FILE.csv --length N [--json]`. Returns the exit status. */
export async function agreeUnitsCommand(args: string[], io: CliIo): Promise<number> {
  return runUserCommand(io, () => {
    const { file, values } = parseCommandLine(
      args,
      { length: { type: 'string' }, json: { type: 'boolean' } },
      UNITS_USAGE,
    );
    const checked = UnitsOptions.safeParse(values);
    if (!checked.success) throw new UsageError(`${zodMessage(checked.error)} (usage: ${UNITS_USAGE})`);
    const { length, json } = checked.data;
    const spans = readSpans(file, length);
    const coders = [...new Set(spans.map((s) => s.coder))];
    if (coders.length < 2)
      throw new UsageError(`${file}: unitizing alpha needs spans from at least two coders (found ${coders.length})`);
    const r = unitizingAlpha(spans, { length, coders });
    if (json) {
      const categories: Record<string, number | null> = {};
      for (const [c, v] of Object.entries(r.categories)) categories[c] = v.value;
      io.stdout(JSON.stringify({ metric: 'unitizing-alpha', categories, value: r.overall.value }));
      return 0;
    }
    const overlap = spanOverlap(spans, { length, coders, threshold: 0.5 });
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
    return 0;
  });
}
