import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QDPX_FIXTURES } from '../../../tests/support/qdpx-fixture.ts';
import { xmllint } from '../../../tests/support/xmllint.ts';
import { readProject } from './qde-read.ts';
import { escapeXml } from './xml-writer.ts';

const qde = (name: string) => readFileSync(join(QDPX_FIXTURES, name, 'project.qde'), 'utf8');
const read = (xml: string) => () => readProject('p.qde', new TextEncoder().encode(xml));

describe('the schema tables the import checks agree with the REFI-QDA XSD (xmllint)', () => {
  it.each(['atlas-ti', 'maxqda', 'nvivo', 'qualcoder'])('the hand-made %s fixture is valid for both', (name) => {
    const r = xmllint(qde(name), 'Project-mrt2019.xsd');
    expect(r.output).toContain('validates');
    expect(read(qde(name))).not.toThrow();
  });

  const base = qde('maxqda');
  const mutations: [string, (q: string) => string][] = [
    ['a code without isCodable', (q) => q.replace(' isCodable="true" color="#c83232">', ' color="#c83232">')],
    ['an unknown attribute', (q) => q.replace('<User ', '<User email="x@example.org" ')],
    ['a GUID that is not one', (q) => q.replace('guid="0a1b2c3d', 'guid="zz1b2c3d')],
    ['a colour that is not one', (q) => q.replace('color="#f93"', 'color="orange"')],
    ['a position that is not a whole number', (q) => q.replace(/startPosition="(\d+)"/, 'startPosition="$1.5"')],
    [
      'elements out of order',
      (q) => q.replace(/(<Users>[\s\S]*?<\/Users>)\s*(<CodeBook>[\s\S]*?<\/CodeBook>)/, '$2\n  $1'),
    ],
    ['an unknown element', (q) => q.replace('<Notes>', '<Memos/>\n  <Notes>')],
    ['an empty Sources', (q) => q.replace(/<Sources>[\s\S]*<\/Sources>/, '<Sources></Sources>')],
    ['a Coding without CodeRef', (q) => q.replace(/<CodeRef targetGUID="\{1a2b3c4d-0003[^>]*\/>/, '')],
    [
      'two values in one VariableValue',
      (q) => q.replace('<TextValue>SYN-0501</TextValue>', '<TextValue>SYN-0501</TextValue><TextValue>x</TextValue>'),
    ],
    [
      'a value of the wrong type',
      (q) => q.replace('<IntegerValue>9</IntegerValue>', '<IntegerValue>nine</IntegerValue>'),
    ],
    ['text where only elements belong', (q) => q.replace('<Users>', '<Users>stray text')],
  ];
  it.each(mutations)('%s fails both', (_, mutate) => {
    const xml = mutate(base);
    expect(xml).not.toBe(base);
    expect(xmllint(xml, 'Project-mrt2019.xsd').ok).toBe(false);
    expect(read(xml)).toThrow(/does not follow the REFI-QDA schema/);
  });
});

describe('escapeXml', () => {
  it('escapes markup, keeps astral characters, and drops what XML 1.0 cannot carry', () => {
    expect(escapeXml('a < b & "c" 😀\u0007')).toBe('a &lt; b &amp; &quot;c&quot; 😀');
    expect(escapeXml('line\nbreak\ttab', true)).toBe('line&#10;break&#9;tab');
    expect(escapeXml('cr\r\n')).toBe('cr&#13;\n');
  });
});
