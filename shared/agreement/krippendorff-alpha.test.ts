import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from './krippendorff-alpha.ts';
import {
  FLEISS_1971,
  IRRCAC_CONT3X3,
  KRIPPENDORFF_2011,
  KRIPPENDORFF_2011_BINARY,
  tableToRatings,
} from './published-data.ts';

describe("Krippendorff's alpha — published worked examples", () => {
  it('Krippendorff (2011) "Computing Krippendorff\'s alpha-reliability" nominal example with missing data: alpha = 0.743', () => {
    const r = krippendorffAlpha(KRIPPENDORFF_2011, { level: 'nominal' });
    expect(r.value).toBeCloseTo(0.743, 3);
    expect(r.units).toBe(11); // unit 12 has a single value and is not pairable
    expect(r.coders).toBe(4);
    expect(r.details?.pairableValues).toBe(40);
  });
  it('Krippendorff (2011) same data, ordinal metric: alpha = 0.815', () => {
    expect(krippendorffAlpha(KRIPPENDORFF_2011, { level: 'ordinal' }).value).toBeCloseTo(0.815, 3);
  });
  it('Krippendorff (2011) same data, interval metric: alpha = 0.849', () => {
    expect(krippendorffAlpha(KRIPPENDORFF_2011, { level: 'interval' }).value).toBeCloseTo(0.849, 3);
  });
  it('Krippendorff (2011) same data, ratio metric: alpha = 0.797', () => {
    expect(krippendorffAlpha(KRIPPENDORFF_2011, { level: 'ratio' }).value).toBeCloseTo(0.797, 3);
  });
  it('irrCAC README, krippen.alpha.raw(cac.raw4raters) (same data): alpha = 0.74342', () => {
    expect(krippendorffAlpha(KRIPPENDORFF_2011).value).toBeCloseTo(0.74342, 5);
  });
  it('Krippendorff (2011) example A, two observers, binary data: alpha = 0.095', () => {
    expect(krippendorffAlpha(KRIPPENDORFF_2011_BINARY).value).toBeCloseTo(0.095, 3);
  });
  it('irrCAC README, krippen.alpha.dist(distrib.6raters) (Fleiss 1971, first 15 patients): alpha = 0.4204384', () => {
    expect(krippendorffAlpha(FLEISS_1971.slice(0, 15)).value).toBeCloseTo(0.4204384, 7);
  });
  it('irrCAC README, krippen2.table(cont3x3abstractors): alpha = 0.7972585', () => {
    expect(krippendorffAlpha(tableToRatings(IRRCAC_CONT3X3, ['Ectopic', 'AIU', 'NIU'])).value).toBeCloseTo(
      0.7972585,
      7,
    );
  });
  it('reports the nominal coincidence matrix of Krippendorff (2011): o_11 = 7, o_12 = 4/3, n = 40', () => {
    const r = krippendorffAlpha(KRIPPENDORFF_2011);
    const co = r.details?.coincidences as { categories: number[]; matrix: number[][] };
    expect(co.categories).toEqual([1, 2, 3, 4, 5]);
    expect(co.matrix[0]?.[0]).toBeCloseTo(7, 10);
    expect(co.matrix[0]?.[1]).toBeCloseTo(4 / 3, 10);
    const total = co.matrix.flat().reduce((s, x) => s + x, 0);
    expect(total).toBeCloseTo(40, 10);
  });
});

describe("Krippendorff's alpha — bootstrap interval (Hayes & Krippendorff 2007)", () => {
  it('is reproducible for a fixed seed and brackets the estimate', () => {
    const a = krippendorffAlpha(KRIPPENDORFF_2011, { level: 'interval', bootstrap: { resamples: 1000, seed: 7 } });
    const b = krippendorffAlpha(KRIPPENDORFF_2011, { level: 'interval', bootstrap: { resamples: 1000, seed: 7 } });
    expect(a.value).not.toBeNull();
    if (a.value === null || !('ci' in a) || !a.ci) throw new Error('expected a CI');
    expect(b).toEqual(a);
    expect(a.ci.lower).toBeLessThan(a.value);
    expect(a.ci.upper).toBeGreaterThan(a.value);
    expect(a.ci.upper).toBeLessThanOrEqual(1);
    expect(a.ci.lower).toBeGreaterThanOrEqual(-1);
    expect(a.ci.method).toMatch(/1000 resamples/);
    // KALPHA: M = min(25·q, (m − 1)·n/2) = min(25·q, 3·40/2) = 60 pairs per resample here.
    expect((a.details?.bootstrap as { pairsPerResample: number }).pairsPerResample).toBe(60);
  });
  it('a different seed gives a (slightly) different interval', () => {
    const a = krippendorffAlpha(KRIPPENDORFF_2011, { level: 'ratio', bootstrap: { resamples: 500, seed: 1 } });
    const b = krippendorffAlpha(KRIPPENDORFF_2011, { level: 'ratio', bootstrap: { resamples: 500, seed: 2 } });
    expect(a.value).toBe(b.value);
    expect('ci' in a && 'ci' in b && (a.ci?.lower !== b.ci?.lower || a.ci?.upper !== b.ci?.upper)).toBe(true);
  });
  it('one unit with pairable values: alpha, but no bootstrap interval', () => {
    const r = krippendorffAlpha(
      [
        [3, 4, 3],
        [null, 2, null],
      ],
      { level: 'interval', bootstrap: { resamples: 1000 } },
    );
    if (r.value === null) throw new Error(`alpha should be defined: ${r.reason}`);
    expect(r.units).toBe(1);
    expect(r.ci).toBeUndefined();
    expect(r.details?.ciNote).toMatch(/at least two units/);
  });
  it('on a large sample the bootstrap interval is narrow around alpha', () => {
    const rows: number[][] = [];
    let s = 12345;
    const rnd = (): number => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 2000; i++) {
      const t = Math.floor(rnd() * 4);
      rows.push([t, rnd() < 0.8 ? t : Math.floor(rnd() * 4), rnd() < 0.8 ? t : Math.floor(rnd() * 4)]);
    }
    const r = krippendorffAlpha(rows, { bootstrap: { resamples: 1000, seed: 3 } });
    if (r.value === null || !('ci' in r) || !r.ci) throw new Error('expected a CI');
    expect(r.ci.upper - r.ci.lower).toBeLessThan(0.3);
    expect(r.ci.lower).toBeLessThan(r.value);
    expect(r.ci.upper).toBeGreaterThan(r.value);
  });
});

describe("Krippendorff's alpha — undefined cases and validation", () => {
  it('no pairable values: null with a reason', () => {
    const r = krippendorffAlpha([
      [1, null],
      [null, 2],
      [3, null],
    ]);
    expect(r.value).toBeNull();
    expect(r).toHaveProperty('reason', expect.stringMatching(/pairable/));
  });
  it('a single category (no variation): null with a reason, for every level', () => {
    for (const level of ['nominal', 'ordinal', 'interval', 'ratio'] as const) {
      const r = krippendorffAlpha(
        [
          [2, 2],
          [2, 2, 2],
          [2, null],
        ],
        { level },
      );
      expect(r.value).toBeNull();
      expect(r).toHaveProperty('reason', expect.stringMatching(/variation/));
    }
  });
  it('interval and ratio alpha reject non-numeric values with the unit and coder', () => {
    const r = krippendorffAlpha(
      [
        [1, 2],
        [3, 'x'],
      ],
      { level: 'interval' },
    );
    expect(r.value).toBeNull();
    expect(r).toHaveProperty('reason', expect.stringMatching(/unit 2, coder 2/));
    expect(
      krippendorffAlpha(
        [
          [1, -2],
          [3, 4],
        ],
        { level: 'ratio' },
      ).value,
    ).toBeNull();
  });
  it('a value outside the given category set is reported, not miscounted', () => {
    const r = krippendorffAlpha(
      [
        ['a', 'b'],
        ['a', 'c'],
      ],
      { categories: ['a', 'b'] },
    );
    expect(r.value).toBeNull();
    expect(r).toHaveProperty('reason', expect.stringMatching(/"c"/));
  });
  it('ordinal alpha uses the given category order, not the alphabetical one', () => {
    const data = [
      ['low', 'mid'],
      ['mid', 'high'],
      ['high', 'high'],
      ['low', 'low'],
      ['mid', 'low'],
    ];
    const ordered = krippendorffAlpha(data, { level: 'ordinal', categories: ['low', 'mid', 'high'] });
    const alphabetical = krippendorffAlpha(data, { level: 'ordinal' }); // high < low < mid
    expect(ordered.value).not.toBeNull();
    expect(ordered.value).not.toBeCloseTo(alphabetical.value ?? 0, 6);
  });
});
