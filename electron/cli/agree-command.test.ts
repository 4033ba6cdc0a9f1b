import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { agreeCommand, agreeUnitsCommand, UsageError, type CliIo } from './agree-command.ts';

const dir = mkdtempSync(join(tmpdir(), 'attune-agree-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileNo = 0;
function csv(text: string): string {
  const path = join(dir, `f${++fileNo}.csv`);
  writeFileSync(path, text);
  return path;
}

async function run(cmd: typeof agreeCommand, args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (l) => out.push(l), stderr: (l) => err.push(l) };
  const code = await cmd(args, io);
  return { code, out, err };
}

async function json(args: string[]): Promise<Record<string, unknown>> {
  const r = await run(agreeCommand, [...args, '--json']);
  expect(r.err).toEqual([]);
  expect(r.code).toBe(0);
  expect(r.out).toHaveLength(1);
  return JSON.parse(r.out[0] as string) as Record<string, unknown>;
}

// Krippendorff (2011) reliability data, units as rows, observers A–D as columns.
const KRIPP = csv(
  [
    'unit,A,B,C,D',
    'u1,1,1,,1',
    'u2,2,2,3,2',
    'u3,3,3,3,3',
    'u4,3,3,3,3',
    'u5,2,2,2,2',
    'u6,1,2,3,4',
    'u7,4,4,4,4',
    'u8,1,1,2,1',
    'u9,2,2,2,2',
    'u10,,5,5,5',
    'u11,,,1,1',
    'u12,,,3,',
  ].join('\n') + '\n',
);
const LABELS = csv('unit,ann,bob\nt1,F,F\nt2,Ds,F\nt3,E,E\nt4,F,F\nt5,Ds,Ds\nt6,E,Ds\n');
// Shrout & Fleiss (1979) Table 2.
const SF = csv('unit,j1,j2,j3,j4\n1,9,2,5,8\n2,6,1,3,2\n3,8,4,6,8\n4,7,1,2,6\n5,10,5,6,9\n6,6,2,4,7\n');

describe('attune agree --json: exact shape and published values', () => {
  it('krippendorff-alpha --level nominal: Krippendorff (2011) 0.743 with a bootstrap CI', async () => {
    const o = await json([KRIPP, '--metric', 'krippendorff-alpha', '--level', 'nominal']);
    expect(Object.keys(o)).toEqual(['metric', 'value', 'units', 'coders', 'ci', 'observed', 'expected', 'missing']);
    expect(o.metric).toBe('krippendorff-alpha');
    expect(o.value as number).toBeCloseTo(0.743, 3);
    expect(o.units).toBe(11);
    expect(o.coders).toEqual(['A', 'B', 'C', 'D']);
    expect(o.missing).toBe(7);
    // D_o and D_e of Krippendorff (2011): 4/45 ≈ 0.0909 and ≈ 0.3537 (alpha = 1 − D_o/D_e).
    expect(1 - (o.observed as number) / (o.expected as number)).toBeCloseTo(o.value as number, 12);
    const ci = o.ci as { lower: number; upper: number; level: number; method: string };
    expect(Object.keys(ci)).toEqual(['lower', 'upper', 'level', 'method']);
    expect(ci.level).toBe(0.95);
    expect(ci.lower).toBeLessThan(o.value as number);
    expect(ci.method).toMatch(/1000 resamples/);
  });
  it('krippendorff-alpha at the other levels: 0.815, 0.849, 0.797; --resamples 0 omits the CI', async () => {
    expect((await json([KRIPP, '--metric', 'krippendorff-alpha', '--level', 'ordinal'])).value as number).toBeCloseTo(
      0.815,
      3,
    );
    expect((await json([KRIPP, '--metric', 'krippendorff-alpha', '--level', 'interval'])).value as number).toBeCloseTo(
      0.849,
      3,
    );
    const ratio = await json([KRIPP, '--metric', 'krippendorff-alpha', '--level', 'ratio', '--resamples', '0']);
    expect(ratio.value as number).toBeCloseTo(0.797, 3);
    expect(Object.keys(ratio)).toEqual(['metric', 'value', 'units', 'coders', 'observed', 'expected', 'missing']);
  });
  it('the bootstrap CI is reproducible, and --seed changes it', async () => {
    const a = await json([KRIPP, '--metric', 'krippendorff-alpha', '--level', 'interval', '--seed', '5']);
    const b = await json([KRIPP, '--metric', 'krippendorff-alpha', '--level', 'interval', '--seed', '5']);
    const c = await json([KRIPP, '--metric', 'krippendorff-alpha', '--level', 'interval', '--seed', '6']);
    expect(a).toEqual(b);
    expect(c.ci).not.toEqual(a.ci);
  });
  it('fleiss-kappa, gwet-ac1, brennan-prediger, percent-agreement reproduce irrCAC on the same data', async () => {
    expect((await json([KRIPP, '--metric', 'fleiss-kappa'])).value as number).toBeCloseTo(0.76117, 5);
    expect((await json([KRIPP, '--metric', 'gwet-ac1'])).value as number).toBeCloseTo(0.77544, 5);
    expect((await json([KRIPP, '--metric', 'brennan-prediger'])).value as number).toBeCloseTo(0.77273, 5);
    const pa = await json([KRIPP, '--metric', 'percent-agreement']);
    expect(pa.value as number).toBeCloseTo(0.8181818, 7);
    expect((pa.ci as { lower: number }).lower).toBeCloseTo(0.542, 3);
  });
  it('--categories changes category-dependent statistics (Brennan–Prediger over 6 categories)', async () => {
    const five = await json([KRIPP, '--metric', 'brennan-prediger']);
    const six = await json([KRIPP, '--metric', 'brennan-prediger', '--categories', '1,2,3,4,5,6']);
    expect(six.value as number).toBeGreaterThan(five.value as number);
  });
  it('icc --form: Shrout & Fleiss (1979) ICC(2,1) = .29 and ICC(3,k) = .91', async () => {
    const o = await json([SF, '--metric', 'icc', '--form', '2,1']);
    expect(o.value as number).toBeCloseTo(0.29, 2);
    expect(o.units).toBe(6);
    expect(o.coders).toEqual(['j1', 'j2', 'j3', 'j4']);
    expect((o.ci as { method: string }).method).toMatch(/McGraw & Wong/);
    // Shrout & Fleiss (1979): F(5, 15) = 11.03 for the two-way test (BMS/EMS).
    expect(o.F as number).toBeCloseTo(11.027, 3);
    expect([o.df1, o.df2]).toEqual([5, 15]);
    expect(o.p as number).toBeLessThan(0.001);
    expect((await json([SF, '--metric', 'icc', '--form', '3,k'])).value as number).toBeCloseTo(0.91, 2);
  });
  it('cohen-kappa, weighted-kappa and scott-pi on labelled categories', async () => {
    const k = await json([LABELS, '--metric', 'cohen-kappa']);
    expect(k.units).toBe(6);
    expect(k.coders).toEqual(['ann', 'bob']);
    expect(typeof k.value).toBe('number');
    const w = await json([LABELS, '--metric', 'weighted-kappa', '--weights', 'quadratic', '--categories', 'F,Ds,E']);
    expect(typeof w.value).toBe('number');
    expect(w.value).not.toBe(k.value);
    expect(typeof (await json([LABELS, '--metric', 'scott-pi'])).value).toBe('number');
  });
  it('an undefined statistic is value null with a reason, exit 0', async () => {
    const same = csv('unit,a,b\n1,x,x\n2,x,x\n');
    const o = await json([same, '--metric', 'cohen-kappa']);
    expect(Object.keys(o)).toEqual(['metric', 'value', 'units', 'coders', 'reason', 'missing']);
    expect(o.value).toBeNull();
    expect(o.reason).toMatch(/0\/0|single category/);
    const flat = csv('unit,a,b\n1,3,3\n2,3,3\n3,3,3\n');
    const i = await json([flat, '--metric', 'icc', '--form', '1,1']);
    expect(i.value).toBeNull();
    expect(typeof i.reason).toBe('string');
  });
});

describe('attune agree: readable table', () => {
  it('prints the statistic, value, units, coders, CI and the method', async () => {
    const r = await run(agreeCommand, [SF, '--metric', 'icc', '--form', '2,1']);
    expect(r.code).toBe(0);
    const text = r.out.join('\n');
    expect(text).toMatch(/ICC\(2,1\) = McGraw & Wong ICC\(A,1\)/);
    expect(text).toMatch(/Value\s+0\.2898/);
    expect(text).toMatch(/95% CI/);
    expect(text).toMatch(/F\(5, 15\) = 11\.027/);
    expect(text).toMatch(/^Method: /m);
  });
});

describe('attune agree: bad input ends with status 2 and one line naming the row or column', () => {
  const bad = async (args: string[], pattern: RegExp): Promise<void> => {
    const r = await run(agreeCommand, args);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(pattern);
    expect(r.err[0]).not.toMatch(/\n|\s+at\s/);
  };
  it('ragged rows', async () => {
    await bad(
      [csv('unit,a,b\n1,x,y\n2,x\n'), '--metric', 'percent-agreement'],
      /line 3: 2 fields, but the header has 3/,
    );
  });
  it('a coder column with no values', async () => {
    await bad([csv('unit,a,b,c\n1,x,y,\n2,x,y,\n'), '--metric', 'fleiss-kappa'], /coder column "c" has no values/);
  });
  it('non-numeric values for an interval metric or ICC', async () => {
    await bad(
      [csv('unit,a,b\n1,1,2\n2,3,high\n'), '--metric', 'krippendorff-alpha', '--level', 'interval'],
      /line 3, column "b": "high" is not a number/,
    );
    await bad(
      [csv('unit,a,b\n1,1,2\n2,x,3\n'), '--metric', 'icc', '--form', '1,1'],
      /line 3, column "a": "x" is not a number/,
    );
    await bad(
      [csv('unit,a,b\n1,1,2\n2,1e400,3\n'), '--metric', 'icc', '--form', '2,1'],
      /line 3, column "a": "1e400" is too large to be a rating$/,
    );
    await bad(
      [csv('unit,a,b\n1,1,2\n2,3,-1\n'), '--metric', 'krippendorff-alpha', '--level', 'ratio'],
      /line 3, column "b": "-1" is negative \(ratio krippendorff-alpha needs values of 0 or more\)$/,
    );
  });
  it('an unknown metric or option, a missing or invalid option value', async () => {
    await bad([KRIPP, '--metric', 'cronbach'], /unknown metric "cronbach"/);
    await bad([KRIPP, '--metric', 'fleiss-kappa', '--colour', 'red'], /Unknown option '--colour'/);
    await bad([KRIPP], /--metric is required/);
    await bad([KRIPP, '--metric', 'krippendorff-alpha'], /needs --level/);
    await bad([KRIPP, '--metric', 'krippendorff-alpha', '--level', 'cardinal'], /--level must be/);
    await bad([LABELS, '--metric', 'weighted-kappa'], /needs --weights/);
    await bad(
      [LABELS, '--metric', 'weighted-kappa', '--weights', 'cubic'],
      /--weights must be one of identity, linear, quadratic, ordinal, radical, ratio, circular, bipolar/,
    );
    await bad([SF, '--metric', 'icc'], /needs --form/);
    await bad([SF, '--metric', 'icc', '--form', '4,1'], /--form must be one of/);
    await bad(
      [KRIPP, '--metric', 'fleiss-kappa', '--weights', 'linear'],
      /--weights and --weights-file apply only to --metric weighted-kappa and gwet-ac2/,
    );
    await bad(
      [KRIPP, '--metric', 'krippendorff-alpha', '--level', 'nominal', '--resamples', 'many'],
      /--resamples must be a whole number/,
    );
    await bad([SF, '--metric', 'icc', '--form', '1,1', '--categories', '1,2'], /--categories does not apply to icc/);
  });
  it('a value outside --categories names the line and column', async () => {
    await bad(
      [LABELS, '--metric', 'cohen-kappa', '--categories', 'F,Ds'],
      /line 4, column "ann": "E" is not one of --categories/,
    );
  });
  it('two-coder metrics on three coder columns', async () => {
    await bad([KRIPP, '--metric', 'cohen-kappa'], /needs exactly 2 coder columns/);
  });
  it('a missing file, a missing FILE argument, a bad header', async () => {
    await bad([join(dir, 'nope.csv'), '--metric', 'fleiss-kappa'], /cannot read .*nope\.csv: no such file$/);
    await bad(['--metric', 'fleiss-kappa'], /missing FILE\.csv/);
    await bad([csv('item,a,b\n1,x,y\n'), '--metric', 'fleiss-kappa'], /first column must be "unit"/);
    await bad([csv('unit,a,a\n1,x,y\n'), '--metric', 'fleiss-kappa'], /"a" appears twice/);
    await bad([csv(''), '--metric', 'fleiss-kappa'], /is empty/);
  });
  it('UsageError is the shared CLI error class', () => {
    expect(new UsageError('x')).toBeInstanceOf(Error);
  });
});

describe('attune agree-units', () => {
  // Krippendorff (2004, p. 254), shifted to start at 0: continuum of 300 characters.
  const K2004 = csv(
    [
      'coder,start,end,category',
      'i,75,145,c',
      'i,220,250,c',
      'j,70,150,c',
      'j,205,225,c',
      'j,250,270,c',
      'i,30,90,k',
      'i,150,200,k',
      'j,30,90,k',
      'j,150,200,k',
    ].join('\n') + '\n',
  );
  it('--json: {"metric":"unitizing-alpha","categories":{…},"value":overall} with Krippendorff (2004) values', async () => {
    const r = await run(agreeUnitsCommand, [K2004, '--length', '300', '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    const o = JSON.parse(r.out[0] as string) as {
      metric: string;
      categories: Record<string, number | null>;
      value: number;
    };
    expect(Object.keys(o)).toEqual(['metric', 'categories', 'value', 'coders']);
    expect((o as unknown as { coders: string[] }).coders).toEqual(['i', 'j']);
    expect(o.metric).toBe('unitizing-alpha');
    expect(o.categories.c).toBeCloseTo(0.7286, 4);
    expect(o.categories.k).toBe(1);
    expect(o.value).toBeCloseTo(0.859, 3);
  });
  it('prints a table with u-alpha and matched-span F1 per category', async () => {
    const r = await run(agreeUnitsCommand, [K2004, '--length', '300']);
    expect(r.code).toBe(0);
    const text = r.out.join('\n');
    expect(text).toMatch(/^c\s+0\.7286/m);
    expect(text).toMatch(/^k\s+1\.0000\s+4\s+1\.000/m);
    expect(text).toMatch(/^\(all\)\s+0\.858/m);
  });
  const bad = async (args: string[], pattern: RegExp): Promise<void> => {
    const r = await run(agreeUnitsCommand, args);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(pattern);
  };
  it('bad input: span outside the continuum, reversed span, non-numeric offset, ragged row, bad header, bad --length', async () => {
    await bad([K2004, '--length', '260'], /line 6: the span \[250, 270\) lies outside the continuum \[0, 260\)/);
    await bad(
      [csv('coder,start,end,category\na,10,5,x\nb,1,2,x\n'), '--length', '50'],
      /line 2: the span \[10, 5\) is reversed/,
    );
    await bad(
      [csv('coder,start,end,category\na,ten,15,x\nb,1,2,x\n'), '--length', '50'],
      /line 2, column "start": "ten" is not a whole number/,
    );
    await bad([csv('coder,start,end,category\na,1,5\n'), '--length', '50'], /line 2: 3 fields, but the header has 4/);
    await bad([csv('who,start,end,category\na,1,5,x\n'), '--length', '50'], /header must be coder,start,end,category/);
    await bad([K2004], /--length is required/);
    await bad([K2004, '--length=-5'], /--length must be a positive whole number/);
    await bad([K2004, '--length', 'abc'], /--length must be a positive whole number/);
    await bad([K2004, '--length', '0'], /--length must be at least 1/);
    await bad([K2004, '--length', '300', '--threshold', '0.5'], /Unknown option '--threshold'/);
    await bad([csv('coder,start,end,category\na,1,5,x\n'), '--length', '50'], /at least two coders/);
  });
});
