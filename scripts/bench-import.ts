// The annotations CSV import at lab scale: 100,000 rows through the dispatcher, on a real project file, and
// how quickly another call answers while it runs. Run by `npm run bench` (or alone: npx tsx scripts/bench-import.ts).
import { performance } from 'node:perf_hooks';
import { createServices } from '../electron/services/services.ts';
import { CSV_WORKER } from '../electron/cli/serve-command.ts';
import { tempDir } from '../tests/support/temp-dir.ts';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const dir = tempDir('attune-bench-');
const services = createServices({
  dataDir: dir.file('data'),
  transport: 'http',
  version: 'bench',
  csvWorker: CSV_WORKER,
});
const call = async <T>(method: string, arg: unknown): Promise<T> => {
  const r = await services.dispatcher.dispatch(method, arg);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
};

try {
  await call('project-create', { path: dir.file('bench.attune') });
  const text = Array.from(
    { length: 4000 },
    (_, i) => `${i % 2 ? 'R' : 'I'}: line ${i} of the interview, words here.`,
  ).join('\n');
  const ids: string[] = [];
  for (let t = 0; t < 5; t++)
    ids.push(
      (await call<{ id: string }>('transcript-import-text', { fileName: `t${t}.txt`, text: `${t}\n${text}` })).id,
    );
  const codes = ['humour', 'derogation', 'idealization.unsupported_adjective', 'lack_of_recall.insistence'];
  const lines = ['transcript,coder,start,end,code,note'];
  for (let i = 0; i < ROWS; i++) {
    const start = (i * 37) % (text.length - 50);
    lines.push(
      `${ids[i % ids.length]},Coder${i % 4},${start},${start + 20 + (i % 17)},${codes[i % codes.length]},n${i}`,
    );
  }
  const csv = `${lines.join('\n')}\n`;

  let answered: number | null = null;
  let finished = false;
  const t0 = performance.now();
  const importing = call<{ annotationsAdded: number }>('coding-import', { fileName: 'big.csv', content: csv }).then(
    (r) => {
      finished = true;
      return r;
    },
  );
  // Another call made while the import runs (half a second in): how long until it answers.
  await new Promise((r) => setTimeout(r, 500));
  const probeStart = performance.now();
  const during = !finished;
  await call('transcript-list', {});
  answered = performance.now() - probeStart;
  const report = await importing;
  const total = performance.now() - t0;
  console.log(`Annotations CSV import, ${ROWS.toLocaleString('en')} rows`);
  console.log(
    `  import:                     ${(total / 1000).toFixed(2)} s (${report.annotationsAdded.toLocaleString('en')} added)`,
  );
  console.log(
    `  another call answered after: ${Math.round(answered)} ms (target 200 ms)${during ? ', while the import ran' : ' (the import had already finished)'}`,
  );
} finally {
  services.close();
  dir.remove();
}
