// The printable coded transcript as PDF (pdfkit, standard PDF fonts: nothing embedded or fetched; text
// outside their encoding is spelled out or shown as '?', as in the agreement report).
import type { PrintLine, PrintModel } from '../../shared/print/print-model.ts';
import { pdfSafe } from './pdf-report.ts';

type Doc = PDFKit.PDFDocument;

const MARGIN = 40;
const NUMBER_W = 26;
const GAP = 6;
const TEXT_SIZE = 9.5;
const NOTE_SIZE = 6.8;
/** Each coder's colour (text and underline); several coders on one stretch: purple. */
export const PDF_CODER_COLORS = ['#b35c00', '#1f5fbf', '#b3261e'] as const;
const SHARED_COLOR = '#6a1b9a';

const clean = (s: string) => pdfSafe(s.replace(/\t/g, '    '));

interface Layout {
  textX: number;
  textW: number;
  colX: number[];
  colW: number;
}

function drawLine(doc: Doc, l: PrintLine, layout: Layout): void {
  const bottom = doc.page.height - MARGIN;
  if (l.heading) {
    if (doc.y + 40 > bottom) doc.addPage();
    doc.moveDown(0.4);
    doc.font('Helvetica-Bold').fontSize(10).fillColor('#000000').text(clean(l.heading), MARGIN, doc.y);
    doc.moveDown(0.2);
  }
  const plain = clean(l.fragments.map((f) => f.text).join(''));
  doc.font('Times-Roman').fontSize(TEXT_SIZE);
  const textH = plain ? doc.heightOfString(plain, { width: layout.textW }) : doc.currentLineHeight();
  doc.font('Helvetica').fontSize(NOTE_SIZE);
  const noteH = Math.max(
    0,
    ...l.margins.map((m) => (m.length ? doc.heightOfString(clean(m.join('\n')), { width: layout.colW }) : 0)),
  );
  if (doc.y + Math.min(Math.max(textH, noteH), bottom - MARGIN) > bottom) doc.addPage();
  const y0 = doc.y;
  doc
    .fillColor('#777777')
    .text(String(l.number), MARGIN, y0 + 1.5, { width: NUMBER_W - 4, align: 'right', lineBreak: false });
  l.margins.forEach((m, i) => {
    if (!m.length) return;
    doc
      .fillColor(PDF_CODER_COLORS[i] ?? '#000000')
      .text(clean(m.join('\n')), layout.colX[i] ?? 0, y0 + 1.5, { width: layout.colW });
  });
  let endY = doc.y;
  if (!plain) {
    doc.y = Math.max(y0 + doc.currentLineHeight(), endY);
    return;
  }
  const frags = l.fragments.filter((f) => f.text !== '');
  frags.forEach((f, i) => {
    const color =
      f.coders.length === 0
        ? '#111111'
        : f.coders.length > 1
          ? SHARED_COLOR
          : (PDF_CODER_COLORS[f.coders[0]!] ?? '#111111');
    doc
      .font(f.label ? 'Times-Bold' : 'Times-Roman')
      .fontSize(TEXT_SIZE)
      .fillColor(color);
    const opts = { width: layout.textW, continued: i < frags.length - 1, underline: f.coders.length > 0 };
    if (i === 0) doc.text(clean(f.text), layout.textX, y0, opts);
    else doc.text(clean(f.text), opts);
  });
  endY = Math.max(doc.y, y0 + noteH);
  doc.y = endY + 1;
}

function drawSheets(doc: Doc, m: PrintModel): void {
  for (const c of m.coders) {
    doc.addPage();
    doc
      .font('Helvetica-Bold')
      .fontSize(14)
      .fillColor('#000000')
      .text(clean(`Score sheet: ${c.name}`), MARGIN, MARGIN);
    doc.moveDown(0.5);
    doc.fontSize(10.5).text('Classification');
    doc
      .font('Helvetica')
      .fontSize(9.5)
      .text(clean(c.classification ?? 'Not classified'));
    doc.moveDown(0.6);
    doc.font('Helvetica-Bold').fontSize(10.5).text('Ratings');
    doc.font('Helvetica').fontSize(9);
    if (!c.ratings.length) doc.text('No ratings.');
    for (const r of c.ratings) {
      if (doc.y + 14 > doc.page.height - MARGIN) doc.addPage();
      const y = doc.y;
      doc.text(clean(r.label), MARGIN, y, { width: 250 });
      const after = doc.y;
      doc.text(clean(r.target), MARGIN + 260, y, { width: 150 });
      doc.text(clean(r.value), MARGIN + 420, y, { width: 90 });
      doc.y = Math.max(after, doc.y);
    }
    if (c.events.length) {
      doc.moveDown(0.6);
      doc.font('Helvetica-Bold').fontSize(10.5).text('Loss and trauma events', MARGIN);
      doc.font('Helvetica').fontSize(9);
      for (const e of c.events) doc.text(clean(`- ${e}`));
    }
  }
}

/** Renders the PDF; `compress: false` keeps content streams readable. */
export async function renderPrintPdf(
  m: PrintModel,
  generated: string,
  opts: { compress?: boolean } = {},
): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const k = m.coders.length;
  // Two or three margin columns leave the text too narrow on a portrait page: print those landscape.
  const doc = new PDFDocument({
    size: 'A4',
    layout: k >= 2 ? 'landscape' : 'portrait',
    margin: MARGIN,
    compress: opts.compress ?? true,
    info: { Title: clean(`${m.title}: coded transcript`), Producer: 'Attune (pdfkit)' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const colW = k >= 2 ? 130 : 140;
  const contentW = doc.page.width - 2 * MARGIN;
  const textX = MARGIN + NUMBER_W + GAP;
  const textW = contentW - NUMBER_W - GAP - k * (colW + GAP);
  const colX = m.coders.map((_, i) => textX + textW + GAP + i * (colW + GAP));
  doc.font('Helvetica-Bold').fontSize(15).text(clean(m.title));
  doc
    .font('Helvetica')
    .fontSize(8.5)
    .fillColor('#444444')
    .text(
      clean(
        `${m.participant ? `Participant ${m.participant} - ` : ''}${m.projectName} - printed ${generated} by Attune - ${m.lines.length} lines`,
      ),
    );
  m.coders.forEach((c, i) => {
    doc
      .fillColor(PDF_CODER_COLORS[i] ?? '#000000')
      .text(clean(`${c.name}: underlined in this colour, codes in margin column ${i + 1}`), { underline: true });
  });
  if (k > 1) doc.fillColor(SHARED_COLOR).text('Marked by more than one coder: this colour', { underline: true });
  doc.moveDown(0.8);
  // Each page of the transcript names the coder of each margin column above it.
  const columnHeads = () => {
    const y = doc.y;
    doc.font('Helvetica-Bold').fontSize(7.5);
    m.coders.forEach((c, i) =>
      doc
        .fillColor(PDF_CODER_COLORS[i] ?? '#000000')
        .text(clean(c.name), colX[i] ?? 0, y, { width: colW, lineBreak: false }),
    );
    doc.y = y + 12;
  };
  columnHeads();
  let inTranscript = true;
  doc.on('pageAdded', () => inTranscript && columnHeads());
  for (const l of m.lines) drawLine(doc, l, { textX, textW, colX, colW });
  inTranscript = false;
  drawSheets(doc, m);
  doc.end();
  return finished;
}
