import type { ImportMetadata, ImportOptions } from '../../../shared/api/transcript.ts';
import type { SpeakerPattern } from '../../../shared/transcript/turns.ts';
import { ApiCallError, errorMessage, send } from '../../api/client.ts';
import { outcomeOf } from './import-batch.ts';
import type { ImportEntry } from './import-entry.ts';
import { resolvedReplacements, type ReplacementRow } from './replacements/replacement-rows.ts';

export interface BatchOptions {
  speakerPatterns: SpeakerPattern[];
  extraLabels: string[];
  /** Rows as edited; each row's "Match case" is resolved when sent (see replacement-rows.ts). */
  replacements: ReplacementRow[];
}

/** Free-field rows the user left without a name are not sent. */
function cleanMetadata(m: ImportMetadata): ImportMetadata {
  const fields = Object.fromEntries(Object.entries(m.fields ?? {}).filter(([k]) => k.trim() !== ''));
  return { ...m, fields };
}

/** The batch's options as the host takes them: blank rows dropped, empty lists left out. */
export function sendOptions(o: BatchOptions): ImportOptions {
  const replacements = resolvedReplacements(o.replacements);
  const speakerPatterns = o.speakerPatterns.filter((p) => p.label.trim() !== '');
  const extraLabels = o.extraLabels.filter((l) => l.trim() !== '');
  return {
    ...(speakerPatterns.length ? { speakerPatterns } : {}),
    ...(extraLabels.length ? { extraLabels } : {}),
    ...(replacements.length ? { replacements } : {}),
  };
}

/** Import one file with its title and metadata; the outcome (imported, duplicate, failed) as a patch to its entry. */
export async function importEntry(
  entry: ImportEntry,
  content: string,
  options: ImportOptions,
): Promise<Partial<ImportEntry>> {
  try {
    // Not trackWrite: a duplicate or a bad file is an expected outcome listed here, not a failed save.
    const value = await send('transcript-import-file', {
      fileName: entry.name,
      contentBase64: content,
      options: {
        ...options,
        metadata: cleanMetadata(entry.metadata),
        ...(entry.title.trim() ? { title: entry.title.trim() } : {}),
      },
    });
    const o = outcomeOf({ ok: true, value });
    return { phase: o.phase, message: o.message, result: value };
  } catch (err) {
    const o = outcomeOf({
      ok: false,
      type: err instanceof ApiCallError ? err.type : 'internal',
      message: errorMessage(err),
    });
    return { phase: o.phase, message: o.message };
  }
}
