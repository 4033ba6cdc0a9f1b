import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FLEISS_1971, IRR_ANXIETY, KRIPPENDORFF_2011 } from '../../shared/agreement/published-data.ts';
import { agreeCommand, agreeUnitsCommand, type CliIo } from './agree-command.ts';

const dir = mkdtempSync(join(tmpdir(), 'attune-agree-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileNo = 0;
function csv(text: string): string {
  const path = join(dir, `f${++fileNo}.csv`);
  writeFileSync(path, text);
  return path;
}
/** A units × coders CSV; null cells written as `missing`. */
function table(rows: ReadonlyArray<ReadonlyArray<unknown>>, coders: string[], missing = ''): string {
  const lines = [['unit', ...coders].join(',')];
  rows.forEach((r, i) => lines.push([`u${i + 1}`, ...r.map((v) => (v === null ? missing : String(v)))].join(',')));
  return csv(`${lines.join('\n')}\n`);
}

async function run(cmd: typeof agreeCommand, args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (l) => out.push(l), stderr: (l) => err.push(l) };
  return { code: await cmd(args, io), out, err };
}
async function json(args: string[], cmd = agreeCommand): Promise<Record<string, unknown>> {
  const r = await run(cmd, [...args, '--json']);
  expect(r.err).toEqual([]);
  expect(r.code).toBe(0);
  return JSON.parse(r.out[0] as string) as Record<string, unknown>;
}
async function bad(args: string[], pattern: RegExp, cmd = agreeCommand): Promise<void> {
  const r = await run(cmd, args);
  expect(r.code).toBe(2);
  expect(r.out).toEqual([]);
  expect(r.err).toHaveLength(1);
  expect(r.err[0]).toMatch(pattern);
}

const ABCD = ['A', 'B', 'C', 'D'];

describe('missing values: empty cells and NA (R write.csv) by default, --na to change the set', () => {
  it('Krippendorff (2011) written by R with NA: nominal alpha 0.743 with 7 missing cells, not NA as a category', async () => {
    const withNa = table(KRIPPENDORFF_2011, ABCD, 'NA');
    const o = await json([withNa, '--metric', 'krippendorff-alpha', '--level', 'nominal', '--resamples', '0']);
    expect(o.value as number).toBeCloseTo(0.743, 3);
    expect(o.missing).toBe(7);
    // Read as a category, NA inflates the pairable values and the result changes.
    const asCategory = await json([
      withNa,
      '--metric',
      'krippendorff-alpha',
      '--level',
      'nominal',
      '--resamples',
      '0',
      '--na',
      '',
    ]);
    expect(asCategory.missing).toBe(0);
    expect(asCategory.value as number).not.toBeCloseTo(0.743, 2);
  });
  it('--na -99,. reads those strings as missing (and NA then as a value)', async () => {
    const f = table(KRIPPENDORFF_2011, ABCD, '-99');
    // A value starting with "-" is given with "=", as for any option.
    const o = await json([f, '--metric', 'fleiss-kappa', '--na=-99,.']);
    expect(o.value as number).toBeCloseTo(0.76117, 5);
    expect(o.missing).toBe(7);
    const t = await run(agreeCommand, [f, '--metric', 'fleiss-kappa', '--na=-99,.']);
    expect(t.out.join('\n')).toMatch(/^Missing cells\s+7 \(empty or "-99", "\."\)$/m);
  });
});

describe('--input counts: one row per unit, one column per category', () => {
  const counts = (rows: number[][], cats: string[]): string =>
    csv(`unit,${cats.join(',')}\n${rows.map((r, i) => `${i + 1},${r.join(',')}`).join('\n')}\n`);
  const fleissCounts = FLEISS_1971.map((row) => [1, 2, 3, 4, 5].map((k) => row.filter((v) => v === k).length));
  it("Fleiss (1971) Table 1 as counts: Fleiss' kappa 0.430, as from the ratings", async () => {
    const f = counts(fleissCounts, ['1', '2', '3', '4', '5']);
    const o = await json([f, '--input', 'counts', '--metric', 'fleiss-kappa']);
    expect(o.value as number).toBeCloseTo(0.43, 3);
    const raw = await json([table(FLEISS_1971, ['a', 'b', 'c', 'd', 'e', 'f']), '--metric', 'fleiss-kappa']);
    expect(o.value as number).toBeCloseTo(raw.value as number, 12);
    expect(o.se as number).toBeCloseTo(raw.se as number, 12);
    expect(o.coders).toBeNull();
  });
  it('percent agreement, Brennan–Prediger, AC1 and nominal alpha equal their values on the ratings', async () => {
    const f = counts(fleissCounts, ['1', '2', '3', '4', '5']);
    const raw = table(FLEISS_1971, ['a', 'b', 'c', 'd', 'e', 'f']);
    for (const metric of ['percent-agreement', 'brennan-prediger', 'gwet-ac1']) {
      const c = await json([f, '--input', 'counts', '--metric', metric]);
      const r = await json([raw, '--metric', metric]);
      expect(c.value as number).toBeCloseTo(r.value as number, 12);
    }
    const ka = await json([f, '--input', 'counts', '--metric', 'krippendorff-alpha', '--level', 'nominal']);
    const kr = await json([raw, '--metric', 'krippendorff-alpha', '--level', 'nominal', '--resamples', '0']);
    expect(ka.value as number).toBeCloseTo(kr.value as number, 12);
    expect(ka.ci).toBeUndefined();
    expect(ka.ci_reason).toMatch(/table of counts/);
  });
  it('fractional counts are allowed (irrCAC *.dist); a negative or non-numeric count names its line and column', async () => {
    const o = await json([
      counts(
        [
          [1.5, 0.5],
          [2, 0],
          [0.5, 1.5],
        ],
        ['yes', 'no'],
      ),
      '--input',
      'counts',
      '--metric',
      'gwet-ac1',
    ]);
    expect(typeof o.value).toBe('number');
    await bad(
      [
        counts(
          [
            [1, 1],
            [2, -1],
          ],
          ['yes', 'no'],
        ),
        '--input',
        'counts',
        '--metric',
        'fleiss-kappa',
      ],
      /line 3, column "no": "-1" is not a count/,
    );
    await bad(
      [counts([[1, 1]], ['yes', 'no']), '--input', 'counts', '--metric', 'cohen-kappa'],
      /--input counts works for percent-agreement, fleiss-kappa, brennan-prediger, gwet-ac1 and krippendorff-alpha --level nominal/,
    );
  });
});

describe('--weights-file: a square matrix of agreement weights named by its first row and column', () => {
  const anxiety = table(
    IRR_ANXIETY.map((r) => [r[1] ?? null, r[2] ?? null]),
    ['r2', 'r3'],
  );
  it('a file spelling out quadratic weights gives quadratic weighted kappa: irr::kappa2(anxiety[,2:3], "squared") = 0.2520325', async () => {
    const o = await json([anxiety, '--metric', 'weighted-kappa', '--weights', 'quadratic']);
    expect(o.value as number).toBeCloseTo(0.2520325, 7);
    const cats = [...new Set(IRR_ANXIETY.flatMap((r) => [r[1], r[2]]))].sort((a, b) => (a as number) - (b as number));
    const q = cats.length;
    const w = [
      `,${cats.join(',')}`,
      ...cats.map((c, i) => `${c},${cats.map((_, j) => 1 - ((i - j) / (q - 1)) ** 2).join(',')}`),
    ];
    const file = await json([anxiety, '--metric', 'weighted-kappa', '--weights-file', csv(`${w.join('\n')}\n`)]);
    expect(file.value as number).toBeCloseTo(0.2520325, 7);
  });
  it('refuses a diagonal other than 1, a weight outside [0, 1], rows out of order, and a rating not in the matrix', async () => {
    const w = (text: string): string => csv(text);
    await bad(
      [anxiety, '--metric', 'gwet-ac2', '--weights-file', w(',1,2\n1,0.9,0\n2,0,1\n')],
      /line 2, column "1": the diagonal weight is 0.9, but must be 1/,
    );
    await bad(
      [anxiety, '--metric', 'gwet-ac2', '--weights-file', w(',1,2\n1,1,1.5\n2,0,1\n')],
      /line 2, column "2": "1.5" is not a weight between 0 and 1/,
    );
    await bad(
      [anxiety, '--metric', 'gwet-ac2', '--weights-file', w(',1,2\n2,1,0\n1,0,1\n')],
      /line 2: the row names "2" where the header's order expects "1"/,
    );
    await bad(
      [anxiety, '--metric', 'gwet-ac2', '--weights-file', w(',1,2\n1,1,0\n2,0,1\n')],
      /is not one of the categories of --weights-file/,
    );
  });
});

describe('ordered statistics on text labels need the order', () => {
  const labels = table(
    [
      ['low', 'mid'],
      ['high', 'high'],
      ['mid', 'mid'],
      ['low', 'low'],
    ],
    ['a', 'b'],
  );
  it('weighted kappa, AC2 and ordinal alpha are refused without --categories, saying why', async () => {
    await bad(
      [labels, '--metric', 'weighted-kappa', '--weights', 'linear'],
      /depends on the order of the categories.*"low", a text label/,
    );
    await bad([labels, '--metric', 'gwet-ac2', '--weights', 'quadratic'], /depends on the order/);
    await bad([labels, '--metric', 'krippendorff-alpha', '--level', 'ordinal'], /--level ordinal depends on the order/);
  });
  it('with --categories low,mid,high they run, and unweighted statistics never needed it', async () => {
    const o = await json([labels, '--metric', 'weighted-kappa', '--weights', 'linear', '--categories', 'low,mid,high']);
    expect(typeof o.value).toBe('number');
    expect(typeof (await json([labels, '--metric', 'cohen-kappa'])).value).toBe('number');
  });
});

describe('plain and quoted CSV read the same', () => {
  it('quotes, CRLF, a byte-order mark, blank lines and spaces around fields give the same answer and line numbers', async () => {
    const plain = table(KRIPPENDORFF_2011, ABCD);
    const quoted = csv(
      `\uFEFF"unit", "A","B","C","D"\r\n\r\n${KRIPPENDORFF_2011.map((r, i) => `"u${i + 1}", ${r.map((v) => (v === null ? '' : `"${v}"`)).join(',')}`).join('\r\n')}\r\n`,
    );
    const args = ['--metric', 'krippendorff-alpha', '--level', 'interval'];
    expect(await json([quoted, ...args])).toEqual(await json([plain, ...args]));
    await bad([csv('unit,a,b\n\n1,x,y\n2,x\n'), '--metric', 'fleiss-kappa'], /line 4: 2 fields, but the header has 3/);
    await bad(
      [csv('unit,a,b\n\n1,x,y\n"2",x\n'), '--metric', 'fleiss-kappa'],
      /line 4: 2 fields, but the header has 3/,
    );
  });
});

describe('per-category agreement, maximum kappa, hubert and light kappas, p-values, SE 0', () => {
  // Krippendorff (1980, p. 139).
  const k1980 = table(
    [
      [1, 1, 1],
      [1, 2, 2],
      [2, 2, 2],
      [4, 4, 4],
      [1, 4, 4],
      [2, 2, 2],
      [1, 2, 3],
      [3, 3, 3],
      [2, 2, 2],
    ],
    ['a', 'b', 'c'],
  );
  it('--per-category: Krippendorff (1980) category alphas 0.381, 0.711, 0.717, 0.764 (DKPro Krippendorff1980Test)', async () => {
    const o = await json([k1980, '--metric', 'krippendorff-alpha', '--level', 'nominal', '--per-category']);
    const c = o.categories as Record<string, number>;
    expect(Object.keys(c)).toEqual(['1', '2', '3', '4']);
    expect([c['1'], c['2'], c['3'], c['4']].map((v) => Number((v as number).toFixed(3)))).toEqual([
      0.381, 0.711, 0.717, 0.764,
    ]);
  });
  it('--per-category for percent agreement: specific agreement Σ r_ik(r_ik − 1)/Σ r_ik(r_i − 1) (Uebersax 1982)', async () => {
    const o = await json([k1980, '--metric', 'percent-agreement', '--per-category']);
    // Category 1: one unit with three 1s (6 agreeing ordered pairs), three units with one 1 (2 pairs each): 6/12.
    expect((o.categories as Record<string, number>)['1']).toBeCloseTo(0.5, 12);
    await bad([k1980, '--metric', 'fleiss-kappa', '--per-category'], /--per-category applies to/);
  });
  it('--max-kappa and --per-category for cohen-kappa (Cohen 1960; specific agreement 2n_kk/(n_k. + n_.k))', async () => {
    const f = table(
      [
        ['x', 'x'],
        ['x', 'y'],
        ['y', 'y'],
        ['y', 'y'],
        ['x', 'x'],
        ['y', 'x'],
        ['y', 'y'],
      ],
      ['a', 'b'],
    );
    const o = await json([f, '--metric', 'cohen-kappa', '--max-kappa', '--per-category']);
    // Marginals: a x 3, y 4; b x 3, y 4: equal marginals allow kappa = 1.
    expect(o.max_kappa as number).toBeCloseTo(1, 12);
    expect((o.categories as Record<string, number>).x).toBeCloseTo(4 / 6, 12);
    expect((o.categories as Record<string, number>).y).toBeCloseTo(6 / 8, 12);
    await bad([f, '--metric', 'scott-pi', '--max-kappa'], /--max-kappa applies only to --metric cohen-kappa/);
  });
  it("hubert-kappa and light-kappa: Warrens (2012) example 1, Hubert's kappa 0.802479", async () => {
    const rows = [
      ...Array.from({ length: 10 }, () => [1, 1, 1, 1]),
      ...Array.from({ length: 2 }, () => [1, 0, 1, 0]),
      ...Array.from({ length: 2 }, () => [1, 0, 0, 0]),
      [0, 0, 0, 1],
      ...Array.from({ length: 15 }, () => [0, 0, 0, 0]),
    ];
    const f = table(rows, ['r1', 'r2', 'r3', 'r4']);
    expect((await json([f, '--metric', 'hubert-kappa'])).value as number).toBeCloseTo(0.802479, 6);
    const light = await json([f, '--metric', 'light-kappa']);
    expect(light.ci_reason).toMatch(/no standard error/);
  });
  it('the p-value is exact and printed with 3 significant digits: irr::kappa2(anxiety[,2:3]) p = 0.95183172 → "0.952"', async () => {
    const f = table(
      IRR_ANXIETY.map((r) => [r[1] ?? null, r[2] ?? null]),
      ['r2', 'r3'],
    );
    const o = await json([f, '--metric', 'cohen-kappa']);
    expect(o.z as number).toBeCloseTo(-0.0604067, 7);
    expect(o.p as number).toBeCloseTo(0.95183172, 8);
    const t = await run(agreeCommand, [f, '--metric', 'cohen-kappa']);
    expect(t.out.join('\n')).toMatch(/z = -0\.060, p = 0\.952 /);
  });
  it('full agreement: SE 0, no interval, and the reason (JSON ci_reason, table Note)', async () => {
    const f = table(
      [
        [1, 1, 1],
        [2, 2, 2],
        [3, 3, 3],
        [1, 1, 1],
        [2, 2, 2],
      ],
      ['a', 'b', 'c'],
    );
    for (const metric of ['fleiss-kappa', 'percent-agreement', 'gwet-ac1']) {
      const o = await json([f, '--metric', metric]);
      expect(o.value).toBe(1);
      expect(o.se).toBe(0);
      expect(o.ci).toBeUndefined();
      expect(o.ci_reason).toMatch(/standard error is 0/);
    }
    const t = await run(agreeCommand, [f, '--metric', 'fleiss-kappa']);
    expect(t.out.join('\n')).not.toMatch(/95% CI/);
    expect(t.out.join('\n')).toMatch(/Note\s+the standard error is 0/);
  });
});

describe('attune agree-units: the coder set', () => {
  const spans = 'coder,start,end,category\na,10,20,X\nb,10,20,X\na,50,60,X\nb,52,60,X\n';
  it('the issue example: 0.9829 with a and b, 0.3088 with --coders a,b,c or a row "c,,," (a coder who marked nothing)', async () => {
    const two = await json([csv(spans), '--length', '100'], agreeUnitsCommand);
    expect(two.value as number).toBeCloseTo(0.9829, 4);
    expect(two.coders).toEqual(['a', 'b']);
    const listed = await json([csv(spans), '--length', '100', '--coders', 'a,b,c'], agreeUnitsCommand);
    expect(listed.value as number).toBeCloseTo(0.3088, 4);
    expect(listed.coders).toEqual(['a', 'b', 'c']);
    const row = await json([csv(`${spans}c,,,\n`), '--length', '100'], agreeUnitsCommand);
    expect(row.value as number).toBeCloseTo(0.3088, 4);
    expect(row.coders).toEqual(['a', 'b', 'c']);
    const table = await run(agreeUnitsCommand, [csv(spans), '--length', '100', '--coders', 'a,b,c']);
    expect(table.out[0]).toMatch(/3 coders \(a, b, c\)/);
  });
  it('a coder not in --coders is refused by line; zero-length spans are accepted (as DKPro)', async () => {
    await bad(
      [csv(spans), '--length', '100', '--coders', 'a,c'],
      /line 3: coder "b" is not in --coders a,c/,
      agreeUnitsCommand,
    );
    const o = await json([csv(`${spans}a,70,70,X\n`), '--length', '100'], agreeUnitsCommand);
    expect(typeof o.value).toBe('number');
  });
});
