import { describe, expect, it } from 'vitest';
import { confusionMatrix } from './confusion.ts';
import { mapRatings } from './categories.ts';
import { cohenKappa } from './cohen-kappa.ts';

// AAI-style main classifications with subclassifications and U; mapping to 3- and 2-way.
const codings = [
  ['F1a', 'F3'],
  ['Ds1', 'Ds2'],
  ['E2', 'E1'],
  ['F3', 'Ds1'],
  ['U/F', 'F2'],
  ['Ds3', 'Ds3'],
  ['E1', 'F4'],
  ['F5', 'F5'],
];
const threeWay = (v: string | number): string => String(v).replace(/^U\//, '').replace(/\d.*$/, '').replace(/^F$/, 'F');

describe('confusion matrices under a category mapping', () => {
  it('collapses subclassifications to 3-way (F / Ds / E) with the given order', () => {
    const r = confusionMatrix(codings, { mapping: threeWay, categories: ['F', 'Ds', 'E'] });
    if (!r.ok) throw new Error(r.reason);
    expect(r.matrix.counts).toEqual([
      [3, 1, 0],
      [0, 2, 0],
      [1, 0, 1],
    ]);
    expect(r.matrix.rowTotals).toEqual([4, 2, 2]);
    expect(r.matrix.colTotals).toEqual([4, 3, 1]);
    expect(r.matrix.total).toBe(8);
    expect(r.matrix.agreement).toBeCloseTo(6 / 8, 12);
  });
  it('a lookup-table mapping to 2-way (secure vs insecure), with null making a value missing', () => {
    const table = { F1a: 'secure', F2: 'secure', F3: 'secure', F4: 'secure', F5: 'secure', 'U/F': null };
    const r = confusionMatrix(codings, {
      mapping: (v) => (String(v) in table ? table[String(v) as keyof typeof table] : 'insecure'),
    });
    if (!r.ok) throw new Error(r.reason);
    expect(r.matrix.categories).toEqual(['insecure', 'secure']);
    expect(r.matrix.excluded).toBe(1);
    expect(r.matrix.total).toBe(7);
  });
  it('the same mapping feeds any statistic through mapRatings', () => {
    const k = cohenKappa(mapRatings(codings, threeWay), { categories: ['F', 'Ds', 'E'] });
    expect(k.value).not.toBeNull();
    expect(k.units).toBe(8);
  });
  it('values outside the declared categories are an error, not silently dropped', () => {
    const r = confusionMatrix(codings, { categories: ['F1a'] });
    expect(r.ok).toBe(false);
  });
});
