import { DOMParser } from '@xmldom/xmldom';

/** Parse XML strictly: any well-formedness error throws (a damaged document must not import half). */
export function parseXmlStrict(xml: string): Document {
  const fail = (msg: unknown) => {
    throw new Error(`XML error: ${String(msg)}`);
  };
  const parser = new DOMParser({ errorHandler: { warning: () => {}, error: fail, fatalError: fail } });
  const doc = parser.parseFromString(xml, 'text/xml');
  if (!doc.documentElement) throw new Error('XML error: no document element');
  return doc;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

export function isText(node: Node): boolean {
  return node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE;
}

/** Accumulates text with paragraph-aware newlines. */
export class TextSink {
  private parts: string[] = [];
  private last = '';

  push(s: string): void {
    if (!s) return;
    this.parts.push(s);
    this.last = s;
  }
  /** Start a new line unless we are at the start of one. */
  ensureNewline(): void {
    if (this.parts.length > 0 && !this.last.endsWith('\n')) this.push('\n');
  }
  endsWithSpace(): boolean {
    return this.parts.length === 0 || /[ \n\t]$/.test(this.last);
  }
  toString(): string {
    return this.parts.join('');
  }
}
