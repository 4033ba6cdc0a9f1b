// The codings export (long or wide CSV, optionally with SPSS syntax). The long layout streams: one
// transcript's rows are read, written and dropped before the next, and the event loop gets a turn
// between transcripts, so a consortium-sized export neither holds the file in memory (when written to
// a path) nor stops the app answering other calls while it runs. Only what the acting coder may see
// is read (Access), exactly as for agreement.
import { closeSync, existsSync, fsyncSync, linkSync, openSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { CodingsExportFile } from '../../shared/api/dataset.ts';
import type { Coder } from '../../shared/api/coder.ts';
import { codingsWide, line } from '../../shared/reliability/codings-csv.ts';
import { longSpss, wideSpss } from '../../shared/reliability/codings-labels.ts';
import {
  LONG_COLUMNS,
  longHeader,
  longTranscriptRows,
  sharedMemoRows,
  type LongCoderData,
  type LongInclude,
} from '../../shared/reliability/codings-long.ts';
import { ColumnStats } from '../../shared/reliability/codings-spss.ts';
import { defaultIncluded, fileStem, gatherVisible, refuseIfBlind, today } from './agreement-data.ts';
import type { CodingStore } from './coding-store.ts';
import type { ServiceContext } from './context.ts';
import { getClassification as getStoredClassification } from './db/tables/classifications.ts';
import { getTranscriptMetadata } from './db/tables/transcripts.ts';
import type { ProjectStore } from './project-store.ts';
import { ServiceError } from './service-error.ts';
import { listSharedMemos } from './shared-memos.ts';

export interface CodingsExportArgs {
  layout: 'long' | 'wide';
  transcriptIds?: string[] | undefined;
  coderIds?: string[] | undefined;
  include?: LongInclude[] | undefined;
  spss?: boolean | undefined;
  output?: string | undefined;
}

/** Where the text goes: a file (written beside, then linked into place) or memory. */
interface Sink {
  write(chunk: string): void;
  /** The CSV's content when kept in memory ('' when written to a file). */
  finish(): string;
  abort(): void;
}

function memorySink(): Sink {
  const parts: string[] = [];
  return { write: (c) => void parts.push(c), finish: () => parts.join(''), abort: () => {} };
}

/**
 * Writes to a hidden file beside `out`, then links it to `out` (which fails if `out` exists, so a
 * file is never overwritten and a half-written export never carries the chosen name).
 */
function fileSink(out: string): Sink {
  const temp = join(dirname(out), `.${basename(out)}.${process.pid}.${Date.now()}.partial`);
  let fd: number;
  try {
    fd = openSync(temp, 'wx');
  } catch (e) {
    throw new ServiceError('validation', `cannot write in ${dirname(out)} (${(e as NodeJS.ErrnoException).code})`);
  }
  const close = () => {
    if (fd >= 0) closeSync(fd);
    fd = -1;
  };
  return {
    write: (c) => void writeSync(fd, c),
    finish: () => {
      fsyncSync(fd);
      close();
      try {
        linkSync(temp, out);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        throw new ServiceError(
          'validation',
          code === 'EEXIST' ? `${out} already exists` : `cannot write ${out} (${code})`,
        );
      } finally {
        unlinkSync(temp);
      }
      return '';
    },
    abort: () => {
      close();
      try {
        unlinkSync(temp);
      } catch {
        // already gone
      }
    },
  };
}

function chosenCoders(ctx: ServiceContext, coderIds: string[] | undefined): Coder[] {
  const all = ctx.project.listCoders();
  if (!coderIds) return all.filter((c) => defaultIncluded(c, true, ctx.access.coder?.id));
  return coderIds.map((id) => {
    const c = all.find((x) => x.id === id);
    if (!c) throw new ServiceError('not-found', `no coder with id ${id}`);
    return c;
  });
}

function chosenTranscripts(ctx: ServiceContext, ids: string[] | undefined) {
  const all = ctx.project.listTranscripts();
  if (!ids) return all;
  return ids.map((id) => {
    const t = all.find((x) => x.id === id);
    if (!t) throw new ServiceError('not-found', `no transcript with id ${id}`);
    return t;
  });
}

/** One coder's codings of one transcript, as the long layout needs them (memo and status only when asked for). */
function coderData(
  coding: CodingStore,
  db: ProjectStore['db'],
  transcriptId: string,
  c: Coder,
  annotations: LongCoderData['annotations'],
  include: ReadonlySet<LongInclude>,
): LongCoderData {
  // The stored row: the store's getClassification also derives every level (reading the codebook each time).
  const k = getStoredClassification(db, { transcriptId, coderId: c.id }) ?? null;
  const s = include.has('status') ? coding.getStatus(transcriptId, c.id) : undefined;
  return {
    coder: { id: c.id, name: c.name, role: c.role },
    annotations,
    ratings: coding.listRatings(transcriptId, c.id),
    events: coding.listEvents(transcriptId, c.id),
    classification: k,
    status: s && { status: s.status, submittedAt: s.submittedAt },
    memo: include.has('memos') ? coding.getMemo(transcriptId, c.id).text : undefined,
  };
}

/** The participant code, unless the lab hides it from the acting coder. */
function participant(ctx: ServiceContext, store: ProjectStore, transcriptId: string): string | null {
  const meta = getTranscriptMetadata(store.db, { id: transcriptId }) ?? {};
  return ctx.access.visibleMetadata(meta).participantCode?.trim() || null;
}

async function writeLong(ctx: ServiceContext, a: CodingsExportArgs, sink: Sink, stats: ColumnStats) {
  const include = new Set(a.include ?? []);
  // Held for the whole run: between transcripts another call may open a different project.
  const { project: store, coding, access } = ctx;
  const coders = chosenCoders(ctx, a.coderIds);
  const scheme = store.activeCodebook().codebook.classification;
  const transcripts = chosenTranscripts(ctx, a.transcriptIds);
  sink.write(`${longHeader()}\n`);
  let rows = 0;
  for (const t of transcripts) {
    if (ctx.state.open?.store !== store)
      throw new ServiceError('conflict', 'the project was closed while the export ran; nothing was written');
    const visible = new Set(access.visibleCoderIds(t.id));
    const all = store.listAnnotations(t.id);
    const data = coders
      .filter((c) => visible.has(c.id))
      .map((c) =>
        coderData(
          coding,
          store.db,
          t.id,
          c,
          all.filter((x) => x.coderId === c.id),
          include,
        ),
      );
    const head = { id: t.id, title: t.title, participant: participant(ctx, store, t.id) };
    const lines = longTranscriptRows(scheme, head, data, include, stats);
    if (lines.length) sink.write(`${lines.join('\n')}\n`);
    rows += lines.length;
    await nextTurn();
  }
  if (include.has('memos')) {
    const lines = sharedMemoRows(listSharedMemos(ctx), stats);
    if (lines.length) sink.write(`${lines.join('\n')}\n`);
    rows += lines.length;
  }
  return rows;
}

/** The syntax file beside the CSV (never over an existing file). */
function writeBeside(path: string, content: string): void {
  try {
    writeFileSync(path, content, { flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ServiceError(
      'validation',
      `the CSV was written, but not its SPSS syntax: ${code === 'EEXIST' ? `${path} already exists` : `cannot write ${path} (${code})`}`,
    );
  }
}

function outputPath(output: string | undefined): string | null {
  if (output === undefined) return null;
  if (!isAbsolute(output)) throw new ServiceError('validation', `output must be an absolute path (got "${output}")`);
  if (!/\.csv$/i.test(output))
    throw new ServiceError('validation', `output must end in .csv (got "${basename(output)}")`);
  return output;
}

export async function exportCodings(ctx: ServiceContext, a: CodingsExportArgs): Promise<CodingsExportFile> {
  // In a blind, unrevealed project an identified coder exports only their own coding; without an
  // identity (the CLI, scripts) nothing is visible, and a header-only file would pass for an empty study.
  if (!ctx.access.coder) refuseIfBlind(ctx, 'exporting codings');
  if (a.layout === 'wide' && a.include?.length)
    throw new ServiceError('validation', 'include (memos, status) adds rows to the long layout only');
  const out = outputPath(a.output);
  // Refused before anything is written, so a refusal leaves no half of the pair behind.
  const sps = out && a.spss ? out.replace(/\.csv$/i, '.sps') : null;
  for (const p of [out, sps]) if (p && existsSync(p)) throw new ServiceError('validation', `${p} already exists`);
  const fileName = out ? basename(out) : `${fileStem(ctx.project.name)}-codings-${a.layout}-${today()}.csv`;
  const sink = out ? fileSink(out) : memorySink();
  const codebook = ctx.project.activeCodebook().codebook;
  let rows: number;
  let syntax: string | null = null;
  let content: string;
  try {
    if (a.layout === 'long') {
      const stats = new ColumnStats(LONG_COLUMNS.length);
      rows = await writeLong(ctx, a, sink, stats);
      if (a.spss) syntax = longSpss(codebook, stats, out ?? fileName, `Attune codings (long), ${ctx.project.name}`);
    } else {
      const g = gatherVisible(ctx, { transcriptIds: a.transcriptIds, coderIds: a.coderIds }, true);
      for (const t of g.input.transcripts) t.participant = participant(ctx, ctx.project, t.id);
      const wide = codingsWide(g.input);
      sink.write(`${[line(wide.header), ...wide.rows.map((r) => line(r))].join('\n')}\n`);
      rows = wide.rows.length;
      if (a.spss) syntax = wideSpss(codebook, wide, out ?? fileName, `Attune codings (wide), ${ctx.project.name}`);
    }
    content = sink.finish();
  } catch (e) {
    sink.abort();
    throw e;
  }
  if (sps && syntax !== null) writeBeside(sps, syntax);
  return {
    fileName,
    content,
    mimeType: 'text/csv',
    encoding: 'utf8',
    rows,
    path: out,
    syntax: syntax === null ? null : { fileName: fileName.replace(/\.csv$/i, '.sps'), content: syntax },
  };
}
