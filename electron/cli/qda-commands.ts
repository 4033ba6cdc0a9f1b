import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Coder } from '../../shared/api/coder.ts';
import type { QdaFile, QdcImportResult, QdpxImportResult } from '../../shared/api/qda.ts';
import type { ProjectSettings } from '../../shared/api/settings.ts';
import type { TranscriptSummary } from '../../shared/api/transcript.ts';
import { readFailure, UsageError } from './cli-errors.ts';
import type { CliIo } from './cli-io.ts';
import { parse, projectArg } from './project-commands.ts';
import { withServices } from './with-services.ts';

// REFI-QDA exchange on the command line, through the same dispatcher as the app.

const EXPORT_USAGE = 'attune export-qdpx PROJECT.attune --output FILE.qdpx [--transcripts ID,...] [--coders NAME,...]';
const IMPORT_USAGE = 'attune import-qdpx PROJECT.attune FILE.qdpx [--json]';
const EXPORT_QDC_USAGE = 'attune export-qdc PROJECT.attune [--output FILE.qdc]';
const IMPORT_QDC_USAGE = 'attune import-qdc PROJECT.attune FILE.qdc [--json]';

const list = (s: string | undefined) =>
  s
    ?.split(',')
    .map((x) => x.trim())
    .filter(Boolean);

type Call = <V = unknown>(name: string, arg?: unknown) => Promise<V>;

function writeNew(out: string, bytes: Buffer): void {
  if (existsSync(out)) throw new UsageError(`${out} already exists; choose another --output`);
  writeFileSync(out, bytes, { flag: 'wx' });
}

function readInput(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new UsageError(`${file}: cannot read: ${readFailure(e)}`);
  }
}

async function resolveCoders(call: Call, names: string[] | undefined, project: string) {
  if (!names) return undefined;
  if (names.length === 0) throw new UsageError('--coders names no coder');
  const coders = await call<Coder[]>('coder-list');
  return names.map((n) => {
    const c = coders.find((x) => x.id === n) ?? coders.find((x) => x.name.toLowerCase() === n.toLowerCase());
    if (!c)
      throw new UsageError(
        `no coder "${n}" in ${basename(project)} (coders: ${coders.map((x) => x.name).join(', ') || 'none'})`,
      );
    return c.id;
  });
}

async function resolveTranscripts(call: Call, ids: string[] | undefined) {
  if (!ids) return undefined;
  if (ids.length === 0) throw new UsageError('--transcripts names no transcript');
  const all = await call<TranscriptSummary[]>('transcript-list');
  return ids.map((x) => {
    const t = all.find((y) => y.id === x) ?? all.find((y) => y.title === x) ?? all.find((y) => y.hash === x);
    if (!t) throw new UsageError(`no transcript "${x}" (give its id, title or hash)`);
    return t.id;
  });
}

export async function exportQdpxCommand(args: string[], io: CliIo, version: string): Promise<number> {
  const { positionals, values } = parse(
    args,
    { output: { type: 'string', short: 'o' }, transcripts: { type: 'string' }, coders: { type: 'string' } },
    EXPORT_USAGE,
  );
  const project = projectArg(positionals, EXPORT_USAGE);
  if (!values.output) throw new UsageError(`--output is required (usage: ${EXPORT_USAGE})`);
  if (!values.output.toLowerCase().endsWith('.qdpx'))
    throw new UsageError(`${values.output}: the file name ends in .qdpx`);
  return withServices(project, version, async (call) => {
    const s = await call<ProjectSettings>('settings-get');
    // The command line has no coder identity, so in blind mode it would see nobody's coding.
    if (s.blindMode && !s.revealed && s.revealedTranscripts.length === 0)
      throw new UsageError(
        "blind coding is on until the lead reveals: the command line has no coder identity, so it exports no coder's work",
      );
    const file = await call<QdaFile>('qda-export', {
      transcriptIds: await resolveTranscripts(call, list(values.transcripts)),
      coderIds: await resolveCoders(call, list(values.coders), project),
    });
    writeNew(values.output!, Buffer.from(file.contentBase64, 'base64'));
    const c = file.counts;
    io.stdout(
      `${values.output}: ${c.transcripts} transcript(s), ${c.coders} coder(s), ${c.codes} code(s), ${c.annotations} highlight(s), ${c.notes} note(s)`,
    );
    return 0;
  });
}

export async function importQdpxCommand(args: string[], io: CliIo, version: string): Promise<number> {
  const { positionals, values } = parse(args, { json: { type: 'boolean' } }, IMPORT_USAGE);
  const [project, file, ...rest] = positionals;
  projectArg(project ? [project] : [], IMPORT_USAGE);
  if (!file) throw new UsageError(`name the .qdpx file to import (usage: ${IMPORT_USAGE})`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}" (usage: ${IMPORT_USAGE})`);
  const bytes = readInput(file);
  return withServices(project!, version, async (call) => {
    const r = await call<QdpxImportResult>('qda-import', {
      fileName: basename(file),
      contentBase64: bytes.toString('base64'),
    });
    if (values.json) {
      const { transcripts, coders, codes, annotations, codebook, skipped } = r;
      io.stdout(JSON.stringify({ transcripts, coders, codes, annotations, codebook, skipped }));
    } else {
      io.stdout(
        `${file}: ${r.transcripts} transcript(s), ${r.coders} coder(s) (${r.codersAdded} new), ${r.codes} code(s) (${r.codesAdded} new), ${r.annotations} highlight(s), ${r.memos} memo(s); codebook ${r.codebook}`,
      );
      for (const s of r.skipped) io.stdout(`  not imported: ${s.what}: ${s.why}`);
    }
    return 0;
  });
}

export async function exportQdcCommand(args: string[], io: CliIo, version: string): Promise<number> {
  const { positionals, values } = parse(args, { output: { type: 'string', short: 'o' } }, EXPORT_QDC_USAGE);
  const project = projectArg(positionals, EXPORT_QDC_USAGE);
  return withServices(project, version, async (call) => {
    const file = await call<QdaFile>('qda-export-codebook');
    const out = values.output ?? file.fileName;
    writeNew(out, Buffer.from(file.contentBase64, 'base64'));
    io.stdout(`${out}: ${file.counts.codes} code(s)`);
    return 0;
  });
}

export async function importQdcCommand(args: string[], io: CliIo, version: string): Promise<number> {
  const { positionals, values } = parse(args, { json: { type: 'boolean' } }, IMPORT_QDC_USAGE);
  const [project, file, ...rest] = positionals;
  projectArg(project ? [project] : [], IMPORT_QDC_USAGE);
  if (!file) throw new UsageError(`name the .qdc file to import (usage: ${IMPORT_QDC_USAGE})`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}" (usage: ${IMPORT_QDC_USAGE})`);
  const bytes = readInput(file);
  return withServices(project!, version, async (call) => {
    const r = await call<QdcImportResult>('qda-import-codebook', {
      fileName: basename(file),
      contentBase64: bytes.toString('base64'),
    });
    if (values.json) io.stdout(JSON.stringify(r));
    else {
      io.stdout(`${file}: ${r.matched} code(s) matched, ${r.added.length} added; codebook ${r.codebook}`);
      for (const s of r.skipped) io.stdout(`  not imported: ${s.what}: ${s.why}`);
    }
    return 0;
  });
}
