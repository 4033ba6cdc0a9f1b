import type { CodingImportReport } from '../../shared/api/coding.ts';
import type { CodingStore } from './coding-store.ts';
import { importAnnotationsCsv } from './exchange/annotations-csv.ts';
import { importCodingFile, type ReturnRecord } from './exchange/coding-file-import.ts';
import type { ProjectStore } from './project-store.ts';

// Moving coding between projects: export in exchange/coding-export.ts, the checks an imported file passes
// in exchange/coding-file-check.ts, the import itself in exchange/coding-file-import.ts, and CSV in
// exchange/annotations-csv.ts.
export { exportCoding } from './exchange/coding-export.ts';

/** An annotations CSV, as told from a `.attune-coding` file (JSON) by its content. */
export function isAnnotationsCsv(content: string): boolean {
  return !content.trimStart().startsWith('{');
}

/** `.attune-coding` (JSON) or annotations CSV, told apart by content. */
export function importCoding(
  store: ProjectStore,
  coding: CodingStore,
  fileName: string,
  content: string,
  opts: { onlyMatching?: boolean | undefined; returned?: ReturnRecord } = {},
): CodingImportReport {
  return isAnnotationsCsv(content)
    ? importAnnotationsCsv(store, fileName, content)
    : importCodingFile(store, coding, fileName, content, opts);
}
