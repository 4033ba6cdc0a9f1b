import type { TranscriptSummary } from '../../shared/api/transcript.ts';
import { countWords, normalizeTranscriptText } from '../../shared/transcript/normalize.ts';
import type { ProjectStore } from './project-store.ts';
import { ServiceError } from './service-error.ts';

export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]+$/, '') || base;
}

export function importText(store: ProjectStore, arg: { fileName: string; text: string; title?: string | undefined }): TranscriptSummary {
  // Normalised once, here: offsets and the hash refer to this text forever.
  const text = normalizeTranscriptText(arg.text);
  if (text.trim().length === 0) throw new ServiceError('validation', `${arg.fileName}: the file has no text`);
  return store.insertTranscript({ title: arg.title ?? titleFromFileName(arg.fileName), text, words: countWords(text), sourceName: arg.fileName });
}
