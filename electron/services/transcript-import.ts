import type { TranscriptSummary } from '../../shared/api/transcript.ts';
import type { ProjectStore } from './project-store.ts';
import { ServiceError } from './service-error.ts';

/** Normalise once at import (BOM, line ends, NFC): offsets and the hash refer to this text forever. */
function normalize(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

function words(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]+$/, '') || base;
}

export function importText(store: ProjectStore, arg: { fileName: string; text: string; title?: string | undefined }): TranscriptSummary {
  const text = normalize(arg.text);
  if (text.trim().length === 0) throw new ServiceError('validation', `${arg.fileName}: the file has no text`);
  return store.insertTranscript({ title: arg.title ?? titleFromFileName(arg.fileName), text, words: words(text), sourceName: arg.fileName });
}
