// `attune plan`, `attune progress`, `attune reveal`: a reliability study from the command line, through the
// same dispatcher as the app. Planning and revealing are a lead's acts: these commands act as the project's
// lead (the first lead by name), as the person holding the file does when they open it as its lead.
import { randomInt } from 'node:crypto';
import { basename } from 'node:path';
import type { Coder } from '../../shared/api/coder.ts';
import type { ProjectSettings } from '../../shared/api/settings.ts';
import type { StudyGrid, StudyProgress, StudyRevealResult } from '../../shared/api/study.ts';
import { pairCounts } from '../../shared/study/plan.ts';
import { UsageError } from './cli-errors.ts';
import type { CliIo } from './cli-io.ts';
import { parse, projectArg } from './project-commands.ts';
import { list, resolveTranscripts } from './segments-command.ts';
import { withServices } from './with-services.ts';

type Call = <V>(name: string, arg?: unknown) => Promise<V>;

const PLAN_USAGE =
  'attune plan PROJECT.attune --coders NAME,NAME,... [--overlap 0.25] [--seed N] [--stratify FIELD] [--transcripts ID,...] [--json]';
const PROGRESS_USAGE = 'attune progress PROJECT.attune [--json]';
const REVEAL_USAGE = 'attune reveal PROJECT.attune [--transcripts ID,...]';

/** Act as the project's lead, when it has one (a project with no coders yet has none). */
async function actAsLead(call: Call): Promise<void> {
  const lead = (await call<Coder[]>('coder-list')).find((c) => c.role === 'lead');
  if (lead) await call('session-set-coder', { coderId: lead.id });
}

function overlapOption(raw: string | undefined): number {
  if (raw === undefined) return 0.25;
  const v = /^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(raw) ? Number(raw) : NaN;
  if (!(v >= 0 && v <= 1)) throw new UsageError(`--overlap is a share from 0 to 1, such as 0.25 (got "${raw}")`);
  return v;
}

function seedOption(raw: string | undefined): number {
  if (raw === undefined) return randomInt(0, 2 ** 32);
  const v = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  if (!(v <= 0xffffffff)) throw new UsageError(`--seed is a whole number from 0 to 4294967295 (got "${raw}")`);
  return v;
}

const fold = (s: string) => s.normalize('NFKC').trim().toLowerCase();

export async function planCommand(args: string[], io: CliIo, version: string): Promise<number> {
  const { positionals, values } = parse(
    args,
    {
      coders: { type: 'string' },
      overlap: { type: 'string' },
      seed: { type: 'string' },
      stratify: { type: 'string' },
      transcripts: { type: 'string' },
      json: { type: 'boolean' },
    },
    PLAN_USAGE,
  );
  const project = projectArg(positionals, PLAN_USAGE);
  const names = list(values.coders);
  if (!names?.length) throw new UsageError(`--coders names the coders, separated by commas (usage: ${PLAN_USAGE})`);
  const overlap = overlapOption(values.overlap);
  const seed = seedOption(values.seed);
  if (values.stratify !== undefined && !values.stratify.trim())
    throw new UsageError('--stratify names a metadata field');
  return withServices(project, version, async (call) => {
    await actAsLead(call);
    const transcriptIds = await resolveTranscripts(call, list(values.transcripts));
    const grid = await call<StudyGrid>('study-plan', {
      coders: names,
      overlap,
      seed,
      ...(transcriptIds ? { transcriptIds } : {}),
      ...(values.stratify ? { stratify: values.stratify.trim() } : {}),
    });
    const coderName = new Map(grid.coders.map((c) => [c.id, c.name]));
    const planned = names.map((n) => grid.coders.find((c) => fold(c.name) === fold(n))?.name ?? n);
    const assignments = grid.transcripts.map((t) => ({
      transcript: t.id,
      coders: t.coders.map((c) => coderName.get(c) ?? c),
    }));
    const pairs = pairCounts(planned, assignments);
    const doubleCoded = assignments.filter((a) => a.coders.length === 2).length;
    if (values.json) {
      io.stdout(JSON.stringify({ assignments, double_coded: doubleCoded, pairs }));
      return 0;
    }
    io.stdout(
      `Planned ${assignments.length} transcript(s) over ${planned.length} coder(s) in ${basename(project)}: ${doubleCoded} double-coded (overlap ${overlap}, seed ${seed}${values.stratify ? `, stratified by ${values.stratify.trim()}` : ''})`,
    );
    const width = Math.max(...grid.transcripts.map((t) => t.title.length), 10);
    for (const t of grid.transcripts) {
      const [p, s] = t.coders.map((c) => coderName.get(c) ?? c);
      io.stdout(`  ${t.title.padEnd(width)}  ${p} (primary)${s ? `, ${s} (second)` : ''}`);
    }
    for (const c of grid.coders.filter((x) => planned.includes(x.name)))
      io.stdout(`  ${c.name}: ${c.primary} primary, ${c.second} second`);
    io.stdout(
      `  Pairs: ${
        Object.entries(pairs)
          .map(([k, n]) => `${k} ${n}`)
          .join(', ') || 'none'
      }`,
    );
    return 0;
  });
}

const STATE_WORD = {
  'not-started': 'not started',
  'in-progress': 'in progress',
  complete: 'complete',
  returned: 'returned',
};

export async function progressCommand(args: string[], io: CliIo, version: string): Promise<number> {
  const { positionals, values } = parse(args, { json: { type: 'boolean' } }, PROGRESS_USAGE);
  const project = projectArg(positionals, PROGRESS_USAGE);
  return withServices(project, version, async (call) => {
    await actAsLead(call);
    const p = await call<StudyProgress>('study-get-progress');
    const name = new Map(p.coders.map((c) => [c.id, c.name]));
    if (values.json) {
      io.stdout(
        JSON.stringify({
          coders: Object.fromEntries(
            p.coders.map((c) => [c.name, { assigned: c.assigned, returned: c.returned, complete: c.complete }]),
          ),
          transcripts: Object.fromEntries(
            p.transcripts.map((t) => [
              t.id,
              Object.fromEntries(Object.entries(t.states).map(([id, s]) => [name.get(id) ?? id, s])),
            ]),
          ),
        }),
      );
      return 0;
    }
    if (!p.planned) io.stdout('No study plan: every coder counts for every transcript.');
    for (const c of p.coders)
      io.stdout(`${c.name}: ${c.assigned} assigned, ${c.complete} complete, ${c.returned} returned`);
    const width = Math.max(...p.transcripts.map((t) => t.title.length), 10);
    for (const t of p.transcripts) {
      const cells = Object.entries(t.states).map(([id, s]) => `${name.get(id) ?? id} ${STATE_WORD[s]}`);
      io.stdout(`  ${t.title.padEnd(width)}  ${cells.join(', ')}${t.revealed ? '  [revealed]' : ''}`);
    }
    return 0;
  });
}

export async function revealCommand(args: string[], io: CliIo, version: string): Promise<number> {
  const { positionals, values } = parse(args, { transcripts: { type: 'string' } }, REVEAL_USAGE);
  const project = projectArg(positionals, REVEAL_USAGE);
  const wanted = list(values.transcripts);
  if (wanted && !wanted.length) throw new UsageError('--transcripts names at least one transcript');
  return withServices(project, version, async (call) => {
    await actAsLead(call);
    const s = await call<ProjectSettings>('settings-get');
    if (!s.blindMode)
      throw new UsageError(`blind coding is off in ${basename(project)}: every coder's work is already visible`);
    if (!wanted) {
      if (s.revealed) io.stdout(`${basename(project)}: already revealed`);
      else {
        await call('settings-update', { revealed: true });
        io.stdout(`${basename(project)}: revealed every transcript`);
      }
      return 0;
    }
    const ids = (await resolveTranscripts(call, wanted)) ?? [];
    const r = await call<StudyRevealResult>('study-reveal', { transcriptIds: ids });
    const titles = new Map(
      (await call<{ id: string; title: string }[]>('transcript-list')).map((t) => [t.id, t.title]),
    );
    const named = (xs: string[]) => xs.map((x) => titles.get(x) ?? x).join(', ');
    if (r.revealed.length) io.stdout(`Revealed ${named(r.revealed)}`);
    if (r.alreadyRevealed.length) io.stdout(`Already revealed: ${named(r.alreadyRevealed)}`);
    return 0;
  });
}
