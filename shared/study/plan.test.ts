import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, makePlan, pairCounts, PlanError, subsetSize, type PlanInput } from './plan.ts';

const spread = (xs: number[]) => (xs.length ? Math.max(...xs) - Math.min(...xs) : 0);

const planInput = fc
  .record({
    n: fc.integer({ min: 0, max: 60 }),
    c: fc.integer({ min: 2, max: 8 }),
    overlap: fc.double({ min: 0, max: 1, noNaN: true }),
    seed: fc.integer({ min: 0, max: 0xffffffff }),
    strata: fc.integer({ min: 1, max: 4 }),
    stratify: fc.boolean(),
  })
  .map(({ n, c, overlap, seed, strata, stratify }): PlanInput => ({
    transcripts: Array.from({ length: n }, (_, i) => ({ id: `T${i}`, stratum: `s${(i * 7) % strata}` })),
    coders: Array.from({ length: c }, (_, i) => `C${i}`),
    overlap,
    seed,
    stratify,
  }));

function workloads(input: PlanInput, position: number) {
  const plan = makePlan(input);
  return input.coders.map((c) => plan.filter((t) => t.coders[position] === c).length);
}

describe('makePlan: invariants (property tests)', () => {
  it('gives every transcript exactly one primary, and primary workloads differ by at most one', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const plan = makePlan(input);
        expect(plan.map((t) => t.id)).toEqual(input.transcripts.map((t) => t.id));
        for (const t of plan) expect(t.coders.length).toBeGreaterThanOrEqual(1);
        expect(spread(workloads(input, 0))).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('double-codes exactly Math.round(overlap × transcripts), never with the primary as second coder', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const plan = makePlan(input);
        const doubled = plan.filter((t) => t.coders.length === 2);
        expect(doubled.length).toBe(Math.round(input.overlap * input.transcripts.length));
        expect(plan.every((t) => t.coders.length <= 2)).toBe(true);
        for (const t of doubled) expect(t.coders[0]).not.toBe(t.coders[1]);
      }),
    );
  });

  it('balances second-coder workloads and the unordered pairs to within one', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        expect(spread(workloads(input, 1))).toBeLessThanOrEqual(1);
        const pairs = pairCounts(input.coders, makePlan(input));
        expect(Object.keys(pairs)).toHaveLength((input.coders.length * (input.coders.length - 1)) / 2);
        expect(spread(Object.values(pairs))).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('with stratify, draws the subset from each stratum in proportion (largest remainder)', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const plan = makePlan({ ...input, stratify: true });
        const k = subsetSize(input.overlap, input.transcripts.length);
        const sizes = new Map<string, number>();
        for (const t of input.transcripts) sizes.set(t.stratum ?? '', (sizes.get(t.stratum ?? '') ?? 0) + 1);
        const want = allocate(sizes, k);
        for (const [s, size] of sizes) {
          const got = plan.filter((t, i) => t.coders.length === 2 && input.transcripts[i]?.stratum === s).length;
          expect(got).toBe(want.get(s));
          // Proportional: within one of the exact share.
          expect(Math.abs(got - (k * size) / input.transcripts.length)).toBeLessThan(1);
        }
      }),
    );
  });

  it('gives the same plan for the same inputs and seed', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        expect(makePlan(input)).toEqual(makePlan(structuredClone(input)));
      }),
    );
  });
});

describe('makePlan: exact outputs', () => {
  const eight = {
    transcripts: Array.from({ length: 8 }, (_, i) => ({ id: `SYN-000${i + 1}` })),
    coders: ['Ada', 'Ben', 'Cy'],
    overlap: 0.25,
    seed: 42,
  };

  it('8 transcripts, 3 coders, 25% overlap, seed 42', () => {
    // Pinned: a stored plan must redraw identically from its seed on every build.
    expect(makePlan(eight).map((t) => `${t.id}:${t.coders.join('+')}`)).toEqual([
      'SYN-0001:Ada+Ben',
      'SYN-0002:Ada',
      'SYN-0003:Ada',
      'SYN-0004:Ben',
      'SYN-0005:Cy',
      'SYN-0006:Cy',
      'SYN-0007:Ben',
      'SYN-0008:Cy+Ada',
    ]);
  });

  it('another seed gives another draw; overlap 0 gives single coding only', () => {
    expect(makePlan({ ...eight, seed: 43 })).not.toEqual(makePlan(eight));
    expect(makePlan({ ...eight, overlap: 0 }).every((t) => t.coders.length === 1)).toBe(true);
  });

  it('rounds a half up, as Math.round does: 0.25 × 10 = 2.5 double-codes 3', () => {
    const ten = { ...eight, transcripts: Array.from({ length: 10 }, (_, i) => ({ id: `T${i}` })) };
    expect(makePlan(ten).filter((t) => t.coders.length === 2)).toHaveLength(3);
    expect(makePlan({ ...ten, overlap: 0.05 }).filter((t) => t.coders.length === 2)).toHaveLength(1);
  });

  it('allocates by largest remainder, ties to the larger stratum', () => {
    expect(
      Object.fromEntries(
        allocate(
          new Map([
            ['a', 5],
            ['b', 3],
            ['c', 2],
          ]),
          3,
        ),
      ),
    ).toEqual({ a: 1, b: 1, c: 1 });
    expect(
      Object.fromEntries(
        allocate(
          new Map([
            ['a', 1],
            ['b', 1],
          ]),
          1,
        ),
      ),
    ).toEqual({ a: 1, b: 0 });
  });

  it('pairs are keyed alphabetically, zeros included', () => {
    expect(pairCounts(['Cy', 'ada', 'Ben'], [{ coders: ['Cy', 'ada'] }, { coders: ['Ben'] }])).toEqual({
      'ada+Ben': 0,
      'ada+Cy': 1,
      'Ben+Cy': 0,
    });
  });

  it('refuses what cannot be planned, with a clear message', () => {
    expect(() => makePlan({ ...eight, coders: ['Ada'] })).toThrow(
      new PlanError('double coding needs at least two coders (or an overlap of 0)'),
    );
    expect(() => makePlan({ ...eight, overlap: 1.5 })).toThrow('the overlap is a share from 0 to 1 (got 1.5)');
    expect(() => makePlan({ ...eight, seed: -1 })).toThrow('the seed is a whole number');
    expect(() => makePlan({ ...eight, coders: ['Ada', 'Ada'] })).toThrow('a coder is named twice');
    expect(makePlan({ ...eight, coders: ['Ada'], overlap: 0 }).every((t) => t.coders[0] === 'Ada')).toBe(true);
  });
});
