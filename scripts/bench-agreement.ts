// Benchmark of the agreement engine: `npx tsx scripts/bench-agreement.ts`.
// Synthetic data are built deterministically (seeded PRNG) and are not timed. Each statistic is
// timed on the full-size data and on data twice that size, to show how cost grows (the engine is
// meant to be linear in units: the ×2 column should be close to 2).
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  fleissKappa,
  icc,
  krippendorffAlpha,
  mulberry32,
  unitizingAlpha,
  type RatingCell,
  type Span,
} from '../shared/agreement/index.ts';

const UNITS = 1_000_000;
const CODERS = 4;
const CONTINUUM = 130_000;
const SPANS_PER_CODER = 1_500;
const RUNS = 5;

/** Units × coders ratings on a 1–9 scale: a true score per unit plus coder noise, ~3% missing. */
function ratings(units: number, seed: number): RatingCell[][] {
  const rand = mulberry32(seed);
  const rows: RatingCell[][] = new Array(units);
  for (let u = 0; u < units; u++) {
    const truth = 1 + Math.floor(rand() * 9);
    const row: RatingCell[] = new Array(CODERS);
    for (let c = 0; c < CODERS; c++) {
      if (rand() < 0.03) {
        row[c] = null;
        continue;
      }
      const noise = rand() < 0.7 ? 0 : rand() < 0.5 ? -1 : 1;
      row[c] = Math.min(9, Math.max(1, truth + noise));
    }
    rows[u] = row;
  }
  return rows;
}

/** Reference highlights on a transcript, each coder shifting boundaries and sometimes missing one. */
function spans(length: number, perCoder: number, seed: number): Span[] {
  const rand = mulberry32(seed);
  const categories = [
    'idealization',
    'lack-of-recall',
    'involving-anger',
    'passivity',
    'derogation',
    'fear-of-loss',
    'metacognition',
    'coherence',
  ];
  const slot = length / perCoder;
  const reference = Array.from({ length: perCoder }, (_, i) => {
    const start = Math.floor(i * slot + rand() * slot * 0.3);
    const len = 10 + Math.floor(rand() * slot * 0.6);
    return {
      start,
      end: Math.min(length, start + len),
      category: categories[Math.floor(rand() * categories.length)] as string,
    };
  });
  const out: Span[] = [];
  for (let c = 0; c < CODERS; c++) {
    for (const r of reference) {
      const jitter = (): number => Math.floor((rand() - 0.5) * 8);
      const start = Math.max(0, r.start + jitter());
      const end = Math.min(length, Math.max(start + 1, r.end + jitter()));
      const category = rand() < 0.9 ? r.category : (categories[Math.floor(rand() * categories.length)] as string);
      out.push({ coder: `coder${c + 1}`, start, end, category });
    }
  }
  return out;
}

// Collect garbage between runs so one statistic's garbage is not billed to the next.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function time(fn: () => unknown, runs = RUNS, collect = true): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    if (collect) gc();
    const t0 = performance.now();
    const r = fn();
    const t = performance.now() - t0;
    if (r === undefined) throw new Error('no result');
    best = Math.min(best, t);
  }
  return best;
}

interface Row {
  name: string;
  size: string;
  ms: number;
  doubleMs: number;
  targetMs: number | null;
  value: number | null;
}

function main(): void {
  console.log(`Agreement engine benchmark (Node ${process.version}, best of ${RUNS} runs; data generation not timed)`);
  const cases: Array<{ name: string; targetMs: number | null; fn: (d: RatingCell[][]) => { value: number | null } }> = [
    { name: "Krippendorff's alpha, nominal", targetMs: 1000, fn: (d) => krippendorffAlpha(d, { level: 'nominal' }) },
    { name: "Krippendorff's alpha, interval", targetMs: 1000, fn: (d) => krippendorffAlpha(d, { level: 'interval' }) },
    { name: "Krippendorff's alpha, ordinal", targetMs: null, fn: (d) => krippendorffAlpha(d, { level: 'ordinal' }) },
    { name: "Fleiss' kappa", targetMs: null, fn: (d) => fleissKappa(d) },
    { name: 'ICC(2,1)', targetMs: null, fn: (d) => icc(d, { form: '2,1' }) },
  ];
  const ms: number[][] = cases.map(() => []);
  const values: Array<number | null> = cases.map(() => null);
  // One data set alive at a time, so the ×2 timings are not slowed by the other's memory.
  for (const [sizeIdx, units] of [UNITS, 2 * UNITS].entries()) {
    let data: RatingCell[][] | null = ratings(units, 1 + sizeIdx);
    for (const c of cases) c.fn(data.slice(0, 50_000)); // warm up the JIT
    cases.forEach((c, i) => {
      const d = data as RatingCell[][];
      (ms[i] as number[])[sizeIdx] = time(() => {
        const r = c.fn(d);
        if (sizeIdx === 0) values[i] = r.value;
        return r;
      });
    });
    data = null;
  }
  const rows: Row[] = cases.map((c, i) => ({
    name: c.name,
    size: `${UNITS.toLocaleString('en-US')} units × ${CODERS} coders`,
    ms: (ms[i] as number[])[0] as number,
    doubleMs: (ms[i] as number[])[1] as number,
    targetMs: c.targetMs,
    value: values[i] ?? null,
  }));

  const s1 = spans(CONTINUUM, SPANS_PER_CODER, 3);
  const s2 = spans(2 * CONTINUUM, 2 * SPANS_PER_CODER, 4);
  for (let i = 0; i < 5; i++) {
    unitizingAlpha(s1, { length: CONTINUUM }); // warm up both sizes
    unitizingAlpha(s2, { length: 2 * CONTINUUM });
  }
  gc();
  // Millisecond timings: many runs, no forced GC in between (a forced GC's background sweeping
  // would be billed to the next few milliseconds).
  let uValue: number | null = null;
  const uMs = time(() => (uValue = unitizingAlpha(s1, { length: CONTINUUM }).overall.value), 25, false);
  const uDouble = time(() => unitizingAlpha(s2, { length: 2 * CONTINUUM }).overall.value, 25, false);
  rows.push({
    name: "Krippendorff's unitizing alpha",
    size: `${CONTINUUM.toLocaleString('en-US')} chars, ${CODERS} coders × ${SPANS_PER_CODER.toLocaleString('en-US')} spans`,
    ms: uMs,
    doubleMs: uDouble,
    targetMs: 50,
    value: uValue,
  });

  const header = ['Statistic', 'Data', 'Value', 'ms', 'Target', 'Result', 'ms at ×2 data', 'Growth ×2'];
  const table = rows.map((r) => [
    r.name,
    r.size,
    r.value === null ? 'null' : r.value.toFixed(4),
    r.ms.toFixed(1),
    r.targetMs === null ? '—' : `< ${r.targetMs}`,
    r.targetMs === null ? '—' : r.ms < r.targetMs ? 'PASS' : 'MISS',
    r.doubleMs.toFixed(1),
    (r.doubleMs / r.ms).toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => (t[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i >= 2 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ');
  console.log('');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const t of table) console.log(line(t));
  console.log('');
  console.log('Growth ×2 = time on twice the data / time on the base data (≈ 2 means linear).');
  const missed = rows.filter((r) => r.targetMs !== null && r.ms >= r.targetMs);
  if (missed.length) console.log(`Missed targets: ${missed.map((r) => r.name).join(', ')}`);
}

main();
