import { isElement, isText, parseXmlStrict, TextSink } from './xml-text.ts';

/**
 * Word (.docx) to plain text through mammoth.
 *
 * mammoth's extractRawText drops manual line breaks (<w:br/>), which would glue words together
 * ("suppose.That's"), so we convert to mammoth's HTML instead and flatten that: every paragraph
 * (and heading, list item, table row) becomes one line, <br> becomes LF, footnote and endnote
 * references and bodies are left out. Images are replaced by nothing (and never base64-encoded).
 *
 * Numbers that Word adds automatically to list paragraphs are NOT part of the text in a docx, and
 * mammoth does not render them; when the document has such lists we say so in a warning, because
 * question numbering may then be missing from the imported text.
 */
export async function docxToText(bytes: Uint8Array): Promise<{ text: string; warnings: string[] }> {
  // Loaded on first use: every other command and the host's start would otherwise pay for it.
  const { default: mammoth } = await import('mammoth');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const result = await mammoth.convertToHtml(
    { buffer },
    {
      ignoreEmptyParagraphs: false,
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    },
  );
  const warnings: string[] = [];
  const doc = parseXmlStrict(`<root>${result.value}</root>`);
  const sink = new TextSink();
  const stats = { numberedItems: 0, notes: 0, images: 0 };
  walk(doc.documentElement!, sink, stats, false);
  if (stats.numberedItems > 0)
    warnings.push(
      `The document uses automatic numbering in ${stats.numberedItems} paragraph(s); Word's automatic numbers are not part of the text, so check the question sections.`,
    );
  if (stats.notes > 0) warnings.push(`${stats.notes} footnote(s) or endnote(s) were left out.`);
  if (stats.images > 0) warnings.push(`${stats.images} image(s) were left out.`);
  const other = result.messages.filter((m) => !/style/i.test(m.message));
  if (other.length > 0)
    warnings.push(`Some Word content could not be read and was left out (${other.length} item(s)).`);
  return { text: sink.toString(), warnings };
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LINES = new Set(['li', 'tr', 'table', 'ul', 'ol', 'blockquote', 'dd', 'dt']);

function isNoteId(value: string | null): boolean {
  return value !== null && /^(?:footnote|endnote|comment)-/.test(value);
}

function walk(
  node: Element,
  sink: TextSink,
  stats: { numberedItems: number; notes: number; images: number },
  inOl: boolean,
): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (isText(child)) {
      sink.push(child.nodeValue ?? '');
      continue;
    }
    if (!isElement(child)) continue;
    const tag = child.tagName.toLowerCase();
    if (tag === 'br') {
      sink.push('\n');
    } else if (tag === 'img') {
      stats.images++;
    } else if (tag === 'a' && /^#(?:footnote|endnote|comment)-/.test(child.getAttribute('href') ?? '')) {
      // reference marks like "[1]" and back-links: not speech
    } else if (tag === 'li' && isNoteId(child.getAttribute('id'))) {
      stats.notes++;
    } else if (BLOCKS.has(tag)) {
      sink.ensureNewline();
      walk(child, sink, stats, inOl);
      sink.push('\n');
    } else if (LINES.has(tag)) {
      if (tag === 'li' && inOl) stats.numberedItems++;
      sink.ensureNewline();
      walk(child, sink, stats, tag === 'ol' ? true : tag === 'ul' ? false : inOl);
      sink.ensureNewline();
    } else if (tag === 'td' || tag === 'th') {
      // one line per table cell: tables in transcripts are rare and usually header blocks
      sink.ensureNewline();
      walk(child, sink, stats, inOl);
      sink.ensureNewline();
    } else {
      walk(child, sink, stats, inOl);
    }
  }
}
