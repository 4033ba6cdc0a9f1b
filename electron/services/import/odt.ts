import type JSZip from 'jszip';
import { isElement, isText, parseXmlStrict, TextSink } from './xml-text.ts';

/**
 * OpenDocument text (.odt) to plain text: content.xml parsed with @xmldom/xmldom (no regex on XML).
 *
 * Paragraphs and headings become lines; <text:s text:c="n"/> is n spaces, <text:tab/> a tab,
 * <text:line-break/> LF. Whitespace inside paragraph text collapses as ODF specifies (§6.1.2).
 * Left out: footnotes/endnotes, comments (office:annotation), tracked deletions, drawings and
 * frames, forms. Headers and footers live in styles.xml and are not read.
 */
export const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

const TEXT_NS = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const OFFICE_NS = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const TABLE_NS = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';

const SKIP: Record<string, Set<string>> = {
  [TEXT_NS]: new Set([
    'note',
    'tracked-changes',
    'sequence-decls',
    'variable-decls',
    'user-field-decls',
    'bookmark-start',
    'bookmark-end',
    'bookmark',
  ]),
  [OFFICE_NS]: new Set(['annotation', 'annotation-end', 'forms', 'event-listeners']),
};

export async function odtToText(zip: JSZip): Promise<{ text: string; warnings: string[] }> {
  const entry = zip.file('content.xml');
  if (!entry) throw new Error('content.xml missing');
  const doc = parseXmlStrict(await entry.async('string'));
  const body = doc.getElementsByTagNameNS(OFFICE_NS, 'text')[0];
  const sink = new TextSink();
  const stats = { skipped: 0 };
  if (body) walk(body, sink, stats, false);
  const warnings = stats.skipped > 0 ? [`${stats.skipped} footnote(s), comment(s) or drawing(s) were left out.`] : [];
  return { text: sink.toString(), warnings };
}

function walk(node: Element, sink: TextSink, stats: { skipped: number }, inParagraph: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (isText(child)) {
      if (!inParagraph) continue; // whitespace between block elements is layout
      let t = (child.nodeValue ?? '').replace(/[ \t\r\n]+/g, ' ');
      if (t.startsWith(' ') && sink.endsWithSpace()) t = t.slice(1);
      sink.push(t);
      continue;
    }
    if (!isElement(child)) continue;
    const ns = child.namespaceURI ?? '';
    const name = child.localName ?? child.tagName;
    if (SKIP[ns]?.has(name)) {
      if (name === 'note' || name === 'annotation') stats.skipped++;
      continue;
    }
    if (ns.startsWith('urn:oasis:names:tc:opendocument:xmlns:drawing') || ns.includes('svg-compatible')) {
      stats.skipped++;
      continue;
    }
    if (ns === TEXT_NS && (name === 'p' || name === 'h')) {
      sink.ensureNewline();
      walk(child, sink, stats, true);
      sink.push('\n');
    } else if (ns === TEXT_NS && name === 's') {
      const c = Number(child.getAttributeNS(TEXT_NS, 'c') || child.getAttribute('text:c') || '1');
      sink.push(' '.repeat(Number.isFinite(c) && c > 0 ? Math.min(c, 1000) : 1));
    } else if (ns === TEXT_NS && name === 'tab') {
      sink.push('\t');
    } else if (ns === TEXT_NS && name === 'line-break') {
      sink.push('\n');
    } else if (ns === TABLE_NS && (name === 'table-row' || name === 'table-cell')) {
      sink.ensureNewline();
      walk(child, sink, stats, inParagraph);
      sink.ensureNewline();
    } else {
      walk(child, sink, stats, inParagraph);
    }
  }
}
