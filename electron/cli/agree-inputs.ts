// The inputs of `attune agree`: a units × coders ratings table, a units × categories table of counts
// (--input counts) and a matrix of agreement weights (--weights-file). Each is checked cell by cell;
// the first problem in file order is a usage error naming its line and column. Cells are interned
// (a million rows hold a handful of distinct values), so each distinct value is classified once.
import type { RatingCell, RatingValue } from '../../shared/agreement/index.ts';
import { isDecimal, openCsv } from './agree-csv.ts';
import { internCells, type Interned } from './agree-intern.ts';
import type { AgreeOptions } from './agree-options.ts';
import { UsageError } from './cli-errors.ts';

/** The strings read as missing by default, besides the empty cell (R's write.csv writes NA). */
export const DEFAULT_NA = ['NA'];

export interface Ratings {
  ratings: RatingCell[][];
  coders: string[];
  categories?: RatingValue[];
  /** Cells read as missing: empty, or one of the --na strings. */
  missing: number;
}

function checkHeader(file: string, header: string[], what: string): string[] {
  if ((header[0] ?? '').toLowerCase() !== 'unit') {
    throw new UsageError(`${file} line 1: the first column must be "unit" (got "${header[0] ?? ''}")`);
  }
  const names = header.slice(1);
  if (names.length === 0) throw new UsageError(`${file} line 1: no ${what} columns after "unit"`);
  names.forEach((c, i) => {
    if (!c) throw new UsageError(`${file} line 1: ${what} column ${i + 2} has no name`);
    if (names.indexOf(c) !== i) throw new UsageError(`${file} line 1: ${what} column "${c}" appears twice`);
  });
  return names;
}

/** The earliest cell (in file order) among the values `bad` picks, with the reason it gives. */
function firstBad(interned: Interned, bad: (v: string) => string | null): { id: number; why: string } | null {
  let best: { id: number; why: string } | null = null;
  interned.values.forEach((v, id) => {
    const why = bad(v);
    if (why === null) return;
    if (
      !best ||
      (interned.firstRow[id] as number) < (interned.firstRow[best.id] as number) ||
      (interned.firstRow[id] === interned.firstRow[best.id] &&
        (interned.firstCol[id] as number) < (interned.firstCol[best.id] as number))
    )
      best = { id, why };
  });
  return best;
}

/** Why a value cannot be used by the metric (numbers needed, non-negative for ratio), or null. */
function numericProblem(opts: AgreeOptions, v: string): string | null {
  const needsNumbers = opts.metric === 'icc' || opts.level === 'interval' || opts.level === 'ratio';
  if (isDecimal(v)) {
    // "1e400" matches the pattern but is Infinity: no statistic can use it.
    if (!Number.isFinite(Number(v))) return `"${v}" is too large to be a rating`;
    if (opts.metric === 'krippendorff-alpha' && opts.level === 'ratio' && Number(v) < 0)
      return `"${v}" is negative (ratio krippendorff-alpha needs values of 0 or more)`;
    return null;
  }
  if (!needsNumbers) return null;
  const what = opts.metric === 'icc' ? 'icc' : `${opts.level} krippendorff-alpha`;
  return `"${v}" is not a number (${what} needs numeric values)`;
}

/** True when the metric's value depends on the order of the categories. */
export function orderedMetric(opts: AgreeOptions): boolean {
  if (opts.metric === 'krippendorff-alpha') return opts.level === 'ordinal';
  if (opts.metric === 'weighted-kappa' || opts.metric === 'gwet-ac2')
    return opts.weightsFile !== undefined || (opts.weights !== undefined && opts.weights !== 'identity');
  return false;
}

/**
 * Reads `unit,<coder>,…` ratings. Values become numbers when every value (and category) is numeric.
 * `categories` is the ordered set from --categories or the weights file, when there is one.
 */
export function readRatings(file: string, opts: AgreeOptions, categoryLabels?: readonly string[]): Ratings {
  const table = openCsv(file);
  const coders = checkHeader(file, table.header, 'coder');
  const m = coders.length;
  const twoCoder = opts.metric === 'cohen-kappa' || opts.metric === 'weighted-kappa' || opts.metric === 'scott-pi';
  const na = new Set(opts.na ?? DEFAULT_NA);
  const { ids, lines, units, interned, missing } = internCells(table, m, na);
  if (units === 0) throw new UsageError(`${file} has a header but no units`);
  if (twoCoder && m !== 2) {
    throw new UsageError(`${opts.metric} needs exactly 2 coder columns; ${file} has ${m} (${coders.join(', ')})`);
  }
  const used = new Uint8Array(m);
  for (let i = 0; i < units * m; i++) if ((ids[i] as number) >= 0) used[i % m] = 1;
  coders.forEach((c, j) => {
    if (!used[j]) throw new UsageError(`${file}: coder column "${c}" has no values`);
  });
  const where = (id: number): string =>
    `${file} line ${lines[interned.firstRow[id] as number]}, column "${coders[interned.firstCol[id] as number]}"`;
  const bad = firstBad(interned, (v) => numericProblem(opts, v));
  if (bad) throw new UsageError(`${where(bad.id)}: ${bad.why}`);

  const allNumeric = interned.values.every(isDecimal);
  const cats = categoryLabels ?? opts.categories;
  if (!allNumeric && !cats && orderedMetric(opts)) {
    const text = firstBad(interned, (v) => (isDecimal(v) ? null : 'text'));
    const v = interned.values[text?.id ?? 0];
    throw new UsageError(
      `${opts.metric}${opts.level ? ` --level ${opts.level}` : ''} depends on the order of the categories, but ${where(text?.id ?? 0)} holds "${v}", a text label: text has no natural order ("high" would come before "low" and "mid"), so give the order with --categories (e.g. --categories low,mid,high)`,
    );
  }
  const numeric = allNumeric && (!cats || cats.every(isDecimal));
  const categories = cats?.map((c) => (numeric ? Number(c) : c));
  if (numeric && categories && new Set(categories).size !== categories.length) {
    throw new UsageError('--categories lists the same number twice');
  }
  const value: RatingValue[] = interned.values.map((v) => (numeric ? Number(v) : v));
  if (categories) {
    const allowed = new Set<RatingValue>(categories);
    const outside = firstBad(interned, (v) => (allowed.has(numeric ? Number(v) : v) ? null : 'outside'));
    if (outside) {
      const source = categoryLabels ? `the categories of --weights-file` : `--categories ${cats?.join(',')}`;
      throw new UsageError(`${where(outside.id)}: "${interned.values[outside.id]}" is not one of ${source}`);
    }
  }
  const ratings: RatingCell[][] = new Array(units);
  for (let u = 0; u < units; u++) {
    const row: RatingCell[] = new Array(m);
    for (let j = 0; j < m; j++) {
      const id = ids[u * m + j] as number;
      row[j] = id < 0 ? null : (value[id] as RatingValue);
    }
    ratings[u] = row;
  }
  return { ratings, coders, missing, ...(categories ? { categories } : {}) };
}

export interface Counts {
  /** Row-major units × categories. */
  counts: Float64Array;
  units: number;
  categories: RatingValue[];
  missing: number;
}

/** Reads `unit,<category>,…` counts: how many coders chose each category for each unit. */
export function readCounts(file: string, opts: AgreeOptions): Counts {
  const table = openCsv(file);
  const labels = checkHeader(file, table.header, 'category');
  const q = labels.length;
  const na = new Set(opts.na ?? DEFAULT_NA);
  const values: number[] = [];
  let missing = 0;
  let units = 0;
  table.forEachRow((fields, line) => {
    for (let k = 0; k < q; k++) {
      const v = fields[k + 1] as string;
      if (v === '' || na.has(v)) {
        missing++;
        values.push(0);
        continue;
      }
      const x = Number(v);
      if (!isDecimal(v) || !Number.isFinite(x) || x < 0)
        throw new UsageError(
          `${file} line ${line}, column "${labels[k]}": "${v}" is not a count (a number of coders, 0 or more; fractions allowed)`,
        );
      values.push(x);
    }
    units++;
  });
  if (units === 0) throw new UsageError(`${file} has a header but no units`);
  const numeric = labels.every(isDecimal);
  return {
    counts: Float64Array.from(values),
    units,
    categories: labels.map((c) => (numeric ? Number(c) : c)),
    missing,
  };
}

/** Reads a square matrix of agreement weights whose first row and first column name the categories. */
export function readWeightsFile(file: string): { categories: string[]; weights: number[][] } {
  const table = openCsv(file);
  const categories = table.header.slice(1);
  const q = categories.length;
  if (q === 0) throw new UsageError(`${file} line 1: no category columns after the first`);
  categories.forEach((c, i) => {
    if (!c) throw new UsageError(`${file} line 1: category column ${i + 2} has no name`);
    if (categories.indexOf(c) !== i) throw new UsageError(`${file} line 1: category "${c}" appears twice`);
  });
  const weights: number[][] = [];
  table.forEachRow((fields, line) => {
    const k = weights.length;
    if (k >= q) throw new UsageError(`${file} line ${line}: more rows than the ${q} categories of the header`);
    if (fields[0] !== categories[k])
      throw new UsageError(
        `${file} line ${line}: the row names "${fields[0]}" where the header's order expects "${categories[k]}"`,
      );
    weights.push(
      categories.map((c, l) => {
        const v = fields[l + 1] as string;
        const x = Number(v);
        if (!isDecimal(v) || x < 0 || x > 1)
          throw new UsageError(`${file} line ${line}, column "${c}": "${v}" is not a weight between 0 and 1`);
        if (l === k && x !== 1)
          throw new UsageError(`${file} line ${line}, column "${c}": the diagonal weight is ${v}, but must be 1`);
        return x;
      }),
    );
  });
  if (weights.length < q) throw new UsageError(`${file}: ${weights.length} rows for the ${q} categories of the header`);
  return { categories, weights };
}
