/** A minimal, escaping XML writer: enough for project.qde and .qdc, with two-space indentation. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * XML 1.0 cannot carry most C0 control characters even as references; stored text never holds them
 * (normalisation removes them), but names and notes typed by users might.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(s: string, attribute = false): string {
  const clean = s.replace(NOT_XML, '');
  const escaped = clean.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
  // In attributes, line ends and tabs must be references or a parser folds them into spaces.
  return attribute
    ? escaped.replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;')
    : escaped.replace(/\r/g, '&#13;');
}

export type Attrs = Record<string, string | number | boolean | null | undefined>;

export class XmlWriter {
  private readonly lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private depth = 0;

  private attrs(a: Attrs): string {
    return Object.entries(a)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => ` ${k}="${escapeXml(String(v), true)}"`)
      .join('');
  }

  open(name: string, a: Attrs = {}): this {
    this.lines.push(`${'  '.repeat(this.depth)}<${name}${this.attrs(a)}>`);
    this.depth++;
    return this;
  }

  close(name: string): this {
    this.depth--;
    this.lines.push(`${'  '.repeat(this.depth)}</${name}>`);
    return this;
  }

  empty(name: string, a: Attrs = {}): this {
    this.lines.push(`${'  '.repeat(this.depth)}<${name}${this.attrs(a)}/>`);
    return this;
  }

  /** An element holding text exactly (no indentation inside, so the text is not changed). */
  text(name: string, value: string, a: Attrs = {}): this {
    this.lines.push(`${'  '.repeat(this.depth)}<${name}${this.attrs(a)}>${escapeXml(value)}</${name}>`);
    return this;
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
