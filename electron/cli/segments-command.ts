// `attune segments`: every highlight across transcripts, filtered, through the same dispatcher as the
// app (blind coding holds: the CLI has no coder identity, so a blind, unrevealed project is refused).
import { basename } from 'node:path';
import type { Coder } from '../../shared/api/coder.ts';
import type { Segment } from '../../shared/api/segment.ts';
import type { TranscriptSummary } from '../../shared/api/transcript.ts';
import { UsageError } from './cli-errors.ts';
import type { CliIo } from './cli-io.ts';
import { parse, projectArg } from './project-commands.ts';
import { withServices } from './with-services.ts';

const USAGE =
  'attune segments PROJECT.attune [--codes ID,...] [--groups ID,...] [--coders NAME,...] [--sections N,...] [--transcripts ID,...] [--json]';

export const list = (s: string | undefined) =>
  s === undefined
    ? undefined
    : s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);

function sections(s: string | undefined): (number | null)[] | undefined {
  const l = list(s);
  return l?.map((x) => {
    if (x.toLowerCase() === 'none') return null;
    if (!/^\d{1,3}$/.test(x)) throw new UsageError(`--sections takes question numbers or "none" (got "${x}")`);
    return Number(x);
  });
}

type Call = <V>(name: string, arg?: unknown) => Promise<V>;

/** Coders by name (or id), with a message listing the project's coders for a name it does not have. */
export async function resolveCoders(call: Call, names: string[] | undefined, project: string) {
  if (!names) return undefined;
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

/** Transcripts by id, title or hash. */
export async function resolveTranscripts(call: Call, wanted: string[] | undefined) {
  if (!wanted) return undefined;
  const all = await call<TranscriptSummary[]>('transcript-list');
  return wanted.map((w) => {
    const t =
      all.find((x) => x.id === w || x.hash === w.toLowerCase()) ??
      all.find((x) => x.title.toLowerCase() === w.toLowerCase());
    if (!t) throw new UsageError(`no transcript "${w}" (give its id, title or hash)`);
    return t.id;
  });
}

/** The --json shape: exactly these keys, in this order. */
export const segmentJson = (s: Segment) => ({
  transcript: s.transcriptId,
  title: s.title,
  participant: s.participant,
  coder: s.coder,
  code: s.codeId,
  start: s.start,
  end: s.end,
  line: s.line,
  section: s.section,
  text: s.text,
  note: s.note,
  severity: s.severity,
});

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export async function segmentsCommand(args: string[], io: CliIo, version: string): Promise<number> {
  const { positionals, values } = parse(
    args,
    {
      codes: { type: 'string' },
      groups: { type: 'string' },
      coders: { type: 'string' },
      sections: { type: 'string' },
      transcripts: { type: 'string' },
      json: { type: 'boolean' },
    },
    USAGE,
  );
  const project = projectArg(positionals, USAGE);
  const wantedSections = sections(values.sections);
  return withServices(
    project,
    version,
    async (call) => {
      const segments = await call<Segment[]>('segment-list', {
        transcriptIds: await resolveTranscripts(call, list(values.transcripts)),
        codeIds: list(values.codes),
        groupIds: list(values.groups),
        coderIds: await resolveCoders(call, list(values.coders), project),
        sections: wantedSections,
      });
      if (values.json) {
        io.stdout(JSON.stringify(segments.map(segmentJson)));
        return 0;
      }
      for (const s of segments) {
        const where = `${s.title} line ${s.line}${s.section === null ? '' : `, Q${s.section}`}`;
        io.stdout(`${where}  ${s.coder}  ${s.codeId}${s.severity ? ` (severity ${s.severity})` : ''}`);
        io.stdout(`  "${oneLine(s.text)}"${s.note ? `\n  note: ${oneLine(s.note)}` : ''}`);
      }
      io.stdout(`${segments.length} segment(s)`);
      return 0;
    },
    { forReading: true },
  );
}
