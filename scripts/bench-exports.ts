// Benchmark of the codings export and the PDF agreement report: `npx tsx scripts/bench-exports.ts [--lab-only]`.
// Lab scale (150 transcripts × 4 coders × 120 highlights) and consortium scale (600 × 8 × 120), from the
// cached generated projects (scripts/lab-project.ts; building the consortium file takes about a minute,
// not timed). Each figure runs in a fresh child process, so its peak RSS is the export's own; the
// export streams the long CSV into a file through the dispatcher, as `attune export-codings` does.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createServices } from '../electron/services/services.ts';
import { cachedLabProject, CONSORTIUM_SCALE, LAB_SCALE } from './lab-project.ts';

type Task = 'export' | 'pdf';

/** In the child: open the project, run one task, print {ms, rssMB, bytes}. */
async function child(task: Task, project: string, out: string): Promise<void> {
  const services = createServices({ dataDir: join(out, '..', 'data'), transport: 'http', version: 'bench' });
  const call = async (m: string, a: unknown) => {
    const r = await services.dispatcher.dispatch(m, a);
    if (!r.ok) throw new Error(`${m}: ${r.error.message}`);
    return r.value as { content: string };
  };
  await call('project-open', { path: project });
  const t0 = performance.now();
  let bytes: number;
  if (task === 'export') {
    await call('dataset-export', { layout: 'long', output: out });
    bytes = statSync(out).size;
  } else bytes = (await call('report-create', { format: 'pdf' })).content.length;
  const ms = performance.now() - t0;
  services.close();
  // maxRSS is in kilobytes (the whole process: Node itself is about 50 MB of it).
  console.log(JSON.stringify({ ms, rssMB: process.resourceUsage().maxRSS / 1024, bytes }));
}

function run(task: Task, project: string): { ms: number; rssMB: number; bytes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'attune-bench-exports-'));
  try {
    // A copy: opening a project may migrate or checkpoint it, and the cache must stay as built.
    const copy = join(dir, 'p.attune');
    copyFileSync(project, copy);
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', import.meta.filename, '--child', task, copy, join(dir, 'out.csv')],
      {
        encoding: 'utf8',
      },
    );
    if (r.status !== 0) throw new Error(`${task} failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop() as string);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1] as Task, args[2] as string, args[3] as string);
  const scales = [
    { name: 'lab (150 × 4 × 120)', o: LAB_SCALE, exportMs: 1000, pdfMs: 3000 },
    ...(args.includes('--lab-only')
      ? []
      : [{ name: 'consortium (600 × 8 × 120)', o: CONSORTIUM_SCALE, exportMs: null, pdfMs: 15000 }]),
  ];
  const rows: string[][] = [['figure', 'scale', 'measured', 'target']];
  for (const s of scales) {
    const t0 = performance.now();
    const { path, built } = cachedLabProject(s.o);
    if (built) console.log(`built ${path} in ${((performance.now() - t0) / 1000).toFixed(0)} s (not timed)`);
    const e = run('export', path);
    rows.push([
      'export-codings --layout long',
      s.name,
      `${(e.ms / 1000).toFixed(2)} s, ${(e.bytes / 1e6).toFixed(0)} MB written`,
      s.exportMs === null ? '-' : `< ${s.exportMs / 1000} s`,
    ]);
    rows.push(['  peak RSS of that process', s.name, `${e.rssMB.toFixed(0)} MB`, '< 300 MB']);
    const p = run('pdf', path);
    rows.push(['report --format pdf', s.name, `${(p.ms / 1000).toFixed(2)} s`, `< ${s.pdfMs / 1000} s`]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
}

await main();
