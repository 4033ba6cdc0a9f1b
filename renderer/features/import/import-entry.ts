import type { ImportMetadata, ImportPreview, ImportResult } from '../../../shared/api/transcript.ts';
import { errorMessage } from '../../api/client.ts';
import type { EntryPhase } from './import-batch.ts';
import { readFileBase64, tooLargeMessage } from './read-file.ts';

/** One file of an import batch, as the dialog lists, previews and imports it. */
export interface ImportEntry {
  key: string;
  name: string;
  size: number;
  phase: EntryPhase;
  preview: ImportPreview | null;
  /** Why the file cannot be imported (preview) or what happened on import. */
  message: string | null;
  result: ImportResult | null;
  title: string;
  metadata: ImportMetadata;
}

/** A file just added: being read, titled by its name without the extension. */
export function newEntry(file: File, key: string): ImportEntry {
  return {
    key,
    name: file.name,
    size: file.size,
    phase: 'reading',
    preview: null,
    message: null,
    result: null,
    title: file.name.replace(/\.[^.]+$/, '') || file.name,
    metadata: {},
  };
}

/** The file's bytes as base64, or why it cannot be imported (too large, unreadable). */
export async function readEntryBytes(file: File): Promise<{ bytes: string } | { message: string }> {
  const tooLarge = tooLargeMessage(file);
  if (tooLarge) return { message: tooLarge };
  try {
    return { bytes: await readFileBase64(file) };
  } catch (err) {
    return { message: `${file.name}: the file could not be read (${errorMessage(err)}).` };
  }
}
