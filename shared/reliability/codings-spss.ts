// SPSS syntax (.sps) that reads a codings CSV as Attune writes it: UTF-8, comma-delimited, double-quote
// qualified, header on line 1, NA for missing. Numeric columns are read as text first and converted, so
// an "NA" becomes system-missing without a warning per cell. Checked by running it through GNU PSPP.

/** What the syntax needs to know of one CSV column. */
export interface SpssColumn {
  name: string;
  type: 'text' | 'number';
  /** Text: the longest value in UTF-8 bytes. Number: the most decimals seen. */
  width: number;
  label: string;
}

export interface SpssValueLabels {
  /** Variables (column names) the labels apply to. */
  variables: string[];
  type: 'text' | 'number';
  labels: ReadonlyArray<readonly [string | number, string]>;
}

/** UTF-8 length (shared/ has no TextEncoder: it runs without DOM or Node types). */
function bytes(s: string): number {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return s.length;
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** At most `max` UTF-8 bytes, never cutting a character in two. */
function clip(s: string, max: number): string {
  if (bytes(s) <= max) return s;
  let out = '';
  for (const ch of s) {
    if (bytes(out + ch) > max - 3) break;
    out += ch;
  }
  return `${out}...`;
}

/**
 * A quoted SPSS string: apostrophes doubled, line breaks as spaces, control characters dropped; long
 * strings split into 'pieces' + 'joined' so no syntax line grows past what every SPSS version reads.
 */
export function spssString(s: string, max = 255): string {
  // eslint-disable-next-line no-control-regex
  const flat = clip(s.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, ''), max);
  const pieces: string[] = [];
  let cur = '';
  for (const ch of flat) {
    if (cur.length >= 60) {
      pieces.push(cur);
      cur = '';
    }
    cur += ch;
  }
  pieces.push(cur);
  return pieces.map((p) => `'${p.replace(/'/g, "''")}'`).join(' +\n    ');
}

/** Records the widths and decimals of every column while rows stream past. */
export class ColumnStats {
  readonly widths: number[];
  readonly decimals: number[];
  readonly nonNumeric: boolean[];
  constructor(n: number) {
    this.widths = Array<number>(n).fill(2); // "NA"
    this.decimals = Array<number>(n).fill(0);
    this.nonNumeric = Array<boolean>(n).fill(false);
  }
  /** `offset`: the column of the first cell (rows are measured in parts). */
  observe(cells: ReadonlyArray<string | number | null | undefined>, offset = 0): void {
    cells.forEach((v, i) => {
      const j = i + offset;
      if (v === null || v === undefined) return;
      const s = String(v);
      // A text cell may gain a leading ' (formula neutralisation): count it.
      const w = bytes(s) + 1;
      if (w > (this.widths[j] ?? 0)) this.widths[j] = w;
      if (typeof v === 'number') {
        const d = s.includes('.') ? s.length - s.indexOf('.') - 1 : 0;
        if (d > (this.decimals[j] ?? 0)) this.decimals[j] = Math.min(d, 16);
      } else this.nonNumeric[j] = true;
    });
  }
}

/** Names listed a few per line (SPSS reads long commands over several lines; some versions cap a line's length). */
const names = (xs: readonly string[]) => {
  const lines: string[] = [];
  for (let i = 0; i < xs.length; i += 6) lines.push(xs.slice(i, i + 6).join(' '));
  return lines.join('\n    ');
};

const textFormat = (w: number) => `A${Math.min(Math.max(w, 2), 32767)}`;
const numberFormat = (decimals: number) => `F${Math.max(12, decimals + 10)}.${Math.min(decimals, 16)}`;

/** The syntax file: GET DATA, numeric conversion, variable labels, value labels, missing values. */
export function spssSyntax(opts: {
  csvFile: string;
  columns: readonly SpssColumn[];
  valueLabels: readonly SpssValueLabels[];
  title: string;
}): string {
  const { columns } = opts;
  const known = new Set(columns.map((c) => c.name));
  const temp = (c: SpssColumn) => (c.type === 'number' ? `${c.name.slice(0, 60)}_s` : c.name);
  const out: string[] = [
    '* Encoding: UTF-8.',
    `* ${opts.title.replace(/[\r\n]+/g, ' ')}.`,
    '* Reads the codings CSV Attune wrote. If SPSS cannot find the file, change /FILE to where it is.',
    'GET DATA',
    '  /TYPE=TXT',
    `  /FILE=${spssString(opts.csvFile, 4000)}`,
    "  /ENCODING='UTF8'",
    '  /ARRANGEMENT=DELIMITED',
    '  /DELCASE=LINE',
    '  /FIRSTCASE=2',
    "  /DELIMITERS=','",
    `  /QUALIFIER='"'`,
    '  /VARIABLES=',
    ...columns.map(
      (c, i) =>
        `    ${temp(c)} ${c.type === 'number' ? 'A40' : textFormat(c.width)}${i === columns.length - 1 ? '.' : ''}`,
    ),
  ];
  const numeric = columns.filter((c) => c.type === 'number');
  if (numeric.length) {
    out.push(`NUMERIC ${numeric.map((c) => `${c.name} (${numberFormat(c.width)})`).join(' /\n    ')}.`);
    for (const c of numeric)
      out.push(
        `DO IF (RTRIM(${temp(c)}) <> 'NA' AND RTRIM(${temp(c)}) <> '').`,
        `COMPUTE ${c.name} = NUMBER(${temp(c)}, F40.0).`,
        'END IF.',
      );
    out.push(`MATCH FILES /FILE=* /KEEP=${names(columns.map((c) => c.name))}.`);
  }
  out.push('EXECUTE.');
  const texts = columns.filter((c) => c.type === 'text');
  if (texts.length) out.push(`MISSING VALUES ${names(texts.map((c) => c.name))} ('NA').`);
  out.push('VARIABLE LABELS');
  columns.forEach((c, i) => out.push(`  ${i ? '/' : ''}${c.name} ${spssString(c.label)}`));
  out[out.length - 1] += '.';
  for (const v of opts.valueLabels) {
    const vars = v.variables.filter((x) => known.has(x));
    if (!vars.length || !v.labels.length) continue;
    out.push(`VALUE LABELS ${names(vars)}`);
    v.labels.forEach(([value, label], i) =>
      out.push(
        `  ${typeof value === 'number' ? String(value) : spssString(String(value), 120)} ${spssString(label, 120)}${i === v.labels.length - 1 ? '.' : ''}`,
      ),
    );
  }
  out.push('EXECUTE.');
  return `${out.join('\n')}\n`;
}
