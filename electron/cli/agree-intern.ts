// The cells of a ratings table as interned ids: a million rows hold a handful of distinct values,
// so each distinct value is stored (and later classified) once. Plain CSV is scanned character by
// character, and a whole number of up to six digits is looked up by its value without making a
// string; anything else takes the general path. Both give the same ids, lines and errors.
import { ragged, type CsvTable } from './agree-csv.ts';

export interface Interned {
  values: string[];
  /** Row index and column (0-based, coder columns) where each value first appears. */
  firstRow: number[];
  firstCol: number[];
}

export interface Cells {
  /** ids[u * m + j]: the value of coder j on unit u; −1 when missing. */
  ids: Int32Array;
  /** The line of each unit's row. */
  lines: Int32Array;
  units: number;
  interned: Interned;
  missing: number;
}

const SMALL = 1_000_000;

class Builder {
  ids: Int32Array;
  lines: Int32Array;
  units = 0;
  missing = 0;
  readonly interned: Interned = { values: [], firstRow: [], firstCol: [] };
  private readonly index = new Map<string, number>();
  private small: Int32Array | null = null;

  constructor(
    private readonly m: number,
    private readonly na: ReadonlySet<string>,
  ) {
    this.ids = new Int32Array(1024 * m);
    this.lines = new Int32Array(1024);
  }

  /** Starts a row: grows the arrays when full. */
  row(line: number): number {
    if (this.units === this.lines.length) {
      const ids = new Int32Array(this.ids.length * 2);
      ids.set(this.ids);
      this.ids = ids;
      const lines = new Int32Array(this.lines.length * 2);
      lines.set(this.lines);
      this.lines = lines;
    }
    this.lines[this.units] = line;
    return this.units++;
  }

  /** The id of a cell's text (trimmed); −1 for a missing one. */
  cell(v: string, u: number, j: number): void {
    if (v === '' || this.na.has(v)) {
      this.ids[u * this.m + j] = -1;
      this.missing++;
      return;
    }
    let id = this.index.get(v);
    if (id === undefined) {
      id = this.interned.values.length;
      this.index.set(v, id);
      this.interned.values.push(v);
      this.interned.firstRow.push(u);
      this.interned.firstCol.push(j);
    }
    this.ids[u * this.m + j] = id;
  }

  /** A whole number written without sign or leading zero: its id, by value. */
  smallInt(value: number, text: string, from: number, to: number, u: number, j: number): void {
    const table = (this.small ??= new Int32Array(SMALL).fill(-1));
    const id = table[value] as number;
    if (id < 0) {
      this.cell(text.slice(from, to), u, j);
      table[value] = this.ids[u * this.m + j] as number;
      return;
    }
    this.ids[u * this.m + j] = id;
  }
}

/** Scans plain CSV text: fields between commas, the first (the unit) skipped. */
function scanPlain(table: CsvTable, b: Builder, m: number, fastDigits: boolean): void {
  const { text, start } = table.plain as NonNullable<CsvTable['plain']>;
  let line = (table.plain as NonNullable<CsvTable['plain']>).line;
  const len = text.length;
  let pos = start;
  while (pos < len) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = len;
    let stop = end;
    if (stop > pos && text.charCodeAt(stop - 1) === 13) stop--;
    line++;
    let p = pos;
    while (p < stop && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
    if (p === stop) {
      pos = end + 1;
      continue;
    }
    const u = b.row(line);
    let f = 0;
    let fs = pos;
    for (let i = pos; i <= stop; i++) {
      if (i < stop && text.charCodeAt(i) !== 44) continue;
      if (f >= 1 && f <= m) {
        const j = f - 1;
        const n = i - fs;
        let value = -1;
        if (fastDigits && n >= 1 && n <= 6 && (n === 1 || text.charCodeAt(fs) !== 48)) {
          value = 0;
          for (let k = fs; k < i; k++) {
            const c = text.charCodeAt(k) - 48;
            if (c < 0 || c > 9) {
              value = -1;
              break;
            }
            value = value * 10 + c;
          }
        }
        if (value >= 0) b.smallInt(value, text, fs, i, u, j);
        else b.cell(text.slice(fs, i).trim(), u, j);
      }
      f++;
      fs = i + 1;
    }
    if (f !== m + 1) throw ragged(table.file, line, f, m + 1);
    pos = end + 1;
  }
}

/** Reads the coder columns of every row into interned ids (−1 = missing). */
export function internCells(table: CsvTable, m: number, na: ReadonlySet<string>): Cells {
  const b = new Builder(m, na);
  if (table.plain) {
    // A digits-only --na string would be missed by the lookup by value.
    const fastDigits = ![...na].some((s) => /^\d+$/.test(s));
    scanPlain(table, b, m, fastDigits);
  } else
    table.forEachRow((fields, line) => {
      const u = b.row(line);
      for (let j = 0; j < m; j++) b.cell(fields[j + 1] as string, u, j);
    });
  return { ids: b.ids, lines: b.lines, units: b.units, interned: b.interned, missing: b.missing };
}
