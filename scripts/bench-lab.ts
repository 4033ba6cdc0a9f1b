// Benchmark at lab scale (150 transcripts × 4 coders × 120 highlights, ~8,000 words each) and at consortium
// scale (600 × 8 × 120, ~300 MB; skipped with --lab-only): `npx tsx scripts/bench-lab.ts [--lab-only]`.
// The projects come from scripts/lab-project.ts, cached under the temp folder (built once, not timed).
// CLI figures are wall time from process start to exit (the built CLI, dist/cli); the served figures
// time `attune serve` over HTTP as the app's window uses it. Baselines are the measured figures
// before this work ("today"); the open-transcript figures are in the Chromium benchmark (bench-ui.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedLabProject, CONSORTIUM_SCALE, LAB_SCALE } from './lab-project.ts';
import { api, ROOT, startHost, type Host } from './bench-ui-host.ts';
import { dashboardPainted } from './bench-lab-dashboard.ts';

const consortium = !process.argv.includes('--lab-only');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Wall time of one CLI run in ms (fails loudly when the command fails). */
function cli(args: string[]): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'attune.mjs'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`attune ${args.join(' ')}: ${r.stderr}`);
  return ms;
}

/** The median of `runs` runs, or null (with the reason printed) when the command fails. */
function cliMedian(runs: number, args: (i: number) => string[]): number | null {
  try {
    return median(Array.from({ length: runs }, (_, i) => cli(args(i))));
  } catch (e) {
    console.log(`failed: ${(e as Error).message.split('\n')[0]}`);
    return null;
  }
}

/** Peak resident memory of a process (Linux), in MB. */
function peakMb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The dashboard's call over HTTP, with other calls made every 25 ms meanwhile (their slowest answer). */
async function served(host: Host): Promise<{ figures: number; slowestOther: number; others: number; kb: number }> {
  let done = false;
  let slowest = 0;
  let others = 0;
  const probe = (async () => {
    while (!done) {
      const t0 = performance.now();
      await api(host, 'coder-list');
      if (!done) {
        slowest = Math.max(slowest, performance.now() - t0);
        others++;
      }
      await sleep(25);
    }
  })();
  const t0 = performance.now();
  const res = await fetch(`${host.origin}/api/agreement-compute`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
    body: '{}',
  });
  const body = await res.text();
  const figures = performance.now() - t0;
  done = true;
  await probe;
  if (!(JSON.parse(body) as { ok: boolean }).ok) throw new Error(`agreement-compute: ${body.slice(0, 300)}`);
  return { figures, slowestOther: slowest, others, kb: body.length / 1024 };
}

interface Figures {
  [measure: string]: number | null;
}

async function measure(scale: typeof LAB_SCALE, runs: number): Promise<Figures> {
  const { path, built } = cachedLabProject(scale);
  if (built) console.log(`built ${path}`);
  const out = mkdtempSync(join(tmpdir(), 'attune-bench-lab-'));
  try {
    const f: Figures = {};
    f['agree-project'] = cliMedian(runs, () => ['agree-project', path, '--json']);
    f['info'] = cliMedian(runs + 2, () => ['info', path]);
    f['PDF report'] = cliMedian(1, (i) => ['report', path, '--format', 'pdf', '--output', join(out, `r${i}.pdf`)]);
    f['export-codings long'] = cliMedian(1, (i) => [
      'export-codings',
      path,
      '--layout',
      'long',
      '--output',
      join(out, `c${i}.csv`),
    ]);
    const host = await startHost(join(out, 'data'), path);
    try {
      await api(host, 'transcript-list'); // warm the connection
      const s = await served(host);
      f['dashboard: figures answered'] = s.figures;
      f['dashboard: slowest other call meanwhile'] = s.slowestOther;
      f['dashboard: answer size (kB)'] = s.kb;
      f['transcript-list'] = median(
        await Promise.all(
          [0, 1, 2].map(async (i) => {
            await sleep(i * 50);
            const t0 = performance.now();
            await api(host, 'transcript-list');
            return performance.now() - t0;
          }),
        ),
      );
      f['server peak memory (MB)'] = host.child.pid ? peakMb(host.child.pid) : null;
    } finally {
      host.child.kill();
    }
    f['dashboard: figures painted (Chromium)'] = await dashboardPainted(path);
    return f;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const ROWS: Array<{ measure: string; baseline: string; target: string; limit: number | null; unit: string }> = [
  { measure: 'agree-project', baseline: '2.1–2.5 s', target: '< 1 s', limit: 1000, unit: 'ms' },
  { measure: 'info', baseline: '0.5–0.7 s', target: '< 150 ms', limit: 150, unit: 'ms' },
  { measure: 'PDF report', baseline: '6.4–8.4 s', target: '< 3 s', limit: 3000, unit: 'ms' },
  { measure: 'export-codings long', baseline: '1.5 s', target: '< 1 s', limit: 1000, unit: 'ms' },
  {
    measure: 'dashboard: figures answered',
    baseline: '13 s (consortium)',
    target: '< 3 s at consortium',
    limit: 3000,
    unit: 'ms',
  },
  {
    measure: 'dashboard: figures painted (Chromium)',
    baseline: '13 s (consortium)',
    target: '< 3 s at consortium',
    limit: 3000,
    unit: 'ms',
  },
  {
    measure: 'dashboard: slowest other call meanwhile',
    baseline: '4 s (consortium)',
    target: '< 200 ms',
    limit: 200,
    unit: 'ms',
  },
  {
    measure: 'dashboard: answer size (kB)',
    baseline: '141 MB (consortium)',
    target: 'a page',
    limit: null,
    unit: 'kB',
  },
  { measure: 'transcript-list', baseline: '96 ms (consortium)', target: '—', limit: null, unit: 'ms' },
  { measure: 'server peak memory (MB)', baseline: '1–1.7 GB (consortium)', target: '< 500 MB', limit: 500, unit: 'MB' },
];

const show = (v: number | null | undefined, unit: string) =>
  v === null || v === undefined
    ? '—'
    : unit === 'ms'
      ? v >= 10_000
        ? `${(v / 1000).toFixed(1)} s`
        : `${Math.round(v)} ms`
      : `${Math.round(v)} ${unit}`;

async function main(): Promise<void> {
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(
    `Lab scale: ${LAB_SCALE.transcripts} transcripts × ${LAB_SCALE.coders} coders × ${LAB_SCALE.highlightsPerTranscript} highlights (Node ${process.version}; load average ${load})`,
  );
  const lab = await measure(LAB_SCALE, 3);
  const big = consortium ? await measure(CONSORTIUM_SCALE, 1) : null;
  const header = ['measure', 'baseline (today)', 'now', 'target', 'met?'];
  if (big) header.push('consortium', 'growth');
  const table = ROWS.map((r) => {
    const now = lab[r.measure] ?? null;
    // The dashboard targets are set at consortium size; the others at lab size.
    const judged =
      r.measure.startsWith('dashboard: figures') || r.measure.startsWith('server') ? big?.[r.measure] : now;
    const met = r.limit === null || judged === null || judged === undefined ? '—' : judged < r.limit ? 'yes' : 'NO';
    const row = [r.measure, r.baseline, show(now, r.unit), r.target, met];
    if (big) {
      const b = big[r.measure] ?? null;
      row.push(show(b, r.unit), b !== null && now ? `×${(b / now).toFixed(1)}` : '—');
    }
    return row;
  });
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log('');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const t of table) console.log(line(t));
  console.log('');
  if (!big) console.log('Consortium figures (600 × 8 × 120: the dashboard and memory targets) left out (--lab-only).');
  console.log('Open 20,000 words / 1,000 highlights and switching transcripts: see the Chromium benchmark (bench-ui).');
}

await main();
