import {
  decodeReplacementList,
  MAX_LIST_FILE_BYTES,
  parseReplacementList,
  type ListProblem,
} from '../../../../shared/transcript/replacement-list.ts';
import { plural } from '../import-batch.ts';
import { megabytes } from '../read-file.ts';
import { addLoaded, type ReplacementRow } from './replacement-rows.ts';

/** What "Load list…" last did: loaded some names, or refused the file with its problems. */
export type ListLoad = { kind: 'loaded'; message: string } | { kind: 'failed'; file: string; problems: ListProblem[] };

/**
 * Read a replacement list file and add its names after `rows`. A file with any problem adds nothing
 * (`rows` null): a half-loaded list could leave a name unreplaced unnoticed.
 */
export async function loadReplacementList(
  file: File,
  rows: readonly ReplacementRow[],
): Promise<{ rows: ReplacementRow[] | null; load: ListLoad }> {
  const failed = (problems: ListProblem[]) =>
    ({ rows: null, load: { kind: 'failed', file: file.name, problems } }) as const;
  if (file.size > MAX_LIST_FILE_BYTES)
    return failed([{ row: 1, message: `the file is too large for a replacement list (${megabytes(file.size)})` }]);
  let text: string;
  try {
    text = decodeReplacementList(new Uint8Array(await file.arrayBuffer()), TextDecoder);
  } catch {
    return failed([{ row: 1, message: 'the file could not be read' }]);
  }
  const parsed = parseReplacementList(text);
  if (!parsed.ok) return failed(parsed.problems);
  const { rows: next, added } = addLoaded(rows, parsed.entries);
  const skipped = parsed.entries.length - added;
  return {
    rows: next,
    load: {
      kind: 'loaded',
      message: `Loaded ${plural(added, 'name')} from ${file.name}${skipped ? ` (${skipped} already listed)` : ''}.`,
    },
  };
}
