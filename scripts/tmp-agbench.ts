// TEMP (not committed): times agreement-compute through the dispatcher and saves its answer for comparison.
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../electron/services/services.ts';
import { scalePairPoints } from '../shared/reliability/scale-points.ts';
const [path, tag, mode] = process.argv.slice(2);
const services = createServices({ dataDir: mkdtempSync(join(tmpdir(), 'agb-')), transport: 'http', version: '0' });
const call = async (name: string, arg: unknown = {}) => {
  const r = await services.dispatcher.dispatch(name, arg);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as any;
};
await call('project-open', { path, forReading: true });
const times: number[] = [];
const cpus: number[] = [];
let v: any;
for (let i = 0; i < (mode === 'once' ? 1 : 6); i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  v = await call('agreement-compute', {});
  times.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpus.push((c.user + c.system) / 1000);
}
console.log(tag, 'cpu min', Math.round(Math.min(...cpus)), 'wall min', Math.round(Math.min(...times)), 'all', times.map((t) => Math.round(t)).join(' '), 'ms; rss', Math.round(process.memoryUsage().rss / 1e6), 'MB; json', Math.round(JSON.stringify(v).length / 1e3), 'kB');
const out = `/tmp/agb/${tag}.json`;
const s = JSON.stringify(v, null, 1);
if (existsSync(out)) {
  const old = JSON.parse(readFileSync(out, 'utf8'));
  let pointsOk = true;
  for (const [k, sc] of (old.scales as any[]).entries()) {
    const now = v.scales[k];
    for (const [pi, p] of (sc.pairs as any[]).entries()) {
      if (p.points) {
        if (JSON.stringify(p.points) !== JSON.stringify(scalePairPoints(now, now.pairs[pi]))) pointsOk = false;
        delete p.points;
      }
    }
    if (!sc.values) sc.values = now.values;
  }
  const canon = (x: any): any => Array.isArray(x) ? x.map(canon) : x && typeof x === 'object' ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, canon(x[k])])) : x;
  const same = JSON.stringify(canon(old)) === JSON.stringify(canon(JSON.parse(s)));
  console.log(same && pointsOk ? 'SAME as saved' : `DIFFERENT from saved (points ${pointsOk ? 'same' : 'differ'})`);
  if (!same) writeFileSync(out + '.new', s);
} else writeFileSync(out, s);
services.close();
