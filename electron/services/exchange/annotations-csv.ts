import { randomUUID } from 'node:crypto';
import { parse as parseCsv } from 'csv-parse/sync';
import type { CodingImportReport } from '../../../shared/api/coding.ts';
import type { Coder } from '../../../shared/api/coder.ts';
import { restoreFormula } from '../../../shared/csv/csv-cell.ts';
import { cleanText } from '../../../shared/text/clean-text.ts';
import { checkCoderName } from '../../../shared/text/coder-name.ts';
import { insertAnnotation, listAnnotations } from '../db/tables/annotations.ts';
import type { ProjectStore } from '../project-store.ts';
import { ServiceError } from '../service-error.ts';
import { emptyReport, nothingImported } from './import-report.ts';

const CSV_HEADER = ['transcript', 'coder', 'start', 'end', 'code', 'note'];
/** Marks an unquoted NA cell (R's missing value) of Attune's long codings CSV; a quoted "NA" is the text NA. */
const MISSING = '\u0000NA';

interface CsvAnnotation {
  transcriptId: string;
  coder: string;
  start: number;
  end: number;
  codeId: string;
  note: string;
  severity: number | null;
}

/** The records and the file line each starts on (as a spreadsheet shows them, blank lines counted). */
function readCsv(fileName: string, content: string): { rows: string[][]; lines: number[] } {
  try {
    const records = parseCsv(content.replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      skip_empty_lines: true,
      trim: false,
      info: true,
      cast: (value, context) => (value === 'NA' && !context.quoting ? MISSING : value),
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return { rows: records.map((r) => r.record), lines: records.map((r) => r.info.lines) };
  } catch (e) {
    throw new ServiceError('validation', `${fileName}: not readable as CSV (${(e as Error).message.split('\n')[0]})`);
  }
}

/** A cell of the plain format: an unquoted NA is just the text. */
const plain = (x: string) => (x === MISSING ? 'NA' : x);

/**
 * Attune's own long codings CSV (export-codings --layout long): its span rows are highlights; every
 * other row (classification, level, scale, memo, status) is skipped and counted. Text cells are read
 * back as written (the formula guard's leading ' removed, unquoted NA as empty).
 */
function fromLongExport(store: ProjectStore, rows: string[][], lines: number[]) {
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const at = (name: string) => header.indexOf(name);
  const missing = ['transcript_id', 'coder_id', 'coder', 'kind', 'item', 'start', 'end'].filter((c) => at(c) < 0);
  if (missing.length) return { missing };
  const coderIds = new Set(store.listCoders().map((c) => c.id));
  const text = (r: string[], name: string) => {
    const v = at(name) < 0 ? MISSING : (r[at(name)] ?? MISSING);
    return v === MISSING ? '' : restoreFormula(v);
  };
  const out = { rows: [CSV_HEADER], lines: [1], skipped: 0, problems: [] as string[] };
  rows.slice(1).forEach((r, i) => {
    if (r.length !== header.length)
      return void out.problems.push(
        `row ${lines[i + 1] ?? i + 2}: expected ${header.length} fields, found ${r.length}`,
      );
    if (text(r, 'kind') !== 'span') return void out.skipped++;
    const coderId = text(r, 'coder_id');
    const severity = text(r, 'severity');
    out.rows.push([
      text(r, 'transcript_id'),
      // The coder's id when this project has it (the same study); otherwise their name.
      coderIds.has(coderId) ? coderId : text(r, 'coder'),
      text(r, 'start'),
      text(r, 'end'),
      text(r, 'item'),
      text(r, 'note'),
      severity,
    ]);
    out.lines.push(lines[i + 1] ?? i + 2);
  });
  return out;
}

/** Every row checked against the project; all problems are collected before anything is refused. */
function checkRows(
  store: ProjectStore,
  fileName: string,
  parsed: { rows: string[][]; lines: number[] },
): { good: CsvAnnotation[]; skipped: number } {
  let { rows, lines } = parsed;
  let skipped = 0;
  let withSeverity = false;
  const problems: string[] = [];
  if ((rows[0] ?? [])[0]?.trim().toLowerCase() === 'transcript_id') {
    const long = fromLongExport(store, rows, lines);
    if ('missing' in long)
      throw new ServiceError(
        'validation',
        `${fileName}: an Attune codings CSV needs the long layout's columns (missing: ${long.missing.join(', ')}); the wide layout cannot be imported`,
      );
    ({ rows, lines, skipped } = long);
    problems.push(...long.problems);
    withSeverity = true;
  } else rows = rows.map((r) => r.map(plain));
  const header = withSeverity ? CSV_HEADER : (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  if (header.join(',') !== CSV_HEADER.join(',') && header.join(',') !== CSV_HEADER.slice(0, 5).join(','))
    throw new ServiceError(
      'validation',
      `${fileName}: the header must be "${CSV_HEADER.join(',')}" (found "${(rows[0] ?? []).join(',')}")`,
    );
  const width = header.length + (withSeverity ? 1 : 0);
  const codeIds = new Set(store.activeCodebook().codebook.codes.map((c) => c.id));
  const lengths = new Map(store.listTranscripts().map((t) => [t.id, t.characters]));
  const good: CsvAnnotation[] = [];
  rows.slice(1).forEach((r, i) => {
    const row = lines[i + 1] ?? i + 2;
    if (r.length !== width) return void problems.push(`row ${row}: expected ${width} fields, found ${r.length}`);
    const [transcriptId = '', coder = '', s = '', e = '', codeId = '', note = '', sev = ''] = r.map((x, j) =>
      j === 5 ? x : x.trim(),
    );
    const len = lengths.get(transcriptId);
    if (len === undefined) return void problems.push(`row ${row}: no transcript with id "${transcriptId}"`);
    if (!coder) return void problems.push(`row ${row}: the coder is empty`);
    if (!/^\d+$/.test(s) || !/^\d+$/.test(e))
      return void problems.push(`row ${row}: start and end must be whole numbers (got "${s}", "${e}")`);
    const start = Number(s);
    const end = Number(e);
    if (end <= start) return void problems.push(`row ${row}: end (${end}) must be after start (${start})`);
    if (end > len)
      return void problems.push(
        `row ${row}: [${start}, ${end}) runs past the end of the transcript (${len} characters)`,
      );
    if (!codeIds.has(codeId)) return void problems.push(`row ${row}: code "${codeId}" is not in the active codebook`);
    if (sev !== '' && !/^[1-3]$/.test(sev))
      return void problems.push(`row ${row}: severity must be 1, 2, 3 or NA (got "${sev}")`);
    good.push({ transcriptId, coder, start, end, codeId, note: cleanText(note), severity: sev ? Number(sev) : null });
  });
  if (rows.length < 2 && skipped === 0 && !problems.length) problems.push('the file has a header but no rows');
  if (problems.length > 0) throw nothingImported(fileName, problems);
  return { good, skipped };
}

/** How far an import got, reported every few thousand rows (and once at the end). */
export type ImportProgress = (done: number, total: number) => void;

/**
 * Import annotations from a CSV (`transcript,coder,start,end,code,note`), e.g. from scripts or other
 * tools. Row numbers are spreadsheet rows (the header is row 1). Coders named but not yet in the project
 * are created; an identical annotation already present is skipped, so a repeated import adds nothing.
 * Every row is checked first; then one transaction inserts them all through one prepared statement.
 */
export function importAnnotationsCsv(
  store: ProjectStore,
  fileName: string,
  content: string,
  onProgress: ImportProgress = () => {},
): CodingImportReport {
  const { good, skipped } = checkRows(store, fileName, readCsv(fileName, content));
  const report = emptyReport(fileName, 'csv');
  report.rowsSkipped = skipped;
  try {
    importRows(store, good, report, onProgress);
  } catch (e) {
    if (e instanceof ServiceError) throw new ServiceError(e.type, `${fileName}: nothing was imported. ${e.message}`);
    throw e;
  }
  return report;
}

/** The project's coder for each name or id the file uses, creating (as coders) those it lacks. */
function resolveCoders(store: ProjectStore, names: Set<string>): Map<string, Coder> {
  const coders = store.listCoders();
  // Names compare as stored (NFKC, any case); a look-alike of an existing name is refused by createCoder.
  const key = (name: string) => {
    const checked = checkCoderName(name);
    return (checked.ok ? checked.name : name).toLowerCase();
  };
  const byKey = new Map(coders.map((c) => [key(c.name), c]));
  const out = new Map<string, Coder>();
  for (const name of names) {
    let coder = coders.find((c) => c.id === name) ?? byKey.get(key(name));
    if (!coder) {
      coder = store.createCoder(name, 'coder');
      byKey.set(key(coder.name), coder);
    }
    out.set(name, coder);
  }
  return out;
}

const PROGRESS_EVERY = 5000;

function importRows(
  store: ProjectStore,
  good: CsvAnnotation[],
  report: CodingImportReport,
  onProgress: ImportProgress,
): void {
  const { db } = store;
  const codebookKey = store.activeCodebook().key;
  const identity = (a: {
    transcriptId: string;
    coderId: string;
    codeId: string;
    start: number;
    end: number;
    note: string;
  }) => `${a.transcriptId}\u0000${a.coderId}\u0000${a.codeId}\u0000${a.start}\u0000${a.end}\u0000${a.note}`;
  db.transaction(() => {
    const coders = resolveCoders(store, new Set(good.map((g) => g.coder)));
    // What each (transcript, coder) already holds, so an identical highlight is skipped without a query per row.
    const held = new Set<string>();
    const pairs = new Set(good.map((g) => `${g.transcriptId}\u0000${coders.get(g.coder)!.id}`));
    for (const pair of pairs) {
      const [transcriptId = '', coderId = ''] = pair.split('\u0000');
      for (const a of listAnnotations(db, { transcriptId, coderId })) held.add(identity(a));
    }
    const time = new Date().toISOString();
    good.forEach((g, i) => {
      const coderId = coders.get(g.coder)!.id;
      const a = { transcriptId: g.transcriptId, coderId, codeId: g.codeId, start: g.start, end: g.end, note: g.note };
      const severity = g.severity;
      if ((i + 1) % PROGRESS_EVERY === 0) onProgress(i + 1, good.length);
      const id = identity(a);
      if (held.has(id)) return;
      held.add(id);
      insertAnnotation(db, {
        ...a,
        id: randomUUID(),
        codebookKey,
        severity,
        eventId: null,
        origin: null,
        rationale: '',
        createdAt: time,
        updatedAt: time,
      });
      report.annotationsAdded++;
      report.unchanged = false;
    });
    report.coders = [...new Set([...coders.values()].map((c) => c.name))];
    report.transcripts = new Set(good.map((g) => g.transcriptId)).size;
  });
  onProgress(good.length, good.length);
}
