// Reading the CSV inputs of `attune agree` and `attune agree-units`. Plain CSV (no quote character
// anywhere, which is what R's write.csv(quote = FALSE), SPSS and spreadsheets give for numbers and
// simple labels) takes a hand-rolled fast path: a million rows in a few hundred milliseconds. Quoted
// input goes through csv-parse. Both give the same rows, the same line numbers and the same errors:
// fields trimmed, blank lines skipped, a byte-order mark ignored, a ragged row named by its line.
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { readFailure, UsageError } from './cli-errors.ts';

/** One data row: its fields (trimmed) and the line of the file it ends on (1-based). */
export type RowVisitor = (fields: string[], line: number) => void;

export interface CsvTable {
  file: string;
  header: string[];
  /** Calls `visit` for every data row in file order; throws a UsageError at a ragged row. */
  forEachRow: (visit: RowVisitor) => void;
  /** Plain CSV only: the text, where the data rows begin, and the line before them (for scanners). */
  plain?: { text: string; start: number; line: number };
}

function readText(file: string): string {
  try {
    const text = readFileSync(file, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${readFailure(e)}`);
  }
}

export function ragged(file: string, line: number, got: number, want: number): UsageError {
  return new UsageError(`${file} line ${line}: ${got} fields, but the header has ${want}`);
}

/** The fast path: lines split on "\n" (a "\r" before it dropped), fields on ",". */
function plainTable(file: string, text: string): CsvTable {
  let pos = 0;
  let line = 0;
  const next = (): string | null => {
    while (pos < text.length) {
      let end = text.indexOf('\n', pos);
      if (end < 0) end = text.length;
      let s = text.slice(pos, end);
      pos = end + 1;
      line++;
      if (s.charCodeAt(s.length - 1) === 13) s = s.slice(0, -1);
      if (s.trim() !== '') return s;
    }
    return null;
  };
  const first = next();
  if (first === null) throw new UsageError(`${file} is empty: expected a header row`);
  const header = first.split(',').map((f) => f.trim());
  const width = header.length;
  return {
    file,
    header,
    plain: { text, start: pos, line },
    forEachRow: (visit) => {
      for (let s = next(); s !== null; s = next()) {
        const fields = s.split(',');
        if (fields.length !== width) throw ragged(file, line, fields.length, width);
        for (let i = 0; i < width; i++) {
          const f = fields[i] as string;
          // Trim only when needed: most fields have no surrounding space.
          const c0 = f.charCodeAt(0);
          const cn = f.charCodeAt(f.length - 1);
          if (c0 === 32 || c0 === 9 || cn === 32 || cn === 9) fields[i] = f.trim();
        }
        visit(fields, line);
      }
    },
  };
}

/** Quoted CSV: csv-parse, its own errors one line naming the line. */
function quotedTable(file: string, text: string): CsvTable {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parseCsv(text, {
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
  return {
    file,
    header,
    forEachRow: (visit) => {
      for (const r of rest) {
        // A line holding only spaces is a record of one empty field: blank, as on the fast path.
        if (r.record.length === 1 && r.record[0] === '') continue;
        if (r.record.length !== header.length) throw ragged(file, r.info.lines, r.record.length, header.length);
        visit(r.record, r.info.lines);
      }
    },
  };
}

/** Opens a CSV file: the fast path unless a quote character appears anywhere in it. */
export function openCsv(file: string): CsvTable {
  const text = readText(file);
  return text.includes('"') ? quotedTable(file, text) : plainTable(file, text);
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** A decimal number as written in a CSV cell ("1", "-2.5", "1e3"; not "0x1", "Infinity" or ""). */
export function isDecimal(s: string): boolean {
  return NUMBER.test(s);
}
