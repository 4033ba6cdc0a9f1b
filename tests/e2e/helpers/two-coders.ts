import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Coder } from '../../../shared/api/coder.ts';
import type { Transcript, TranscriptSummary } from '../../../shared/api/transcript.ts';
import { MINI_FIXTURE } from './flow.ts';
import { api, type Host } from './host.ts';

/**
 * The setup several multi-coder tests share, made over the API (the coding UI is tested elsewhere): a new
 * project with Ada (lead) and Ben (coder) and the mini transcript; `span` finds a phrase in its stored text.
 */
export async function twoCodersOnMini(host: Host, tmp: string, projectFile: string) {
  await api(host, 'project-create', { path: join(tmp, projectFile) });
  const ada = await api<Coder>(host, 'coder-create', { name: 'Ada', role: 'lead' });
  const ben = await api<Coder>(host, 'coder-create', { name: 'Ben', role: 'coder' });
  const t = await api<TranscriptSummary>(host, 'transcript-import-text', {
    fileName: 'syn-0001-mini.txt',
    text: readFileSync(MINI_FIXTURE, 'utf8'),
  });
  const text = (await api<Transcript>(host, 'transcript-get', { id: t.id })).text;
  const span = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
  return { ada, ben, t, text, span };
}
