// Where the time of an open goes (the 20k / 1,000-highlight transcript of scripts/bench-ui.ts), for finding
// what to fix before measuring with bench-ui.ts: `npx tsx scripts/bench-ui-trace.ts`, TRACE_RUNS opens (3).
// - default: a Chromium trace of each open: the API requests, then the main thread's tasks over 1 ms with
//   their longest parts (UpdateLayoutTree, Layout, Paint, FunctionCall…), in ms after the first request;
//   TRACE_OUT=prefix writes each trace as prefix-N.json (for chrome://tracing or DevTools).
// - TRACE_CPU=1: a sampling CPU profile up to the first slice appended after the first paint, by source
//   function (through the build's source maps): self time, then total with callees (TRACE_TOTALS rows;
//   TRACE_UNDER=name keeps the samples with that function on the stack).
// - TRACE_CALLS=1: each API call the open makes, when it was sent and answered, in ms after the click.
// The tracing itself slows the page: compare figures within one mode, and measure with bench-ui.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { ensureBuild, launchChromium, ROOT, seedProject, startHost } from './bench-ui-host.ts';
import { firstWords } from './bench-ui-lib.ts';
import { KEEP_NAMES, openTranscript } from './bench-ui-page.ts';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string; requestId?: string } };
}

async function main(): Promise<void> {
  ensureBuild();
  const stress = readFileSync(join(ROOT, 'tests', 'fixtures', 'transcripts', 'syn-0014-stress.txt'), 'utf8');
  const text20 = firstWords(stress.replace(/\r\n/g, '\n'), 20_000);
  const tmp = mkdtempSync(join(tmpdir(), 'attune-bench-trace-'));
  const project = join(tmp, 'bench.attune');
  spawnSync(process.execPath, ['bin/attune.mjs', 'init', project], { cwd: ROOT });
  const host = await startHost(join(tmp, 'data'), project);
  const browser = await launchChromium();
  try {
    await seedProject(host, stress, [
      { title: 'Bench 20k', fileName: 'b20.txt', text: text20, highlights: 1000, seed: 20 },
    ]);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript({ content: KEEP_NAMES });
    // Each API call's method and when it was made and answered (performance.now()).
    if (process.env['TRACE_CALLS'])
      await page.addInitScript(() => {
        const w = window as unknown as { __calls: [string, number, number][] };
        w.__calls = [];
        const real = window.fetch.bind(window);
        window.fetch = (input, init) => {
          const url = String(input);
          const rec: [string, number, number] = [url.split('/api/')[1] ?? url, performance.now(), 0];
          if (url.includes('/api/')) w.__calls.push(rec);
          return real(input, init).then((r) => {
            rec[2] = performance.now();
            return r;
          });
        };
      });
    await page.goto(host.url);
    const who = page.getByRole('heading', { name: 'Who is coding?' });
    await who.or(page.locator('header.app-header')).first().waitFor();
    if (await who.isVisible()) await page.getByRole('button', { name: /Bench/ }).click();
    await page.locator('nav button', { hasText: 'A warm-up' }).waitFor();
    const runs = Number(process.env['TRACE_RUNS'] ?? 3);
    for (let i = 0; i < runs; i++) {
      await openTranscript(page, 'A warm-up');
      await page.waitForTimeout(800);
      if (process.env['TRACE_CALLS']) {
        await page.evaluate(() => ((window as unknown as { __calls: unknown[] }).__calls.length = 0));
        const { t0, paint } = await openTranscript(page, 'Bench 20k');
        await page.waitForTimeout(300);
        const calls = await page.evaluate(() => (window as unknown as { __calls: [string, number, number][] }).__calls);
        console.log(
          `painted ${(paint - t0).toFixed(0)}: ${calls.map(([n, a, b]) => `${n} ${(a - t0).toFixed(0)}→${(b - t0).toFixed(0)}`).join(', ')}`,
        );
        continue;
      }
      if (process.env['TRACE_CPU']) {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
        await cdp.send('Profiler.start');
        const { t0, paint } = await openTranscript(page, 'Bench 20k');
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
        console.log(`\nopen: painted ${(paint - t0).toFixed(0)} ms`);
        printMapped(profile);
        continue;
      }
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'],
      });
      const { t0, paint } = await openTranscript(page, 'Bench 20k');
      const buf = await browser.stopTracing();
      summarise(JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] }, t0, paint);
      if (process.env['TRACE_OUT']) writeFileSync(`${process.env['TRACE_OUT']}-${i}.json`, buf);
    }
  } finally {
    await browser.close();
    host.child.kill('SIGTERM');
    rmSync(tmp, { recursive: true, force: true });
  }
}

interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  samples?: number[];
  timeDeltas?: number[];
}

const maps = new Map<string, TraceMap | null>();
function origin(f: CpuProfile['nodes'][number]['callFrame']): string {
  const file = f.url.split('/').pop() ?? '';
  if (!file.endsWith('.js')) return `${f.functionName || '(anon)'} ${file}`;
  if (!maps.has(file)) {
    try {
      maps.set(file, new TraceMap(readFileSync(join(ROOT, 'dist', 'renderer', 'assets', file + '.map'), 'utf8')));
    } catch {
      maps.set(file, null);
    }
  }
  const m = maps.get(file);
  if (!m) return `${f.functionName} ${file}`;
  const o = originalPositionFor(m, { line: f.lineNumber + 1, column: f.columnNumber });
  return `${o.name ?? f.functionName ?? '(anon)'} ${(o.source ?? '').replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '')}:${o.line}`;
}

function printMapped(p: CpuProfile): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  // Up to the first slice appended after the first paint (use-progressive-document's append).
  const samples = p.samples ?? [];
  let cut = samples.findIndex((id) => {
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n))
      if (
        origin(byId.get(n)!.callFrame).startsWith('append renderer/features/transcript/editor/use-progressive-document')
      )
        return true;
    return false;
  });
  if (cut < 0) cut = samples.length;
  console.log(
    `cut at sample ${cut} of ${samples.length}: ${((p.timeDeltas ?? []).slice(0, cut).reduce((a, b) => a + b, 0) / 1000).toFixed(0)} ms`,
  );
  // TRACE_UNDER=name: only the samples with that function on the stack.
  const under = process.env['TRACE_UNDER'];
  const onStack = (id: number) => {
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n))
      if (origin(byId.get(n)!.callFrame).startsWith(under + ' ')) return true;
    return false;
  };
  samples.slice(0, cut).forEach((id, i) => {
    if (under && !onStack(id)) return;
    const ms = (p.timeDeltas?.[i] ?? 0) / 1000;
    const k0 = origin(byId.get(id)!.callFrame);
    self.set(k0, (self.get(k0) ?? 0) + ms);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const k = origin(byId.get(n)!.callFrame);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  });
  const show = (m: Map<string, number>, n: number) =>
    [...m]
      .filter(([k]) => !/^\((idle|root)\)/.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${v.toFixed(1).padStart(6)}  ${k}`)
      .join('\n');
  console.log(`self:\n${show(self, 30)}\ntotal:\n${show(total, Number(process.env['TRACE_TOTALS'] ?? 60))}`);
}

function summarise(trace: { traceEvents: TraceEvent[] }, t0: number, paint: number): void {
  const ev = trace.traceEvents;
  // Times are printed in ms after the first API request was sent (the click's task comes just before it).
  const nav = ev.filter((e) => e.name === 'ResourceSendRequest' && e.args?.data?.url?.includes('/api/'));
  const tid = nav[0]?.tid;
  const base = (nav[0]?.ts ?? 0) / 1000;
  console.log(`\nopen: painted ${(paint - t0).toFixed(0)} ms after the click`);
  const byId = new Map<string, { url: string; send: number; recv?: number; fin?: number }>();
  for (const e of ev) {
    const d = e.args?.data;
    if (!d?.requestId) continue;
    if (e.name === 'ResourceSendRequest' && d.url?.includes('/api/'))
      byId.set(d.requestId, { url: d.url.split('/api/')[1]!, send: e.ts / 1000 - base });
    const r = byId.get(d.requestId);
    if (r && e.name === 'ResourceReceiveResponse') r.recv = e.ts / 1000 - base;
    if (r && e.name === 'ResourceFinish') r.fin = e.ts / 1000 - base;
  }
  for (const r of byId.values())
    console.log(
      `  request ${r.url.padEnd(28)} sent ${r.send.toFixed(1)}  response ${r.recv?.toFixed(1)}  finished ${r.fin?.toFixed(1)}`,
    );
  const tasks = ev
    .filter((e) => e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) > 1000)
    .map((e) => ({ start: e.ts / 1000 - base, dur: (e.dur ?? 0) / 1000, e }));
  for (const t of tasks) {
    const inner = ev.filter(
      (e) =>
        e.tid === tid &&
        e.ph === 'X' &&
        e.name !== 'RunTask' &&
        e.ts >= t.e.ts &&
        e.ts + (e.dur ?? 0) <= t.e.ts + (t.e.dur ?? 0) &&
        (e.dur ?? 0) > 500,
    );
    const names = new Map<string, number>();
    for (const i of inner) names.set(i.name, Math.max(names.get(i.name) ?? 0, (i.dur ?? 0) / 1000));
    console.log(
      `  task at ${t.start.toFixed(1)} for ${t.dur.toFixed(1)} ms: ${[...names]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([n, d]) => `${n} ${d.toFixed(1)}`)
        .join(', ')}`,
    );
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
