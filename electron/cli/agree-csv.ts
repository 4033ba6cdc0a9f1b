// The CSV inputs of `attune agree` (units × coders ratings) and `attune agree-units` (coded spans):
// read with csv-parse, checked row by row, every problem a usage error naming the line and column.
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import type { RatingCell, RatingValue, Span } from '../../shared/agreement/index.ts';
import type { AgreeOptions } from './agree-options.ts';
import { readFailure, UsageError } from './cli-errors.ts';

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
export function readRatings(
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

/** Reads `coder,start,end,category` spans and checks them against the continuum [0, length). */
export function readSpans(file: string, length: number): Span[] {
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
