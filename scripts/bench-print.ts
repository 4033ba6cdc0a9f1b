// Benchmark of the printable coded transcript and the Segments list: `npx tsx scripts/bench-print.ts`.
// A synthetic 40,000-word transcript (deterministic) with three coders' highlights, sections and score
// sheets, in a real project file, printed through the dispatcher as the app and the CLI do. Setup is not timed.
import { performance } from 'node:perf_hooks';
import { mulberry32 } from '../shared/agreement/index.ts';
import { servicesWithProject } from '../tests/support/services.ts';

const WORDS = 40_000;
const HIGHLIGHTS_PER_CODER = 400;
const RUNS = 3;
const WORD_LIST = [
  'she',
  'was',
  'always',
  'there',
  'I',
  'suppose',
  'we',
  'moved',
  'house',
  'mother',
  'father',
  'loving',
  'remember',
  'school',
  'really',
  'fine',
];

function transcript(seed: number): string {
  const rand = mulberry32(seed);
  const lines = ['SYNTHETIC - NOT REAL DATA'];
  let words = 0;
  while (words < WORDS) {
    const n = 5 + Math.floor(rand() * 60);
    const line = Array.from({ length: n }, () => WORD_LIST[Math.floor(rand() * WORD_LIST.length)]).join(' ');
    lines.push(`${lines.length % 2 ? 'I' : 'R'}: ${line}.`);
    words += n;
  }
  return lines.join('\n');
}

async function main() {
  const h = await servicesWithProject('bench.attune');
  try {
    const text = transcript(7);
    const t = (await h.call<{ id: string }>('transcript-import-text', { fileName: 'SYN-BENCH.txt', text })).id;
    const lineStarts = [...text.matchAll(/\n/g)].map((m) => (m.index ?? 0) + 1);
    const step = Math.floor(lineStarts.length / 18);
    for (let q = 0; q < 18; q++)
      await h.call('section-create', {
        transcriptId: t,
        start: lineStarts[q * step]!,
        end: q === 17 ? text.length : lineStarts[(q + 1) * step]! - 1,
        number: q + 1,
      });
    const codes = [
      'idealization.unsupported_adjective',
      'lack_of_recall.insistence',
      'derogation',
      'normalizing_or_minimizing',
    ];
    const rand = mulberry32(11);
    const coders: string[] = [];
    for (const name of ['Ada', 'Ben', 'Cy']) {
      const id = (await h.call<{ id: string }>('coder-create', { name })).id;
      coders.push(id);
      for (let i = 0; i < HIGHLIGHTS_PER_CODER; i++) {
        const start = Math.floor(rand() * (text.length - 200));
        await h.call('annotation-create', {
          transcriptId: t,
          coderId: id,
          codeId: codes[i % codes.length],
          start,
          end: start + 20 + Math.floor(rand() * 150),
        });
      }
      await h.call('classification-set', { transcriptId: t, coderId: id, primary: 'F', subtype: 'F3a' });
    }
    const time = async (fn: () => Promise<unknown>) => {
      const ms: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        await fn();
        ms.push(performance.now() - t0);
      }
      return Math.min(...ms);
    };
    const lines = text.split('\n').length;
    console.log(
      `Transcript: ${WORDS.toLocaleString('en')} words, ${lines} lines; 3 coders × ${HIGHLIGHTS_PER_CODER} highlights; best of ${RUNS}`,
    );
    console.log('');
    console.log('What                                         time      target');
    const row = (what: string, ms: number, target: string) =>
      console.log(`${what.padEnd(45)}${`${(ms / 1000).toFixed(2)} s`.padEnd(10)}${target}`);
    row(
      'Print coded transcript, PDF (3 coders)',
      await time(() => h.call('report-create-transcript', { transcriptId: t, coderIds: coders, format: 'pdf' })),
      '< 10 s',
    );
    row(
      'Print coded transcript, HTML (3 coders)',
      await time(() => h.call('report-create-transcript', { transcriptId: t, coderIds: coders, format: 'html' })),
      '< 10 s',
    );
    row('Segments list, all 1,200 highlights', await time(() => h.call('segment-list', {})), '-');
  } finally {
    h.done();
  }
}

await main();
