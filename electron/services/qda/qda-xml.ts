import { isElement, isText, parseXmlStrict } from '../import/xml-text.ts';
import { ServiceError } from '../service-error.ts';
import { simpleTypeProblem, VALUE_ELEMENTS, type ComplexType } from './qda-schema.ts';

const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/**
 * Parse REFI-QDA XML safely. A document type declaration is refused outright, before parsing: it is
 * the only way to declare entities (internal ones expand into "billion laughs", external ones read files
 * or URLs), and no REFI-QDA file needs one. xmldom never expands or fetches entities either; an entity it
 * does not know is an error, so nothing is ever substituted.
 */
export function parseQdaXml(fileLabel: string, bytes: Uint8Array): Document {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ServiceError('validation', `${fileLabel} is not UTF-8 text, as the REFI-QDA standard requires.`);
  }
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text))
    throw new ServiceError(
      'validation',
      `${fileLabel} declares a document type (DTD) or entities, which REFI-QDA files never need, so it was refused unread.`,
    );
  try {
    return parseXmlStrict(keepCarriageReturns(text.replace(/^\uFEFF/, '')));
  } catch (e) {
    const why =
      (e as Error).message
        .replace(/^XML error: /, '')
        .replace(/\[xmldom [a-z]+\]\s*/i, '')
        .split('\n')[0] ?? '';
    throw new ServiceError('validation', `${fileLabel} is not well-formed XML (${why.trim()}).`);
  }
}

/**
 * XML parsers turn every CR LF in text into LF, but an exporter that writes a source's text inline
 * (PlainTextContent) counts its positions on the text with CR LF. Character data keeps its CRs as
 * references (&#13;), so positions stay exact; markup, comments, CDATA and processing instructions are
 * left alone (a CR there is layout).
 */
const MARKUP = /(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(?:[^>"']|"[^"]*"|'[^']*')*>)/;

export function keepCarriageReturns(xml: string): string {
  if (!xml.includes('\r')) return xml;
  return xml
    .split(MARKUP)
    .map((part, i) => (i % 2 === 0 ? part.replace(/\r/g, '&#13;') : part))
    .join('');
}

export function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (isElement(c)) out.push(c);
  return out;
}

export function textOf(el: Element): string {
  let s = '';
  for (let c = el.firstChild; c; c = c.nextSibling) if (isText(c)) s += c.nodeValue ?? '';
  return s;
}

function local(el: Element): string {
  return el.localName ?? el.tagName;
}

/**
 * Checks a document against one of the schema tables in qda-schema.ts; the first problem is thrown as
 * one sentence naming the element (by its path) and what is wrong.
 */
export function validateAgainst(
  doc: Document,
  opts: { fileLabel: string; namespace: string; root: string; rootType: string; types: Record<string, ComplexType> },
): void {
  const fail = (path: string, what: string): never => {
    throw new ServiceError('validation', `${opts.fileLabel} does not follow the REFI-QDA schema: ${path} ${what}.`);
  };
  const root = doc.documentElement;
  if (!root || local(root) !== opts.root || root.namespaceURI !== opts.namespace)
    fail(
      `the root element <${root ? local(root) : '?'}>${root?.namespaceURI ? ` (namespace ${root.namespaceURI})` : ''}`,
      `should be <${opts.root}> in the namespace ${opts.namespace}`,
    );

  const checkSimpleContent = (el: Element, path: string, type: Parameters<typeof simpleTypeProblem>[0]) => {
    const kids = childElements(el);
    if (kids.length > 0) fail(path, `holds an element <${local(kids[0]!)}> where only text is allowed`);
    checkAttributes(el, path, {});
    const problem = simpleTypeProblem(type, textOf(el));
    if (problem) fail(path, `should hold ${problem}, not "${textOf(el).slice(0, 40)}"`);
  };

  const checkAttributes = (el: Element, path: string, allowed: ComplexType['attrs']) => {
    for (let i = 0; i < el.attributes.length; i++) {
      const a = el.attributes.item(i)!;
      const ns = a.namespaceURI;
      if (ns === XMLNS_NS || ns === XSI_NS || ns === XML_NS || a.name === 'xmlns' || a.name.startsWith('xmlns:'))
        continue;
      const spec = ns ? undefined : allowed[a.localName ?? a.name];
      if (!spec) fail(path, `has an attribute "${a.name}" the schema does not allow`);
      const problem = simpleTypeProblem(spec!.type, a.value);
      if (problem) fail(path, `has ${a.name}="${a.value.slice(0, 60)}", which is not ${problem}`);
    }
    for (const [name, spec] of Object.entries(allowed))
      if (spec.required && !el.hasAttribute(name)) fail(path, `lacks the required attribute "${name}"`);
  };

  const visit = (el: Element, path: string, typeName: string) => {
    const type = opts.types[typeName];
    if (!type) throw new Error(`schema table has no type ${typeName}`);
    checkAttributes(el, path, type.attrs);
    for (let c = el.firstChild; c; c = c.nextSibling)
      if (isText(c) && (c.nodeValue ?? '').trim() !== '') fail(path, 'holds text where only elements are allowed');
    const kids = childElements(el);
    const at = (k: Element, i: number) =>
      `${path}/${local(k)}[${kids.slice(0, i).filter((x) => local(x) === local(k)).length + 1}]`;
    for (const k of kids)
      if (k.namespaceURI !== opts.namespace) fail(`${path}/${local(k)}`, `is not in the namespace ${opts.namespace}`);
    if (type.choice) {
      const { of, min, max } = type.choice;
      if (kids.length < min) fail(path, `needs at least ${min} of ${of.map((x) => `<${x.name}>`).join(', ')}`);
      if (kids.length > max) fail(path, `has more than ${max} elements`);
      kids.forEach((k, i) => {
        const part = of.find((x) => x.name === local(k));
        if (!part) fail(at(k, i), `is not allowed here (expected ${of.map((x) => `<${x.name}>`).join(', ')})`);
        else descend(k, at(k, i), part.type);
      });
      return;
    }
    let i = 0;
    for (const part of type.seq ?? []) {
      let n = 0;
      const matches = (k: Element) => (part.name === '@value' ? local(k) in VALUE_ELEMENTS : local(k) === part.name);
      while (i < kids.length && n < part.max && matches(kids[i]!)) {
        const k = kids[i]!;
        descend(k, at(k, i), part.name === '@value' ? `@${local(k)}` : part.type);
        i++;
        n++;
      }
      if (n < part.min) fail(path, `lacks the required <${part.name}>`);
    }
    if (i < kids.length) fail(at(kids[i]!, i), `is not allowed at this place in <${local(el)}>`);
  };

  const descend = (el: Element, path: string, typeName: string) => {
    if (typeName === 'string') checkSimpleContent(el, path, 'string');
    else if (typeName.startsWith('@')) checkSimpleContent(el, path, VALUE_ELEMENTS[typeName.slice(1)]!);
    else visit(el, path, typeName);
  };

  visit(root!, `<${opts.root}>`, opts.rootType);
}

/** The direct children of `el` named `name` (REFI-QDA nests everything in known places). */
export function kids(el: Element | undefined, name: string): Element[] {
  return el ? childElements(el).filter((c) => local(c) === name) : [];
}

export function kid(el: Element | undefined, name: string): Element | undefined {
  return kids(el, name)[0];
}

export function attr(el: Element, name: string): string | undefined {
  return el.hasAttribute(name) ? el.getAttribute(name)! : undefined;
}

export function elementName(el: Element): string {
  return local(el);
}
