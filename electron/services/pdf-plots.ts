// The scale plots of the PDF agreement report, drawn as vector graphics like the HTML report's SVGs:
// per scale, the first coder pair with at least two shared transcripts as a scatter (coder A against B,
// identity line dashed) beside a Bland–Altman plot (mean against difference, bias and 95% limits).
import { maxOf } from '../../shared/reliability/common.ts';
import { fmt } from '../../shared/reliability/report-tables.ts';
import { plottedPair } from '../../shared/reliability/scale-points.ts';
import type { PlottedScalePair, ProjectAgreement, ScaleAgreement, ScalePair } from '../../shared/reliability/types.ts';
import { textAtSpaces } from './pdf-table.ts';

type Doc = PDFKit.PDFDocument;

interface PlotOpts {
  margin: number;
  safe: (s: string) => string;
  ensureSpace: (h: number) => void;
  name: (id: string) => string;
}

const SIZE = 170;
const PAD = 26;
const BA_W = 250;

function scatter(doc: Doc, s: ScaleAgreement, p: PlottedScalePair, x0: number, y0: number, o: PlotOpts): void {
  const span = s.max - s.min || 1;
  const X = (v: number) => x0 + PAD + ((v - s.min) / span) * (SIZE - 2 * PAD);
  const Y = (v: number) => y0 + SIZE - PAD - ((v - s.min) / span) * (SIZE - 2 * PAD);
  doc
    .rect(x0 + PAD, y0 + PAD, SIZE - 2 * PAD, SIZE - 2 * PAD)
    .lineWidth(0.5)
    .stroke('#999999');
  doc.moveTo(X(s.min), Y(s.min)).lineTo(X(s.max), Y(s.max)).dash(3, { space: 2 }).stroke('#bbbbbb').undash();
  // Identical points drawn once, larger with their count, so overplotting shows.
  const counts = new Map<string, { a: number; b: number; n: number }>();
  for (const pt of p.points) {
    const k = `${pt.a},${pt.b}`;
    const c = counts.get(k) ?? { a: pt.a, b: pt.b, n: 0 };
    c.n++;
    counts.set(k, c);
  }
  for (const c of counts.values())
    doc
      .circle(X(c.a), Y(c.b), 2.2 + Math.sqrt(c.n))
      .fillOpacity(0.6)
      .fill('#2a6fdb')
      .fillOpacity(1);
  doc.fillColor('#000000').font('Helvetica').fontSize(6.5);
  doc.text(String(s.min), x0 + PAD - 6, y0 + SIZE - PAD + 3, { width: 12, align: 'center', lineBreak: false });
  doc.text(String(s.max), x0 + SIZE - PAD - 6, y0 + SIZE - PAD + 3, { width: 12, align: 'center', lineBreak: false });
  doc.text(o.safe(o.name(p.coderA)), x0 + PAD, y0 + SIZE - 10, {
    width: SIZE - 2 * PAD,
    align: 'center',
    lineBreak: false,
  });
  doc.save().rotate(-90, { origin: [x0 + 8, y0 + SIZE / 2] });
  doc.text(o.safe(o.name(p.coderB)), x0 + 8 - 60, y0 + SIZE / 2 - 3, { width: 120, align: 'center', lineBreak: false });
  doc.restore();
}

function blandAltman(doc: Doc, s: ScaleAgreement, p: PlottedScalePair, x0: number, y0: number): void {
  const span = s.max - s.min || 1;
  const dmax = maxOf(
    p.points.map((pt) => Math.abs(pt.a - pt.b)),
    Math.max(1, Math.abs(p.loaLower ?? 0), Math.abs(p.loaUpper ?? 0)),
  );
  const X = (m: number) => x0 + PAD + ((m - s.min) / span) * (BA_W - 2 * PAD);
  const Y = (d: number) => y0 + SIZE / 2 - (d / dmax) * (SIZE / 2 - PAD);
  doc
    .moveTo(x0 + PAD, Y(0))
    .lineTo(x0 + BA_W - PAD, Y(0))
    .lineWidth(0.5)
    .stroke('#cccccc');
  const hline = (v: number | null, label: string, dashed: boolean) => {
    if (v === null) return;
    doc.moveTo(x0 + PAD, Y(v)).lineTo(x0 + BA_W - PAD, Y(v));
    if (dashed) doc.dash(3, { space: 2 });
    doc.lineWidth(0.6).stroke('#555555').undash();
    doc
      .fillColor('#333333')
      .fontSize(6)
      .text(label, x0 + BA_W - PAD + 2, Y(v) - 3, { lineBreak: false });
  };
  hline(p.bias, `bias ${fmt(p.bias)}`, false);
  hline(p.loaLower, fmt(p.loaLower), true);
  hline(p.loaUpper, fmt(p.loaUpper), true);
  for (const pt of p.points)
    doc
      .circle(X((pt.a + pt.b) / 2), Y(pt.a - pt.b), 2.4)
      .fillOpacity(0.6)
      .fill('#d9822b')
      .fillOpacity(1);
  doc.fillColor('#000000').font('Helvetica').fontSize(6.5);
  doc.text('mean of the two', x0 + PAD, y0 + SIZE - 10, { width: BA_W - 2 * PAD, align: 'center', lineBreak: false });
  doc.save().rotate(-90, { origin: [x0 + 8, y0 + SIZE / 2] });
  doc.text('difference', x0 + 8 - 40, y0 + SIZE / 2 - 3, { width: 80, align: 'center', lineBreak: false });
  doc.restore();
}

/** Scatter and Bland–Altman per scale with a pair of coders sharing at least two transcripts. */
export function drawScalePlots(doc: Doc, r: ProjectAgreement, o: PlotOpts): void {
  const shown = r.scales.filter((s) => s.pairs.some((p) => p.n >= 2));
  if (!shown.length) return;
  o.ensureSpace(60 + SIZE);
  doc.font('Helvetica-Bold').fontSize(10).text('Scatter and Bland-Altman plots', o.margin, doc.y);
  doc
    .font('Helvetica')
    .fontSize(7.5)
    .fillColor('#444444')
    .text('First coder pair with at least two shared transcripts per scale.', o.margin, doc.y + 1);
  doc.fillColor('#000000').moveDown(0.5);
  for (const s of shown) {
    const p = plottedPair(s, s.pairs.find((x) => x.n >= 2) as ScalePair);
    o.ensureSpace(SIZE + 24);
    const title = `${s.label} (${s.target}): ${o.name(p.coderA)} vs ${o.name(p.coderB)}, n = ${p.n}; Bland-Altman ${o.name(p.coderA)} - ${o.name(p.coderB)}`;
    doc.font('Helvetica-Bold').fontSize(7.5);
    textAtSpaces(doc, o.safe(title), o.margin, doc.page.width - 2 * o.margin);
    const y0 = doc.y + 2;
    scatter(doc, s, p, o.margin, y0, o);
    blandAltman(doc, s, p, o.margin + SIZE + 30, y0);
    doc.x = o.margin;
    doc.y = y0 + SIZE + 8;
  }
  doc.moveDown(0.5);
}
