import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Coder } from '../../../shared/api/coder.ts';
import type { TranscriptSummary } from '../../../shared/api/transcript.ts';
import { api, REPO_ROOT, type Host } from './host.ts';

export const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures', 'transcripts');
export const fixture = (name: string) => join(FIXTURES, name);

/** A small deterministic generator, so seeded projects (and screenshots) are the same every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const CODES = [
  'idealization.unsupported_adjective',
  'lack_of_recall.insistence',
  'metacognition.monitoring',
  'quality.contradiction',
  'normalizing_or_minimizing',
  'passivity.vague_discourse',
  'warmth.balanced_forgiving',
  'anger.involving',
];
const CLASSES: Array<{ primary: string; subtype: string | null; alternative: string | null }> = [
  { primary: 'F', subtype: 'F3a', alternative: null },
  { primary: 'Ds', subtype: 'Ds1', alternative: null },
  { primary: 'E', subtype: 'E2', alternative: null },
  { primary: 'F', subtype: 'F2', alternative: null },
  { primary: 'U', subtype: null, alternative: 'Ds' },
];

/**
 * Through the API (for screenshots and setup only, never for what a test asserts about the UI):
 * a lead and two coders who coded the same transcripts with realistic, partly overlapping spans,
 * ratings and classifications.
 */
export async function seedMultiCoderProject(host: Host, projectPath: string, files: string[]) {
  await api(host, 'project-create', { path: projectPath });
  const lead = await api<Coder>(host, 'coder-create', { name: 'Ada Lindqvist', role: 'lead' });
  const ben = await api<Coder>(host, 'coder-create', { name: 'Ben Osei', role: 'coder' });
  const chen = await api<Coder>(host, 'coder-create', { name: 'Chen Wu', role: 'coder' });
  const transcripts: TranscriptSummary[] = [];
  for (const f of files) {
    const text = readFileSync(fixture(f), 'utf8');
    transcripts.push(await api<TranscriptSummary>(host, 'transcript-import-text', { fileName: f, text }));
  }
  const rand = rng(7);
  for (const [ti, t] of transcripts.entries()) {
    const full = await api<{ text: string }>(host, 'transcript-get', { id: t.id });
    const text = full.text;
    // Respondent sentences as candidate passages.
    const cands: Array<{ start: number; end: number }> = [];
    const re = /R: ([^\n]+)/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = m.index + 3;
      const line = m[1]!;
      const cut = line.search(/[.!?]\s/);
      const end = s + (cut > 20 ? cut + 1 : Math.min(line.length, 90));
      if (end - s > 15) cands.push({ start: s, end });
    }
    const base = cands
      .filter(() => rand() < 0.45)
      .slice(0, 14)
      .map((c, i) => ({ ...c, code: CODES[(i + ti) % CODES.length]! }));
    for (const [k, coder] of [lead, ben, chen].entries()) {
      await api(host, 'session-set-coder', { coderId: coder.id });
      for (const b of base) {
        const r = rand();
        if (k > 0 && r < 0.18) continue; // missed by this coder
        const code = k > 0 && r > 0.9 ? CODES[(CODES.indexOf(b.code) + 1) % CODES.length]! : b.code;
        // Another coder often starts a word later or stops a word earlier: realistic near-misses.
        let { start, end } = b;
        if (k > 0 && rand() < 0.35) start = text.indexOf(' ', start) + 1 || start;
        if (k > 0 && rand() < 0.25) end = Math.max(start + 5, text.lastIndexOf(' ', end - 2));
        await api(host, 'annotation-create', { transcriptId: t.id, coderId: coder.id, codeId: code, start, end });
      }
      if (k === 2 && cands[1])
        await api(host, 'annotation-create', {
          transcriptId: t.id,
          coderId: coder.id,
          codeId: 'humour',
          start: cands[1].start,
          end: cands[1].end,
        });
      const cls = CLASSES[(ti + (k > 0 && rand() < 0.3 ? 1 : 0)) % CLASSES.length]!;
      await api(host, 'classification-set', { transcriptId: t.id, coderId: coder.id, ...cls });
      const coh = 3 + ((ti * 2) % 5) + (k > 0 ? Math.round((rand() - 0.5) * 3) : 0);
      await api(host, 'rating-set', {
        transcriptId: t.id,
        coderId: coder.id,
        scaleId: 'coh.transcript',
        target: 'transcript',
        value: Math.min(9, Math.max(1, coh)),
      });
      await api(host, 'rating-set', {
        transcriptId: t.id,
        coderId: coder.id,
        scaleId: 'coh.mind',
        target: 'transcript',
        value: Math.min(9, Math.max(1, coh + (rand() < 0.5 ? 0 : 1))),
      });
      await api(host, 'rating-set', {
        transcriptId: t.id,
        coderId: coder.id,
        scaleId: 'exp.loving',
        target: 'mother',
        value: Math.min(9, Math.max(1, 2 + ((ti * 3) % 6) + (k > 0 ? Math.round((rand() - 0.5) * 2) : 0))),
      });
      await api(host, 'status-set', { transcriptId: t.id, coderId: coder.id, status: 'complete' });
    }
  }
  await api(host, 'session-set-coder', { coderId: null });
  return { lead, ben, chen, transcripts };
}
