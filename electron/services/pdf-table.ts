// Tables of the PDF agreement report. pdfkit wraps at spaces but cuts a word that is wider than its
// column ("mothe r", "Withi n ±1"), so columns are sized from the widest word each must hold: first
// at the normal size, then smaller (down to 5.5 pt), and only if even that cannot fit, the widest words
// are abbreviated and a legend under the table spells them out.
import type { ReportTable } from '../../shared/reliability/report-tables.ts';

type Doc = PDFKit.PDFDocument;

const PAD = 4;
const SIZES = [7.5, 7, 6.5, 6, 5.5];
/** A cell's full text is allowed this much width when there is room (longer text wraps). */
const PREFERRED_CAP = 220;

export interface TableLayout {
  fontSize: number;
  widths: number[];
  /** Header then rows, abbreviated where needed. */
  cells: string[][];
  legend: string[];
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** The widest word of every column (header in bold) and the width each column would like. */
function measure(doc: Doc, cells: string[][], size: number): { min: number[]; pref: number[] } {
  const cols = cells[0]?.length ?? 0;
  const min = Array<number>(cols).fill(0);
  const pref = Array<number>(cols).fill(0);
  cells.forEach((row, r) => {
    doc.font(r === 0 ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
    row.forEach((c, i) => {
      for (const w of words(c)) min[i] = Math.max(min[i]!, doc.widthOfString(w));
      pref[i] = Math.max(pref[i]!, Math.min(PREFERRED_CAP, doc.widthOfString(c)));
    });
  });
  // +1: rounding in pdfkit's line wrapper must never leave a word a hair too wide.
  return { min: min.map((x) => x + PAD + 1), pref: pref.map((x) => x + PAD + 1) };
}

/** Every column gets its minimum, then what it lacks for its preferred width, then a fair share of the rest. */
function allocate(min: number[], pref: number[], width: number): number[] {
  const base = min.reduce((s, x) => s + x, 0);
  const want = pref.map((p, i) => Math.max(0, p - min[i]!));
  const wantSum = want.reduce((s, x) => s + x, 0);
  const spare = width - base;
  if (wantSum >= spare) return min.map((m, i) => m + (wantSum ? (want[i]! / wantSum) * spare : 0));
  const rest = spare - wantSum;
  const prefSum = pref.reduce((s, x) => s + x, 0) || 1;
  return pref.map((p) => p + (p / prefSum) * rest);
}

/** Replaces the widest word of the widest column with a short form ("Disagreements" → "Disa."). */
function abbreviateOnce(doc: Doc, cells: string[][], min: number[], legend: Map<string, string>): boolean {
  let col = 0;
  min.forEach((m, i) => (m > min[col]! ? (col = i) : 0));
  let widest = '';
  for (const row of cells)
    for (const w of words(row[col] ?? ''))
      if (!legend.has(w) && doc.widthOfString(w) > doc.widthOfString(widest)) widest = w;
  if (widest.length <= 3) return false;
  let short = `${widest.slice(0, Math.max(2, Math.ceil(widest.length / 3)))}.`;
  for (let k = 2; [...legend.values()].includes(short); k++) short = `${widest.slice(0, 3)}${k}.`;
  legend.set(widest, short);
  for (const row of cells)
    row[col] = words(row[col] ?? '')
      .map((w) => (w === widest ? short : w))
      .join(' ');
  return true;
}

export function layoutTable(doc: Doc, header: string[], rows: string[][], width: number): TableLayout {
  const cells = [header, ...rows].map((r) => [...r]);
  for (const size of SIZES) {
    const { min, pref } = measure(doc, cells, size);
    if (min.reduce((s, x) => s + x, 0) <= width)
      return { fontSize: size, widths: allocate(min, pref, width), cells, legend: [] };
  }
  const size = SIZES[SIZES.length - 1]!;
  const legend = new Map<string, string>();
  for (let i = 0; i < 200; i++) {
    const { min, pref } = measure(doc, cells, size);
    if (min.reduce((s, x) => s + x, 0) <= width || !abbreviateOnce(doc, cells, min, legend)) {
      return {
        fontSize: size,
        widths: allocate(min, pref, width).map((w, _, all) => (w * width) / all.reduce((s, x) => s + x, 0)),
        cells,
        legend: [...legend].map(([full, short]) => `${short} = ${full}`),
      };
    }
  }
  throw new Error('unreachable: abbreviation always ends');
}

/**
 * A cell's lines, broken at spaces only (pdfkit's own wrapping also breaks after '|', '/' or '-', and
 * inside a word that is too wide); the layout made every word fit its column.
 */
export function wrap(doc: Doc, text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const w of words(para)) {
      const next = line ? `${line} ${w}` : w;
      if (line && doc.widthOfString(next) > width) {
        out.push(line);
        line = w;
      } else line = next;
    }
    out.push(line);
  }
  return out;
}

/** Text wrapped at spaces only (see wrap), from (x, doc.y), onto new pages as needed; doc.y ends under it. */
export function textAtSpaces(doc: Doc, text: string, x: number, width: number): void {
  const lineH = doc.currentLineHeight(true);
  let y = doc.y;
  for (const l of wrap(doc, text, width)) {
    if (y + lineH > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      y = doc.page.margins.top;
    }
    doc.text(l, x, y, { lineBreak: false });
    y += lineH;
  }
  doc.x = x;
  doc.y = y;
}

export function drawTable(
  doc: Doc,
  t: ReportTable,
  opts: { margin: number; safe: (s: string) => string; ensureSpace: (h: number) => void },
): void {
  const { margin, safe, ensureSpace } = opts;
  doc.font('Helvetica-Bold').fontSize(12);
  ensureSpace(40);
  const width = doc.page.width - 2 * margin;
  textAtSpaces(doc, safe(t.title), margin, width);
  doc.moveDown(0.3);
  const body = t.rows.length ? t.rows : [t.columns.map((_, i) => (i === 0 ? 'none' : ''))];
  const layout = layoutTable(
    doc,
    t.columns.map(safe),
    body.map((r) => r.map(safe)),
    width,
  );
  const row = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(layout.fontSize);
    const lineH = doc.currentLineHeight(true);
    const lines = cells.map((c, i) => wrap(doc, c, layout.widths[i]! - PAD));
    let count = 1;
    for (const l of lines) count = Math.max(count, l.length);
    const h = count * lineH + PAD;
    ensureSpace(h);
    const y = doc.y;
    let x = margin;
    lines.forEach((cellLines, i) => {
      const w = layout.widths[i]!;
      if (bold) doc.rect(x, y, w, h).fill('#eeeeee').fillColor('#000000');
      doc.rect(x, y, w, h).lineWidth(0.3).stroke('#bbbbbb');
      doc.fillColor('#000000');
      cellLines.forEach((l, k) => doc.text(l, x + PAD / 2, y + PAD / 2 + k * lineH, { lineBreak: false }));
      x += w;
    });
    doc.x = margin;
    doc.y = y + h;
  };
  const [head = [], ...rest] = layout.cells;
  row(head, true);
  for (const r of rest) row(r, false);
  const notes = [
    ...(layout.legend.length ? [`Abbreviations: ${layout.legend.join('; ')}.`] : []),
    ...(t.note ? [t.note] : []),
  ];
  doc.font('Helvetica-Oblique').fontSize(7.5).fillColor('#444444');
  for (const n of notes) {
    doc.y += 3;
    textAtSpaces(doc, safe(n), margin, width);
  }
  doc.fillColor('#000000');
  doc.moveDown(1);
}
