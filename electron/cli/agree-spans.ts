// The input of `attune agree-units`: coded spans `coder,start,end,category` on a continuum [0, L).
// A row with a coder and empty start, end and category says "this coder took part" (and marked
// nothing, or nothing more): such a coder counts in unitizing alpha, which would be inflated without.
import type { Span } from '../../shared/agreement/index.ts';
import { openCsv } from './agree-csv.ts';
import { UsageError } from './cli-errors.ts';

export interface SpansInput {
  spans: Span[];
  /** Every coder who took part, in order of first appearance (or as --coders lists them). */
  coders: string[];
}

/** Reads spans, checks them against [0, length), and settles the coder set. */
export function readSpans(file: string, length: number, listed?: readonly string[]): SpansInput {
  const table = openCsv(file);
  const expected = ['coder', 'start', 'end', 'category'];
  const { header } = table;
  if (header.length !== 4 || header.some((h, i) => h.toLowerCase() !== expected[i])) {
    throw new UsageError(`${file} line 1: the header must be coder,start,end,category (got ${header.join(',')})`);
  }
  const spans: Span[] = [];
  const seen: string[] = [];
  const seenSet = new Set<string>();
  const listedSet = listed ? new Set(listed) : null;
  table.forEachRow((record, line) => {
    const [coder = '', start = '', end = '', category = ''] = record;
    if (!coder) throw new UsageError(`${file} line ${line}: the coder is empty`);
    if (listedSet && !listedSet.has(coder))
      throw new UsageError(`${file} line ${line}: coder "${coder}" is not in --coders ${[...listedSet].join(',')}`);
    if (!seenSet.has(coder)) {
      seenSet.add(coder);
      seen.push(coder);
    }
    if (start === '' && end === '' && category === '') return; // took part; no span on this row
    if (!category) throw new UsageError(`${file} line ${line}: the category is empty`);
    if (!/^\d+$/.test(start))
      throw new UsageError(`${file} line ${line}, column "start": "${start}" is not a whole number of characters`);
    if (!/^\d+$/.test(end))
      throw new UsageError(`${file} line ${line}, column "end": "${end}" is not a whole number of characters`);
    const s = Number(start);
    const e = Number(end);
    if (e < s) throw new UsageError(`${file} line ${line}: the span [${s}, ${e}) is reversed`);
    if (e > length)
      throw new UsageError(`${file} line ${line}: the span [${s}, ${e}) lies outside the continuum [0, ${length})`);
    spans.push({ coder, start: s, end: e, category });
  });
  return { spans, coders: listed ? [...listed] : seen };
}
