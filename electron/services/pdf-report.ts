// The agreement report as PDF (pdfkit, standard PDF fonts: nothing embedded or fetched). Same
// content as the HTML report: the same tables (shared/reliability/report-tables.ts; cells wrap at
// spaces, pdf-table.ts), confusion heatmaps, scatter and Bland–Altman plots per scale (pdf-plots.ts),
// per-code bars, the disagreements summarised and the method section.
import { methodSection, type ReportMeta } from '../../shared/reliability/methods.ts';
import { codesWithData } from '../../shared/reliability/format.ts';
import { maxOf } from '../../shared/reliability/common.ts';
import { fmt, reportTables, type ReportTable } from '../../shared/reliability/report-tables.ts';
import type { ConfusionTable, ProjectAgreement } from '../../shared/reliability/types.ts';
import { drawScalePlots } from './pdf-plots.ts';
import { drawTable as drawTableAt, textAtSpaces } from './pdf-table.ts';

/** Characters of the standard fonts' WinAnsi encoding beyond Latin-1. */
const CP1252_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const SPELLED: Record<string, string> = {
  α: 'alpha',
  κ: 'kappa',
  π: 'pi',
  δ: 'delta',
  Σ: 'Sum ',
  σ: 'sigma',
  '−': '-',
  '≥': '>=',
  '≤': '<=',
  '→': '->',
  '≠': '!=',
  '∩': ' and ',
  '∪': ' or ',
  '²': '^2',
};

/**
 * Standard PDF fonts cover only WinAnsi (Latin-1 plus a few signs): spell out Greek letters and
 * maths signs, drop accents the encoding lacks, and show '?' for any other script.
 */
export function pdfSafe(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    const code = ch.codePointAt(0) as number;
    if (
      (code >= 0x20 && code <= 0x7e) ||
      (code >= 0xa0 && code <= 0xff && ch !== '²') ||
      CP1252_EXTRA.includes(ch) ||
      ch === '\n'
    )
      out += ch;
    else if (SPELLED[ch] !== undefined) out += SPELLED[ch];
    else {
      const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      out += base && base !== ch && /^[\x20-\x7e\xa0-\xff]+$/.test(base) ? base : /\p{M}/u.test(ch) ? '' : '?';
    }
  }
  return out;
}

type Doc = PDFKit.PDFDocument;

const MARGIN = 40;

function ensureSpace(doc: Doc, h: number): void {
  if (doc.y + h > doc.page.height - MARGIN) doc.addPage();
}

const drawTable = (doc: Doc, t: ReportTable) =>
  drawTableAt(doc, t, { margin: MARGIN, safe: pdfSafe, ensureSpace: (h) => ensureSpace(doc, h) });

function drawConfusion(doc: Doc, c: ConfusionTable, title: string): void {
  const q = c.categories.length;
  const cell = 26;
  const h = 30 + q * cell + 10;
  ensureSpace(doc, h + 20);
  const x0 = MARGIN + 40;
  const y0 = doc.y + 24;
  doc.font('Helvetica-Bold').fontSize(8);
  textAtSpaces(doc, pdfSafe(title), MARGIN, doc.page.width - 2 * MARGIN);
  const max = maxOf(c.counts.flat(), 1);
  doc.font('Helvetica').fontSize(7);
  c.categories.forEach((cat, i) => {
    doc.fillColor('#000000').text(pdfSafe(cat), x0 + i * cell, y0 - 10, { width: cell, align: 'center' });
    doc.text(pdfSafe(cat), MARGIN, y0 + i * cell + cell / 2 - 4, { width: 36, align: 'right' });
    c.categories.forEach((_, j) => {
      const v = c.counts[i]?.[j] ?? 0;
      const shade = Math.round(245 - (v / max) * 180);
      doc.rect(x0 + j * cell, y0 + i * cell, cell - 1, cell - 1).fill([shade, Math.min(255, shade + 5), 255]);
      if (i === j)
        doc
          .rect(x0 + j * cell, y0 + i * cell, cell - 1, cell - 1)
          .lineWidth(1)
          .stroke('#222222');
      doc
        .fillColor(v / max > 0.6 ? '#ffffff' : '#111111')
        .text(String(v), x0 + j * cell, y0 + i * cell + cell / 2 - 4, { width: cell - 1, align: 'center' });
    });
  });
  doc.fillColor('#000000');
  doc.x = MARGIN;
  doc.y = y0 + q * cell + 10;
}

function drawCodeBars(doc: Doc, r: ProjectAgreement): void {
  const shown = codesWithData(r.passages.codes);
  if (shown.length === 0) return;
  doc.font('Helvetica-Bold').fontSize(8);
  ensureSpace(doc, 40);
  doc.text('Agreement per code: unitizing alpha (dark), matched-span F1 (light)', MARGIN, doc.y);
  const left = MARGIN + 170;
  const width = 220;
  doc.font('Helvetica').fontSize(7);
  for (const c of shown) {
    ensureSpace(doc, 20);
    const y = doc.y + 3;
    const bw = (v: number | null) => Math.max(0, Math.min(1, v ?? 0)) * width;
    doc.fillColor('#000000').text(pdfSafe(c.label), MARGIN, y + 2, { width: 165, align: 'right', lineBreak: false });
    if (bw(c.alphaU.value) > 0) doc.rect(left, y, bw(c.alphaU.value), 6).fill('#2a6fdb');
    if (bw(c.overlap.f1) > 0) doc.rect(left, y + 7, bw(c.overlap.f1), 6).fill('#9cc3f5');
    doc
      .fillColor('#000000')
      .text(`alpha ${fmt(c.alphaU.value)}  F1 ${fmt(c.overlap.f1)}`, left + width + 6, y + 2, { lineBreak: false });
    doc.x = MARGIN;
    doc.y = y + 16;
  }
  doc.moveDown(1);
}

/** Renders the PDF; `compress: false` keeps content streams readable (tests search them). */
export async function renderReportPdf(
  r: ProjectAgreement,
  meta: ReportMeta,
  opts: { compress?: boolean } = {},
): Promise<Buffer> {
  // Loaded on use: the services start without pdfkit's font metrics.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: opts.compress ?? true,
    info: {
      Title: pdfSafe(`Agreement report: ${meta.projectName}`),
      Creator: `Attune ${meta.softwareVersion}`,
      Producer: 'Attune (pdfkit)',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const names = new Map(r.coders.map((c) => [c.id, c.name]));
  const nm = (id: string | null) => (id ? (names.get(id) ?? id) : '');
  doc
    .font('Helvetica-Bold')
    .fontSize(16)
    .text(pdfSafe(`Agreement report: ${meta.projectName}`));
  doc.font('Helvetica').fontSize(8.5).fillColor('#444444');
  doc.text(
    pdfSafe(
      `${r.transcripts.length} transcript(s); coders: ${r.coders.map((c) => c.name).join(', ')}; codebook ${r.codebookKey}; headline level ${r.level}; generated ${meta.generatedAt} by Attune ${meta.softwareVersion}.`,
    ),
  );
  doc.fillColor('#000000').moveDown(0.8);
  const tooFew = r.warnings.filter((w) => w.severity === 'too-few');
  if (tooFew.length) {
    doc.font('Helvetica-Bold').fontSize(9).fillColor('#a04000').text('Too few units for stable figures:');
    doc.font('Helvetica').fontSize(8);
    for (const w of tooFew) doc.text(pdfSafe(`- ${w.figure}: ${w.message}`));
    doc.fillColor('#000000').moveDown(0.8);
  }
  const tables = reportTables(r);
  const byId = (id: string) => tables.find((t) => t.id === id) as ReportTable;
  drawTable(doc, byId('classification'));
  for (const l of r.classification.filter((x) => x.confusion.total > 0)) {
    const title =
      l.confusion.kind === 'pair'
        ? `${l.label}: ${nm(l.confusion.rowCoderId)} (rows) x ${nm(l.confusion.colCoderId)} (columns), n = ${l.n}`
        : `${l.label}: all coder pairs pooled (symmetric), n = ${l.n} transcripts`;
    drawConfusion(doc, l.confusion, title);
  }
  doc.moveDown(0.5);
  drawTable(doc, byId('scales'));
  drawScalePlots(doc, r, { margin: MARGIN, safe: pdfSafe, ensureSpace: (h) => ensureSpace(doc, h), name: nm });
  drawTable(doc, byId('passages'));
  drawCodeBars(doc, r);
  drawTable(doc, byId('transcripts'));
  for (const id of ['disagreement-kinds', 'disagreement-codes', 'disagreement-transcripts', 'disagreements'])
    drawTable(doc, byId(id));
  ensureSpace(doc, 80);
  doc.font('Helvetica-Bold').fontSize(13).text('Method', MARGIN, doc.y);
  doc.moveDown(0.3);
  for (const p of methodSection(r, meta)) {
    doc.font('Helvetica-Bold').fontSize(9.5).text(pdfSafe(p.heading));
    doc.font('Helvetica').fontSize(8.5);
    textAtSpaces(doc, pdfSafe(p.text), MARGIN, doc.page.width - 2 * MARGIN);
    doc.moveDown(0.6);
  }
  doc.end();
  return finished;
}
