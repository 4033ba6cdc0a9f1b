// Benchmark of the command line as labs run it, end to end (process start to exit): `attune --help`,
// and `attune agree` on units × 4 coders CSV files of 1,000 to 1,000,000 units; where Rscript with
// irr is installed, the same files through R (read.csv + irr::kripp.alpha) and the ratio. Uses the
// built CLI (dist/cli; `npm run build`). Data files are generated (seeded) into .bench/ and not timed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin', 'attune.mjs');
const dir = path.join(root, '.bench');
const SIZES = [1_000, 10_000, 100_000, 1_000_000];
const R_TIMEOUT_S = Number(process.env.ATTUNE_BENCH_R_TIMEOUT ?? 600);

/** Units × 4 coders on a 1–9 scale: a true score plus coder noise, ~3% of cells NA (as R writes them). */
function writeRatings(units, file) {
  let s = 12345;
  const rand = () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
  const lines = ['unit,c1,c2,c3,c4'];
  for (let u = 0; u < units; u++) {
    const truth = 1 + Math.floor(rand() * 9);
    const row = [u + 1];
    for (let c = 0; c < 4; c++) {
      if (rand() < 0.03) row.push('NA');
      else row.push(Math.min(9, Math.max(1, truth + (rand() < 0.7 ? 0 : rand() < 0.5 ? -1 : 1))));
    }
    lines.push(row.join(','));
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

/** Wall time of one run in ms, its stdout, and whether it finished in time. */
function timed(cmd, args, timeoutS = 600) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: timeoutS * 1000, maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, out: r.stdout ?? '', ok: r.status === 0, timedOut: r.error?.code === 'ETIMEDOUT' };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const fmt = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);

function rAvailable() {
  const r = spawnSync('Rscript', ['-e', 'suppressMessages(library(irr)); cat("ok")'], { encoding: 'utf8' });
  if (r.error) return 'Rscript was not found';
  if (r.stdout !== 'ok') return 'Rscript was found, but not the irr package';
  return null;
}

function main() {
  if (!existsSync(path.join(root, 'dist', 'cli', 'main.mjs')))
    console.log('dist/cli is missing: these figures are for the TypeScript fallback (run `npm run build`)');
  mkdirSync(dir, { recursive: true });
  console.log(`attune CLI end to end (Node ${process.version}; wall time from process start to exit)`);

  const node0 = median(Array.from({ length: 7 }, () => timed(process.execPath, ['-e', '0']).ms));
  const help = median(Array.from({ length: 7 }, () => timed(process.execPath, [bin, '--help']).ms));
  const npx = median(Array.from({ length: 3 }, () => timed('npx', ['--offline', 'attune', '--help']).ms));
  console.log('');
  console.log(`node bin/attune.mjs --help   ${fmt(help)}  (target < 150 ms; \`node -e 0\` alone: ${fmt(node0)})`);
  console.log(`npx attune --help            ${fmt(npx)}  (npm's own start-up included)`);

  const rMissing = rAvailable();
  const rows = [];
  for (const units of SIZES) {
    const file = path.join(dir, `ratings-${units}.csv`);
    if (!existsSync(file)) writeRatings(units, file);
    const args = [bin, 'agree', file, '--metric', 'krippendorff-alpha', '--level', 'nominal', '--json'];
    const runs = Array.from({ length: units >= 1_000_000 ? 3 : 5 }, () => timed(process.execPath, args));
    const ours = median(runs.map((r) => r.ms));
    const value = JSON.parse(runs[0].out).value;
    const fleiss = median(
      Array.from(
        { length: 3 },
        () => timed(process.execPath, [bin, 'agree', file, '--metric', 'fleiss-kappa', '--json']).ms,
      ),
    );
    let r = null;
    if (!rMissing) {
      const script = `suppressMessages(library(irr)); d <- read.csv("${file}"); cat(sprintf("%.15g", kripp.alpha(as.matrix(d[,-1]), "nominal")$value))`;
      const run = timed('Rscript', ['-e', script], R_TIMEOUT_S);
      r = run.timedOut ? { ms: R_TIMEOUT_S * 1000, timedOut: true } : { ms: run.ms, value: Number(run.out) };
    }
    rows.push({ units, ours, fleiss, value, r });
  }
  console.log('');
  const header = [
    'Units × 4 coders',
    'alpha (nominal, 1000-resample CI)',
    'fleiss-kappa',
    'R irr::kripp.alpha',
    'R / attune',
  ];
  const table = rows.map((x) => [
    x.units.toLocaleString('en-US'),
    fmt(x.ours),
    fmt(x.fleiss),
    x.r ? (x.r.timedOut ? `> ${R_TIMEOUT_S} s` : fmt(x.r.ms)) : '—',
    x.r ? `${x.r.timedOut ? '> ' : ''}${(x.r.ms / x.ours).toFixed(1)}×` : '—',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const t of table) console.log(line(t));
  console.log('');
  const big = rows.find((x) => x.units === 1_000_000);
  if (big) console.log(`1,000,000 units: ${fmt(big.ours)} (target < 2.5 s)`);
  if (rMissing)
    console.log(`R comparison skipped: ${rMissing} (apt-get install r-base-core, then irr from its source package).`);
  else {
    for (const x of rows)
      if (x.r && !x.r.timedOut && Math.abs(x.r.value - x.value) > 1e-9)
        console.log(`warning: R and attune disagree at ${x.units} units: ${x.r.value} vs ${x.value}`);
    console.log('Targets: faster than R at every size, at least 10× from 100,000 units.');
  }
}

main();
