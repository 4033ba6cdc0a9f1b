// The command line's side of withdrawal, roles and the audit log. The command line holds the project file
// and has no coder identity: what it does is recorded in the audit log with no acting coder.
import { assignableRole, type Coder } from '../../shared/api/coder.ts';
import type { AuditEntry } from '../../shared/api/audit.ts';
import * as auditLog from '../services/db/tables/audit-log.ts';
import type { ProjectStore } from '../services/project-store.ts';
import { setCoderRoleFromCommandLine } from '../services/roles.ts';
import { ServiceError } from '../services/service-error.ts';
import { coderWithdrawal, deleteCoder, deleteTranscript, transcriptWithdrawal } from '../services/withdrawal.ts';
import { UsageError } from './cli-errors.ts';
import type { CliIo } from './cli-io.ts';
import { parse, projectArg, withProject } from './project-commands.ts';

/** Store errors are the user's to fix: one line, exit 2. */
function asUsage<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ServiceError) throw new UsageError(e.message);
    throw e;
  }
}

function findCoder(store: ProjectStore, name: string): Coder {
  const wanted = name.normalize('NFKC').trim().toLowerCase();
  const c = store.listCoders().find((x) => x.name.toLowerCase() === wanted);
  if (!c)
    throw new UsageError(
      `no coder named "${name}" in ${store.name}.attune (coders: ${
        store
          .listCoders()
          .map((x) => x.name)
          .join(', ') || 'none'
      })`,
    );
  return c;
}

function findTranscript(store: ProjectStore, wanted: string): { id: string; title: string } {
  const all = store.listTranscripts();
  const byTitle = all.filter((t) => t.title.toLowerCase() === wanted.toLowerCase());
  const match = all.find((t) => t.id === wanted) ?? (byTitle.length === 1 ? byTitle[0] : undefined);
  if (match) return match;
  if (byTitle.length > 1)
    throw new UsageError(
      `${byTitle.length} transcripts are titled "${wanted}"; name one by id (${byTitle.map((t) => t.id).join(', ')})`,
    );
  throw new UsageError(
    `no transcript "${wanted}" in ${store.name}.attune; \`attune info\` counts them, the app lists them`,
  );
}

const LOG_USAGE = 'attune log PROJECT.attune [--action ACTION] [--json]';

/** One entry as the command line prints it: `target` is the id of what the act is about (null: the project). */
export function logLine(e: AuditEntry): { at: string; coder: string | null; action: string; target: string | null } {
  return { at: e.at, coder: e.actorName, action: e.action, target: e.subjectId };
}

export function logCommand(args: string[], io: CliIo): number {
  const { positionals, values } = parse(args, { json: { type: 'boolean' }, action: { type: 'string' } }, LOG_USAGE);
  const path = projectArg(positionals, LOG_USAGE);
  return withProject(path, (store) => {
    const entries = auditLog.listAuditEntries(store.db, {
      action: values.action ?? null,
      limit: Number.MAX_SAFE_INTEGER,
    });
    if (values.json) {
      io.stdout(JSON.stringify(entries.map(logLine)));
      return 0;
    }
    if (!entries.length) {
      io.stdout(values.action ? `No "${values.action}" entries in the audit log.` : 'The audit log is empty.');
      return 0;
    }
    const rows = entries.map((e) => {
      const about = e.subjectName ? `${e.subjectName} (${e.subjectId})` : (e.subjectId ?? 'the project');
      const detail = Object.entries(e.detail)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ');
      return [e.at.replace('T', ' ').replace(/\.\d+Z$/, 'Z'), e.actorName ?? '-', e.action, about, detail];
    });
    const head = ['At (UTC)', 'Coder', 'Action', 'Target', 'Details'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (r: string[]) =>
      r
        .map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i] ?? 0) : c))
        .join('  ')
        .trimEnd();
    io.stdout(line(head));
    for (const r of rows) io.stdout(line(r));
    return 0;
  });
}

const ROLE_USAGE = 'attune role PROJECT.attune NAME ROLE';

export function roleCommand(args: string[], io: CliIo): number {
  const { positionals } = parse(args, {}, ROLE_USAGE);
  const [project, name, role, ...rest] = positionals;
  projectArg(project ? [project] : [], ROLE_USAGE);
  if (!name || !role) throw new UsageError(`name a coder and a role (usage: ${ROLE_USAGE})`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}" (usage: ${ROLE_USAGE})`);
  const parsed = assignableRole.safeParse(role.toLowerCase());
  if (!parsed.success)
    throw new UsageError(`"${role}" is not a role: choose one of ${assignableRole.options.join(', ')}`);
  return withProject(project!, (store) => {
    const coder = findCoder(store, name);
    const before = coder.role;
    const after = asUsage(() => setCoderRoleFromCommandLine(store, coder.id, parsed.data));
    io.stdout(
      before === after.role ? `${after.name} is already ${after.role}` : `${after.name}: ${before} → ${after.role}`,
    );
    return 0;
  });
}

const DELETE_T_USAGE = 'attune delete-transcript PROJECT.attune ID --yes';
const DELETE_C_USAGE = 'attune delete-coder PROJECT.attune NAME --yes';

function deletion(
  args: string[],
  io: CliIo,
  usage: string,
  what: string,
  run: (store: ProjectStore, wanted: string, yes: boolean) => { summary: string; journalEmptied?: boolean },
): number {
  const { positionals, values } = parse(args, { yes: { type: 'boolean' }, json: { type: 'boolean' } }, usage);
  const [project, wanted, ...rest] = positionals;
  projectArg(project ? [project] : [], usage);
  if (!wanted) throw new UsageError(`name the ${what} to delete (usage: ${usage})`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}" (usage: ${usage})`);
  return withProject(project!, (store) => {
    const r = run(store, wanted, values.yes === true);
    if (!values.yes)
      throw new UsageError(`nothing was deleted: this would delete ${r.summary}; add --yes to delete it for good`);
    if (values.json) io.stdout(JSON.stringify(r));
    else
      io.stdout(
        `Deleted ${r.summary}.${r.journalEmptied === false ? ' Another program holds the journal open: close it, then open and close the project once.' : ''}`,
      );
    return 0;
  });
}

export function deleteTranscriptCommand(args: string[], io: CliIo): number {
  return deletion(args, io, DELETE_T_USAGE, 'transcript', (store, wanted, yes) => {
    const t = findTranscript(store, wanted);
    return asUsage(() =>
      yes ? deleteTranscript(store, null, { id: t.id, confirm: t.title }) : transcriptWithdrawal(store, t.id),
    );
  });
}

export function deleteCoderCommand(args: string[], io: CliIo): number {
  return deletion(args, io, DELETE_C_USAGE, 'coder', (store, wanted, yes) => {
    const c = findCoder(store, wanted);
    return asUsage(() =>
      yes ? deleteCoder(store, null, { id: c.id, confirm: c.name }) : coderWithdrawal(store, c.id),
    );
  });
}
