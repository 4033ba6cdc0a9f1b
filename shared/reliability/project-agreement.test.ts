import { describe, expect, it } from 'vitest';
import { SHROUT_FLEISS_1979 } from '../agreement/published-data.ts';
import { mulberry32, unitizingAlpha, weightedKappa, type Span } from '../agreement/index.ts';
import { codebookSchema, type Codebook } from '../codebook/codebook-schema.ts';
import { defaultCodebook } from '../codebook/default-codebook.ts';
import { computeProjectAgreement, computeProjectAgreementAsync } from './project-agreement.ts';
import { scalePairPoints } from './scale-points.ts';
import type { AgreementAnnotation, AgreementClassification, AgreementRating, ProjectAgreementInput } from './types.ts';

const cb = defaultCodebook();

function project(n: number, coders: string[], extra: Partial<ProjectAgreementInput> = {}): ProjectAgreementInput {
  return {
    codebook: cb,
    codebookKey: `${cb.id}@${cb.version}`,
    transcripts: Array.from({ length: n }, (_, i) => ({
      id: `t${i + 1}`,
      title: `SYN-${String(i + 1).padStart(4, '0')}`,
      length: 1000,
    })),
    coders: coders.map((c) => ({ id: c, name: c.toUpperCase() })),
    annotations: [],
    ratings: [],
    classifications: [],
    ...extra,
  };
}

const cls = (
  transcriptId: string,
  coderId: string,
  primary: string,
  alternative: string | null = null,
  subtype: string | null = null,
): AgreementClassification => ({
  transcriptId,
  coderId,
  primary,
  subtype,
  alternative,
});

/** Cohen's kappa straight from a q×q table: (p_o − p_e)/(1 − p_e), p_e from the margins (Cohen 1960). */
function kappaByHand(table: number[][]): number {
  const n = table.flat().reduce((s, x) => s + x, 0);
  const q = table.length;
  let po = 0;
  let pe = 0;
  for (let i = 0; i < q; i++) {
    po += (table[i]?.[i] ?? 0) / n;
    const row = (table[i] ?? []).reduce((s, x) => s + x, 0) / n;
    const col = table.reduce((s, r) => s + (r[i] ?? 0), 0) / n;
    pe += row * col;
  }
  return (po - pe) / (1 - pe);
}

describe('classification agreement per level', () => {
  // Two coders, 12 transcripts. 3-way table (rows A, cols B; F, Ds, E):
  //   F: 5 1 0 / Ds: 0 3 0 / E: 1 0 2  → agreement 10/12.
  // t12: A says U/E2 and B says E: same at 3-way (E), different at 4-way (U vs E).
  const pairs: Array<[string, string]> = [
    ['F', 'F'],
    ['F', 'F'],
    ['F', 'F'],
    ['F', 'F'],
    ['F', 'F'],
    ['F', 'Ds'],
    ['Ds', 'Ds'],
    ['Ds', 'Ds'],
    ['Ds', 'Ds'],
    ['E', 'F'],
    ['E', 'E'],
  ];
  const classifications = pairs.flatMap(([a, b], i) => [cls(`t${i + 1}`, 'a', a), cls(`t${i + 1}`, 'b', b)]);
  classifications.push(cls('t12', 'a', 'U', 'E2'), cls('t12', 'b', 'E'));
  const r = computeProjectAgreement(project(12, ['a', 'b'], { classifications }));

  it("3-way: percent agreement 10/12 and Cohen's kappa equal to the value computed from the 3×3 table by hand (Cohen 1960)", () => {
    const l = r.classification.find((x) => x.level === '3-way');
    expect(l?.n).toBe(12);
    expect(l?.categories).toEqual(['F', 'Ds', 'E']);
    expect(l?.percentAgreement.value).toBeCloseTo(10 / 12, 12);
    expect(l?.kappa.statistic).toBe('cohen-kappa');
    expect(l?.kappa.value).toBeCloseTo(
      kappaByHand([
        [5, 1, 0],
        [0, 3, 0],
        [1, 0, 2],
      ]),
      12,
    );
    expect(l?.kappa.ci).not.toBeNull();
    expect(l?.confusion).toMatchObject({
      kind: 'pair',
      rowCoderId: 'a',
      colCoderId: 'b',
      total: 12,
      counts: [
        [5, 1, 0],
        [0, 3, 0],
        [1, 0, 2],
      ],
    });
    expect(l?.warning?.severity).toBe('small');
  });

  it('4-way counts U as its own category (U/E2 vs E disagree); 2-way: F vs non-F from a 2×2 table by hand', () => {
    const four = r.classification.find((x) => x.level === '4-way');
    expect(four?.percentAgreement.value).toBeCloseTo(9 / 12, 12);
    expect(four?.confusion.categories).toEqual(['F', 'Ds', 'E', 'U']);
    const two = r.classification.find((x) => x.level === '2-way');
    // F/F 5, F/non-F 1, non-F/F 1, non-F/non-F 5.
    expect(two?.kappa.value).toBeCloseTo(
      kappaByHand([
        [5, 1],
        [1, 5],
      ]),
      12,
    );
    expect(r.transcripts.find((t) => t.transcriptId === 't12')?.agreeByLevel).toMatchObject({
      '3-way': true,
      '4-way': false,
      '5-way': false,
      'u-vs-non-u': false,
    });
  });

  it('lists classification disagreements with the levels at which they differ', () => {
    const d = r.disagreements.filter((x) => x.kind === 'classification');
    expect(d.map((x) => x.transcriptId).sort()).toEqual(['t10', 't12', 't6']);
    expect(d.find((x) => x.transcriptId === 't12')).toMatchObject({
      levels: ['u-vs-non-u', '4-way', '5-way'],
      coderIds: ['a', 'b'],
    });
    expect(d.find((x) => x.transcriptId === 't12')?.detail).toBe('A: U/E2; B: E (differ at u-vs-non-u, 4-way, 5-way)');
  });

  it('U without an alternative has no 3-way label: excluded with its reason, but counted at 4-way', () => {
    const x = computeProjectAgreement(
      project(3, ['a', 'b'], {
        classifications: [
          cls('t1', 'a', 'F'),
          cls('t1', 'b', 'F'),
          cls('t2', 'a', 'U'),
          cls('t2', 'b', 'U', 'Ds'),
          cls('t3', 'a', 'E'),
          cls('t3', 'b', 'E'),
        ],
      }),
    );
    const three = x.classification.find((l) => l.level === '3-way');
    expect(three?.n).toBe(2);
    expect(three?.excluded).toEqual([{ transcriptId: 't2', coderId: 'a', reason: 'U has no alternative recorded' }]);
    const four = x.classification.find((l) => l.level === '4-way');
    expect(four?.n).toBe(3);
    expect(four?.excluded).toEqual([]);
    expect(three?.warning).toMatchObject({ severity: 'too-few', n: 2 });
    expect(three?.warning?.message).toMatch(/too few/);
  });

  it("three coders: Fleiss' kappa from P̄ and p_j by hand (Fleiss 1971, eq. 1–9); pooled confusion is symmetric with 2 × pairs entries", () => {
    const labels = [
      ['F', 'F', 'F'],
      ['F', 'F', 'Ds'],
      ['Ds', 'Ds', 'Ds'],
      ['E', 'E', 'F'],
      ['E', 'E', 'E'],
      ['F', 'Ds', 'E'],
      ['F', 'F', 'F'],
      ['Ds', 'Ds', 'E'],
    ];
    const c3 = labels.flatMap((row, i) => row.map((l, j) => cls(`t${i + 1}`, ['a', 'b', 'c'][j] as string, l)));
    const x = computeProjectAgreement(project(8, ['a', 'b', 'c'], { classifications: c3 }));
    const l = x.classification.find((y) => y.level === '3-way');
    // By hand: P_i = Σ n_ij(n_ij − 1) / (m(m − 1)), P̄ = mean; p_j = share of all ratings; κ = (P̄ − Σp_j²)/(1 − Σp_j²).
    const cats = ['F', 'Ds', 'E'];
    const P = labels.map(
      (row) =>
        cats.reduce((s, c) => {
          const k = row.filter((v) => v === c).length;
          return s + k * (k - 1);
        }, 0) / 6,
    );
    const Pbar = P.reduce((s, v) => s + v, 0) / P.length;
    const all = labels.flat();
    const pe = cats.reduce((s, c) => s + (all.filter((v) => v === c).length / all.length) ** 2, 0);
    expect(l?.kappa.statistic).toBe('fleiss-kappa');
    expect(l?.percentAgreement.value).toBeCloseTo(Pbar, 12);
    expect(l?.kappa.value).toBeCloseTo((Pbar - pe) / (1 - pe), 12);
    expect(l?.pairs).toHaveLength(3);
    expect(l?.confusion.kind).toBe('pooled-pairs');
    expect(l?.confusion.total).toBe(8 * 3 * 2);
    const m = l?.confusion.counts as number[][];
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(m[i]?.[j]).toBe(m[j]?.[i]);
    // Diagonal = 2 × agreeing pairs: per transcript agreeing pairs 3,1,3,1,3,0,3,1 = 15.
    expect((m[0]?.[0] ?? 0) + (m[1]?.[1] ?? 0) + (m[2]?.[2] ?? 0)).toBe(30);
  });
});

describe('scale agreement', () => {
  const tenPoint: Codebook = codebookSchema.parse({
    ...cb,
    scales: [{ id: 'sf', label: 'Shrout–Fleiss', group: 'test', targets: ['transcript'], min: 1, max: 10, step: 1 }],
  });

  it('Shrout & Fleiss (1979) Table 2 through the project pipeline: ICC(2,1) = ICC(A,1) = .29, ICC(3,1) = ICC(C,1) = .71', () => {
    const coders = ['j1', 'j2', 'j3', 'j4'];
    const ratings: AgreementRating[] = SHROUT_FLEISS_1979.flatMap((row, i) =>
      row.map((v, j) => ({
        transcriptId: `t${i + 1}`,
        coderId: coders[j] as string,
        scaleId: 'sf',
        target: 'transcript',
        value: v,
        notRateable: false,
      })),
    );
    const r = computeProjectAgreement(project(6, coders, { codebook: tenPoint, ratings }));
    const s = r.scales[0];
    expect(s).toMatchObject({ scaleId: 'sf', target: 'transcript', n: 6 });
    expect(s?.iccA1.value).toBeCloseTo(0.29, 2);
    expect(s?.iccA1.mcGrawWong).toBe('ICC(A,1)');
    expect(s?.iccC1.value).toBeCloseTo(0.71, 2);
    expect(s?.iccC1.fTest?.df1).toBe(5);
    expect(s?.iccC1.ci).not.toBeNull();
    expect(s?.weightedKappa.statistic).toBe('mean-pairwise-weighted-kappa');
    expect(s?.pairs).toHaveLength(6);
    // MAD by hand over the 6 pairs of each row.
    const diffs = SHROUT_FLEISS_1979.flatMap((row) =>
      row.flatMap((a, i) => row.slice(i + 1).map((b) => Math.abs(a - b))),
    );
    expect(s?.meanAbsoluteDifference.value).toBeCloseTo(diffs.reduce((x, y) => x + y, 0) / diffs.length, 12);
    expect(s?.meanAbsoluteDifference.n).toBe(36);
    expect(s?.withinTolerance.value).toBeCloseTo(diffs.filter((d) => d <= 1).length / 36, 12);
    expect(s?.warning?.severity).toBe('too-few');
  });

  it('two coders: quadratic weighted kappa equals 1 − Σw·o / Σw·e with w = (i − j)² over the scale steps; Bland–Altman bias and limits by hand', () => {
    const a = [3, 5, 7, 2, 6, 4, 8, 5];
    const b = [3.5, 5, 6, 2, 7.5, 4, 8, 4];
    const ratings: AgreementRating[] = a.flatMap((v, i) => [
      {
        transcriptId: `t${i + 1}`,
        coderId: 'a',
        scaleId: 'coh.transcript',
        target: 'transcript',
        value: v,
        notRateable: false,
      },
      {
        transcriptId: `t${i + 1}`,
        coderId: 'b',
        scaleId: 'coh.transcript',
        target: 'transcript',
        value: b[i] as number,
        notRateable: false,
      },
    ]);
    const r = computeProjectAgreement(project(8, ['a', 'b'], { ratings, codebook: cb }), { scaleTolerance: 1 });
    const s = r.scales.find((x) => x.scaleId === 'coh.transcript');
    // 1..9 by 0.5: 17 categories; index = (v − 1)/0.5.
    const idx = (v: number) => (v - 1) / 0.5;
    const n = a.length;
    let obs = 0;
    let exp = 0;
    for (let i = 0; i < n; i++) obs += (idx(a[i] as number) - idx(b[i] as number)) ** 2;
    for (const x of a) for (const y of b) exp += (idx(x) - idx(y)) ** 2 / n;
    expect(s?.weightedKappa.statistic).toBe('weighted-kappa');
    expect(s?.weightedKappa.value).toBeCloseTo(1 - obs / exp, 12);
    const d = a.map((v, i) => v - (b[i] as number));
    const bias = d.reduce((x, y) => x + y, 0) / n;
    const sdd = Math.sqrt(d.reduce((x, y) => x + (y - bias) ** 2, 0) / (n - 1));
    expect(s?.pairs[0]).toMatchObject({ coderA: 'a', coderB: 'b', n: 8 });
    expect(s?.pairs[0]?.bias).toBeCloseTo(bias, 12);
    expect(s?.pairs[0]?.loaUpper).toBeCloseTo(bias + 1.96 * sdd, 12);
    expect(s?.meanAbsoluteDifference.value).toBeCloseTo(d.reduce((x, y) => x + Math.abs(y), 0) / n, 12);
    expect(s?.withinTolerance.value).toBeCloseTo(7 / 8, 12); // only t5 (1.5 apart) is beyond 1 point
    const dis = r.disagreements.filter((x) => x.kind === 'scale');
    expect(dis.map((x) => x.transcriptId)).toEqual(['t5']);
    expect(dis[0]).toMatchObject({ scaleId: 'coh.transcript', target: 'transcript', spread: 1.5 });
  });

  it("event scales compare each coder's highest event rating; not rateable against a value is listed, not averaged", () => {
    const R = (
      t: string,
      c: string,
      target: string,
      value: number | null,
      scaleId = 'unres.loss',
    ): AgreementRating => ({ transcriptId: t, coderId: c, scaleId, target, value, notRateable: value === null });
    const r = computeProjectAgreement(
      project(2, ['a', 'b'], {
        ratings: [
          R('t1', 'a', 'event:e1', 3),
          R('t1', 'a', 'event:e2', 6),
          R('t1', 'b', 'event:x9', 5.5),
          R('t2', 'a', 'father', 4, 'exp.loving'),
          R('t2', 'b', 'father', null, 'exp.loving'),
        ],
      }),
    );
    const u = r.scales.find((s) => s.scaleId === 'unres.loss');
    expect(u).toMatchObject({ target: 'max', aggregate: 'max', n: 1 });
    expect(u && scalePairPoints(u, u.pairs[0]!)).toEqual([{ transcriptId: 't1', a: 6, b: 5.5 }]);
    expect(u?.values).toEqual({ transcriptIds: ['t1'], rows: [[6, 5.5]] });
    const loving = r.scales.find((s) => s.scaleId === 'exp.loving');
    expect(loving).toMatchObject({ target: 'father', n: 0, notRateableMismatches: 1 });
    expect(loving?.iccA1.value).toBeNull();
    expect(loving?.iccA1.reason).toBeTruthy();
    expect(r.disagreements.find((d) => d.kind === 'scale' && d.scaleId === 'exp.loving')?.detail).toBe(
      'Loving (father): A 4; not rateable for B',
    );
  });
});

describe('passage agreement', () => {
  /** Krippendorff (2004, p. 254) example on one transcript of 300 characters; coders i and j, codes c and k. */
  const K2004: Array<[string, number, number, string]> = [
    ['i', 225, 70, 'c'],
    ['i', 370, 30, 'c'],
    ['j', 220, 80, 'c'],
    ['j', 355, 20, 'c'],
    ['j', 400, 20, 'c'],
    ['i', 180, 60, 'k'],
    ['i', 300, 50, 'k'],
    ['j', 180, 60, 'k'],
    ['j', 300, 50, 'k'],
  ];
  const custom: Codebook = codebookSchema.parse({
    ...cb,
    codes: [
      { id: 'c', label: 'Code c', group: 'coherence', color: '#112233' },
      { id: 'k', label: 'Code k', group: 'coherence', color: '#445566' },
    ],
  });
  const ann = (t: string, coder: string, start: number, end: number, code: string): AgreementAnnotation => ({
    transcriptId: t,
    coderId: coder,
    codeId: code,
    start,
    end,
  });
  const k2004 = K2004.map(([coder, begin, len, code]) => ann('t1', coder, begin - 150, begin - 150 + len, code));

  it('Krippendorff (2004, p. 254) example as one transcript: uα_c = .7286, uα_k = 1, overall .859', () => {
    const r = computeProjectAgreement({
      ...project(1, ['i', 'j'], { annotations: k2004 }),
      codebook: custom,
      transcripts: [{ id: 't1', title: 'T1', length: 300 }],
    });
    expect(r.passages.codes.find((c) => c.codeId === 'c')?.alphaU.value).toBeCloseTo(0.7286, 4);
    expect(r.passages.codes.find((c) => c.codeId === 'k')?.alphaU.value).toBe(1);
    expect(r.passages.overall.alphaU.value).toBeCloseTo(0.859, 3);
    expect(r.passages.overall.spans).toBe(9);
    expect(r.transcripts[0]?.alphaU.value).toBeCloseTo(0.859, 3);
  });

  it('pools transcripts by laying them end to end (second transcript offset by the first one’s length) and leaves out transcripts a coder did not take part in', () => {
    const t2 = [ann('t2', 'i', 10, 40, 'c'), ann('t2', 'j', 12, 40, 'c'), ann('t2', 'i', 60, 90, 'k')];
    const t3 = [ann('t3', 'i', 0, 20, 'c')]; // only i took part
    const input: ProjectAgreementInput = {
      ...project(0, ['i', 'j']),
      codebook: custom,
      transcripts: [
        { id: 't1', title: 'T1', length: 300 },
        { id: 't2', title: 'T2', length: 100 },
        { id: 't3', title: 'T3', length: 50 },
      ],
      annotations: [...k2004, ...t2, ...t3],
    };
    const r = computeProjectAgreement(input);
    const shifted: Span[] = [...k2004, ...t2].map((a) => ({
      coder: a.coderId,
      category: a.codeId,
      start: a.start + (a.transcriptId === 't2' ? 300 : 0),
      end: a.end + (a.transcriptId === 't2' ? 300 : 0),
    }));
    const direct = unitizingAlpha(shifted, { length: 400, coders: ['i', 'j'], categories: ['c', 'k'] });
    expect(r.passages.pooledTranscripts).toEqual(['t1', 't2']);
    expect(r.passages.continuumLength).toBe(400);
    expect(r.passages.excludedTranscripts).toEqual([
      { transcriptId: 't3', reason: 'not coded by every passage coder (missing: J)' },
    ]);
    expect(r.passages.overall.alphaU.value).toBeCloseTo(direct.overall.value as number, 12);
    expect(r.passages.codes.find((c) => c.codeId === 'c')?.alphaU.value).toBeCloseTo(
      direct.categories.c?.value as number,
      12,
    );
  });

  it('matched-span F1 by hand at Jaccard 0.5 and at 0.9; spans only one coder marked and different codes on one span are listed with offsets', () => {
    const anns = [
      ann('t1', 'a', 0, 10, 'c'),
      ann('t1', 'b', 0, 10, 'c'), // identical
      ann('t1', 'a', 20, 30, 'c'),
      ann('t1', 'b', 22, 30, 'c'), // Jaccard 0.8
      ann('t1', 'b', 50, 60, 'k'), // only b
      ann('t1', 'a', 70, 80, 'c'),
      ann('t1', 'b', 71, 80, 'k'), // same span, different codes
    ];
    const input = { ...project(1, ['a', 'b'], { annotations: anns }), codebook: custom };
    const r = computeProjectAgreement(input);
    const c = r.passages.codes.find((x) => x.codeId === 'c');
    // c: a has 3, b has 2, matched 2 → F1 = 4/5; k: a 0, b 2 → F1 0; overall: 2 matched, 3 + 4 spans → 4/7.
    expect(c?.overlap).toMatchObject({ matched: 2, spansA: 3, spansB: 2, f1: 0.8 });
    expect(r.passages.codes.find((x) => x.codeId === 'k')?.overlap).toMatchObject({
      matched: 0,
      spansA: 0,
      spansB: 2,
      f1: 0,
    });
    expect(r.passages.overall.overlap.f1).toBeCloseTo(4 / 7, 12);
    expect(r.passages.pairs).toEqual([
      { coderA: 'a', coderB: 'b', matched: 2, spansA: 3, spansB: 4, precision: 0.5, recall: 2 / 3, f1: 4 / 7 },
    ]);
    const strict = computeProjectAgreement(input, { overlapThreshold: 0.9 });
    expect(strict.passages.codes.find((x) => x.codeId === 'c')?.overlap.matched).toBe(1);
    const dis = r.disagreements.filter((d) => d.kind !== 'classification' && d.kind !== 'scale');
    expect(dis).toEqual([
      expect.objectContaining({
        kind: 'span-only-one-coder',
        start: 50,
        end: 60,
        coderIds: ['b'],
        codeIds: ['k'],
        detail: 'only B marked Code k here',
      }),
      expect.objectContaining({
        kind: 'different-codes-same-span',
        start: 70,
        end: 80,
        coderIds: ['a', 'b'],
        codeIds: ['c', 'k'],
      }),
    ]);
  });

  it('a coder who took part but marked nothing makes every other span "only one coder"; nobody else taking part means no passage figures', () => {
    const withStatus = computeProjectAgreement({
      ...project(1, ['a', 'b'], { annotations: [ann('t1', 'a', 5, 15, 'c')] }),
      codebook: custom,
      statuses: [{ transcriptId: 't1', coderId: 'b', status: 'complete', submittedAt: '2026-01-01T00:00:00Z' }],
    });
    expect(withStatus.disagreements).toEqual([
      expect.objectContaining({ kind: 'span-only-one-coder', coderIds: ['a'] }),
    ]);
    expect(withStatus.passages.overall.alphaU.n).toBe(1);
    const alone = computeProjectAgreement({
      ...project(1, ['a', 'b'], { annotations: [ann('t1', 'a', 5, 15, 'c')] }),
      codebook: custom,
    });
    expect(alone.disagreements).toEqual([]);
    expect(alone.passages.overall.alphaU).toMatchObject({
      value: null,
      reason: 'unitizing alpha needs at least two coders who took part',
    });
  });
});

describe('progress and the n behind each figure', () => {
  const classifications = Array.from({ length: 30 }, (_, i) => [
    cls(`t${i + 1}`, 'a', i % 3 === 0 ? 'F' : 'Ds'),
    cls(`t${i + 1}`, 'b', i % 4 === 0 ? 'F' : 'Ds'),
  ]).flat();
  const input = project(30, ['a', 'b'], { classifications });

  it('reports progress once per transcript plus once for the pooled figures, in order', () => {
    const seen: Array<[number, number]> = [];
    computeProjectAgreement(input, { onProgress: (d, t) => seen.push([d, t]) });
    expect(seen).toHaveLength(31);
    expect(seen[0]).toEqual([1, 31]);
    expect(seen.at(-1)).toEqual([31, 31]);
  });

  it('the async variant yields to the host between transcripts and within the pooled figures, and returns the same figures', async () => {
    let yields = 0;
    const r = await computeProjectAgreementAsync(input, { yieldFn: async () => void yields++ });
    // Once per transcript, then between classification levels, scales and codes of the pooled figures.
    const levels = input.codebook.classification?.levels.length ?? 0;
    expect(yields).toBeGreaterThan(30 + levels + r.scales.length);
    expect(r).toEqual(computeProjectAgreement(input));
  });

  it('a host reading ahead is asked for each transcript before its step, and for everything (the pooled unitizing computed ahead) only after the classification and scale figures', async () => {
    const ratings: AgreementRating[] = ['a', 'b'].flatMap((c) =>
      input.transcripts.map((t, i) => ({
        transcriptId: t.id,
        coderId: c,
        scaleId: 'coh.transcript',
        target: 'transcript',
        value: 1 + ((i + (c === 'a' ? 0 : 1)) % 9),
        notRateable: false,
      })),
    );
    const withScale = { ...input, ratings };
    const log: string[] = [];
    const r = await computeProjectAgreementAsync(withScale, {
      yieldFn: async () => void log.push('pause'),
      ready: (i) => (log.push(`ready ${i}`), null),
      source: {
        annotationsOf: () => [],
        ratingsOf: (id) => ratings.filter((x) => x.transcriptId === id),
        pooledUnitizing: () => (log.push('pooled asked'), undefined),
      },
    });
    expect(r).toEqual(computeProjectAgreement(withScale));
    const asked = log.filter((x) => x !== 'pause');
    expect(asked).toEqual([...input.transcripts.map((_, i) => `ready ${i}`), 'ready 30', 'pooled asked']);
    // Between the last transcript and "everything": a pause after each classification level and each scale.
    const between = log.slice(log.indexOf('ready 29') + 1, log.indexOf('ready 30')).filter((x) => x === 'pause');
    expect(r.scales.length).toBeGreaterThan(0);
    expect(between.length).toBeGreaterThanOrEqual(r.classification.length + r.scales.length);
  });

  it('no warning at 30 transcripts; every undefined figure is null with a reason, never NaN', () => {
    const r = computeProjectAgreement(input);
    expect(r.classification.find((l) => l.level === '3-way')?.warning).toBeNull();
    const json = JSON.stringify(r);
    expect(json).not.toMatch(/NaN|Infinity/);
    const u = r.classification.find((l) => l.level === 'u-vs-non-u');
    expect(u?.kappa).toMatchObject({ value: null, n: 30 });
    expect(u?.kappa.reason).toMatch(/chance agreement is 1/);
  });
});

describe('scale pairs', () => {
  it("give each pair the engine's quadratic weighted kappa (Fleiss & Cohen 1973) of its values, and the mean over pairs", () => {
    const rnd = mulberry32(5);
    const coders = ['a', 'b', 'c'];
    const ratings: AgreementRating[] = [];
    for (let t = 1; t <= 40; t++)
      for (const c of coders)
        if (rnd() < 0.9) {
          const value = 1 + Math.round(rnd() * 16) / 2; // 1 to 9 in half points
          ratings.push({
            transcriptId: `t${t}`,
            coderId: c,
            scaleId: 'coh.transcript',
            target: 'transcript',
            value,
            notRateable: false,
          });
        }
    const r = computeProjectAgreement(project(40, coders, { ratings }));
    const s = r.scales.find((x) => x.scaleId === 'coh.transcript')!;
    const steps = Array.from({ length: 17 }, (_, k) => 1 + k / 2);
    const pairKappa = (i: number, j: number) =>
      weightedKappa(
        s.values.rows.map((row) => [row[i] ?? null, row[j] ?? null]),
        { weights: 'quadratic', categories: steps },
      ).value as number;
    const expected = [pairKappa(0, 1), pairKappa(0, 2), pairKappa(1, 2)];
    expect(s.weightedKappa.statistic).toBe('mean-pairwise-weighted-kappa');
    expect(s.weightedKappa.value).toBe((expected[0]! + expected[1]! + expected[2]!) / 3);
    expect(s.pairs.map((p) => p.n)).toEqual(
      [
        [0, 1],
        [0, 2],
        [1, 2],
      ].map(([i, j]) => s.values.rows.filter((row) => row[i!] != null && row[j!] != null).length),
    );
  });
});

describe('pooled passage agreement', () => {
  it("equals unitizing alpha (Krippendorff 1995) on the transcripts laid end to end, to the last bit, though it reuses the transcripts' sums", () => {
    const rnd = mulberry32(21);
    const codes = ['derogation', 'humour', 'anger.involving'];
    for (let round = 0; round < 30; round++) {
      const coders = ['a', 'b', 'c'].slice(0, 2 + (round % 2));
      const input = project(4, coders);
      input.transcripts.forEach((t) => (t.length = 200 + Math.floor(rnd() * 300)));
      const annotations: AgreementAnnotation[] = [];
      for (const t of input.transcripts)
        for (const c of coders)
          for (let k = Math.floor(rnd() * 8); k > 0; k--) {
            const start = Math.floor(rnd() * (t.length - 40));
            const len = 1 + Math.floor(rnd() * (rnd() < 0.2 ? 39 : 15));
            annotations.push({ transcriptId: t.id, coderId: c, codeId: codes[k % 3]!, start, end: start + len });
          }
      // Every coder takes part in every transcript (a rating each), so all four are pooled.
      input.ratings = input.transcripts.flatMap((t) =>
        coders.map((c) => ({
          transcriptId: t.id,
          coderId: c,
          scaleId: 'coh.transcript',
          target: 'transcript',
          value: 5,
          notRateable: false,
        })),
      );
      input.annotations = annotations.sort((x, y) => x.start - y.start);
      const r = computeProjectAgreement(input);
      // The pooled continuum walked directly: no sums reused.
      let offset = 0;
      const spans: Span[] = [];
      for (const t of input.transcripts) {
        for (const a of annotations.filter((x) => x.transcriptId === t.id))
          spans.push({ coder: a.coderId, category: a.codeId, start: a.start + offset, end: a.end + offset });
        offset += t.length;
      }
      const codeIds = r.passages.codes.map((c) => c.codeId);
      const direct = unitizingAlpha(spans, { length: offset, coders, categories: codeIds });
      expect(r.passages.pooledTranscripts).toHaveLength(4);
      expect(r.passages.overall.alphaU.value, `round ${round}`).toBe(direct.overall.value);
      for (const c of r.passages.codes)
        expect(c.alphaU.value, `round ${round} ${c.codeId}`).toBe(direct.categories[c.codeId]?.value ?? null);
    }
  });
});
