import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyPseudonymization,
  caseMisses,
  previewPseudonymization,
  replacementListSchema,
  type Replacement,
} from './pseudonymize.ts';

const apply = (text: string, list: Replacement[]) => applyPseudonymization(text, list).text;

describe('pseudonymisation', () => {
  it('replaces whole words only: "Ann" does not match Anna, Annual, Hannah', () => {
    const list = [{ find: 'Ann', replace: '[SISTER]' }];
    expect(apply('Ann, Anna, Annual, Hannah, ann.', list)).toBe('[SISTER], Anna, Annual, Hannah, [SISTER].');
  });

  it('matches case-insensitively and inserts the replacement as written', () => {
    expect(apply('MARGARET and margaret and Margaret', [{ find: 'Margaret', replace: '[MOTHER]' }])).toBe(
      '[MOTHER] and [MOTHER] and [MOTHER]',
    );
  });

  it('honours caseSensitive entries', () => {
    const list = [{ find: 'Rose', replace: '[AUNT]', caseSensitive: true }];
    expect(apply('Rose rose early; ROSE', list)).toBe('[AUNT] rose early; ROSE');
  });

  it('lists what a match-case entry left alone because of its case, so "ROSE" is seen before storing', () => {
    const list = [
      { find: 'Rose', replace: '[AUNT]', caseSensitive: true },
      { find: 'Tom', replace: '[FATHER]' },
    ];
    const text = "Rose rose early;\nROSE and tom and Rose's hat.";
    expect(caseMisses(text, list).map((h) => `${h.line}:${h.original}`)).toEqual(['1:rose', '2:ROSE']);
    expect(caseMisses(text, [{ find: 'Rose', replace: '[AUNT]' }])).toEqual([]);
  });

  it('keeps possessive and contraction endings with straight and curly apostrophes', () => {
    const list = [{ find: 'Margaret', replace: '[MOTHER]' }];
    expect(apply("Margaret's house, Margaret’s car, Margaret'd say", list)).toBe(
      "[MOTHER]'s house, [MOTHER]’s car, [MOTHER]'d say",
    );
  });

  it('handles names with apostrophes, hyphens and non-ASCII letters', () => {
    const list = [
      { find: "O'Brien", replace: '[TEACHER]' },
      { find: 'Zoë', replace: '[FRIEND_1]' },
      { find: 'Łukasz', replace: '[BROTHER]' },
      { find: 'Smith-Jones', replace: '[NEIGHBOUR]' },
    ];
    expect(apply('O’Brien met Zoë, Zoëlle and ŁUKASZ at the Smith‐Jones house', list)).toBe(
      '[TEACHER] met [FRIEND_1], Zoëlle and [BROTHER] at the [NEIGHBOUR] house',
    );
  });

  it('treats apostrophes and hyphens as word boundaries (privacy first)', () => {
    expect(apply("O'Brien and 'Brien'", [{ find: 'Brien', replace: '[X]' }])).toBe("O'[X] and '[X]'");
    expect(apply('Smith-Jones', [{ find: 'Jones', replace: '[X]' }])).toBe('Smith-[X]');
  });

  it('prefers the longest overlapping entry and falls back to the shorter one', () => {
    const list = [
      { find: 'Anna', replace: '[SISTER]' },
      { find: 'Anna Maria', replace: '[COUSIN]' },
    ];
    expect(apply('Anna Maria, Anna  Maria, Anna, Anna Mariah', list)).toBe(
      '[COUSIN], [COUSIN], [SISTER], [SISTER] Mariah',
    );
  });

  it('does not cascade: replacements are not re-scanned', () => {
    const list = [
      { find: 'Ann', replace: 'Bob' },
      { find: 'Bob', replace: 'Carl' },
    ];
    expect(apply('Ann Bob', list)).toBe('Bob Carl');
  });

  it('merges case-sensitive and case-insensitive entries, longer first', () => {
    const list = [
      { find: 'Rose', replace: '[AUNT]', caseSensitive: true },
      { find: 'Rose Mary', replace: '[GRAN]' },
    ];
    expect(apply('Rose Mary and Rose and rose', list)).toBe('[GRAN] and [AUNT] and rose');
  });

  it('preview lists every hit with line, original and context, without changing the text', () => {
    const text = 'Header\nI: And Margaret?\nR: Margaret was strict. Margaret’s rules.';
    const hits = previewPseudonymization(text, [{ find: 'margaret', replace: '[MOTHER]' }]);
    expect(hits.map((h) => [h.line, h.original, h.replacement])).toEqual([
      [2, 'Margaret', '[MOTHER]'],
      [3, 'Margaret', '[MOTHER]'],
      [3, 'Margaret', '[MOTHER]'],
    ]);
    expect(hits[1]!.context).toBe('R: Margaret was strict. Margaret’s rules.');
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.original);
    expect(applyPseudonymization(text, [{ find: 'margaret', replace: '[MOTHER]' }]).hits).toEqual(hits);
  });

  it('ignores empty entries and matches decomposed entries against NFC text', () => {
    expect(
      apply('Zoë', [
        { find: '  ', replace: 'x' },
        { find: 'Zoe\u0308', replace: '[F]' },
      ]),
    ).toBe('[F]');
    expect(previewPseudonymization('anything', [])).toEqual([]);
  });

  it('validates replacement lists with zod', () => {
    expect(replacementListSchema.safeParse([{ find: 'A', replace: 'B' }]).success).toBe(true);
    expect(replacementListSchema.safeParse([{ find: ' ', replace: 'B' }]).success).toBe(false);
  });

  it('replaces every hit of a 301-entry list in a 40,000-word text (speed: npm run bench)', () => {
    const list = Array.from({ length: 300 }, (_, i) => ({ find: `Name${i}x`, replace: `[P_${i}]` }));
    list.push({ find: 'Margaret', replace: '[MOTHER]' });
    const text = 'R: Well, Margaret said we would walk down to the harbour on Sundays. '.repeat(3500);
    const { hits } = applyPseudonymization(text, list);
    expect(hits).toHaveLength(3500);
  });

  it('property: after applying, no whole-word match of any entry remains', () => {
    const nameArb = fc.constantFrom('Ann', 'Anna', 'Anna Maria', 'Zoë', "O'Brien", 'Łukasz', 'Jo', 'Smith-Jones');
    const filler = fc.constantFrom(' ', ', ', "'s ", '’', '-', 'x', 'é', '\n', 'Hannah', 'annual', 'ANN', 'o’brien');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(nameArb, filler), { maxLength: 40 }),
        fc.uniqueArray(nameArb, { minLength: 1, maxLength: 4 }),
        (parts, finds) => {
          const text = parts.join('');
          const list = finds.map((f, i) => ({ find: f, replace: `[P_${i}]` }));
          const { text: out, hits } = applyPseudonymization(text, list);
          expect(previewPseudonymization(out, list)).toEqual([]);
          let prev = 0;
          for (const h of hits) {
            expect(h.start).toBeGreaterThanOrEqual(prev);
            prev = h.end;
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
