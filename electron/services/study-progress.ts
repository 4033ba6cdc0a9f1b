// How far each coder has got with their assigned transcripts, and revealing one transcript in blind mode
// once its coders are done. Progress shows states, never coding, so a lead follows it during blind coding;
// a coder or trainee sees only their own row.
import type { ProgressState, StudyProgress, StudyRevealResult } from '../../shared/api/study.ts';
import { recordAudit } from './audit.ts';
import type { ServiceContext } from './context.ts';
import * as study from './db/tables/study.ts';
import { ServiceError } from './service-error.ts';
import { assertLead, isStudyCoder } from './study.ts';

const cellKey = (transcriptId: string, coderId: string) => `${transcriptId}\u0000${coderId}`;

interface Cells {
  planned: boolean;
  /** Transcript id → the coder ids it is assigned to (primary first), or every study coder without a plan. */
  assigned: Map<string, string[]>;
  state: (transcriptId: string, coderId: string) => ProgressState;
  statusComplete: (transcriptId: string, coderId: string) => boolean;
}

function readCells(ctx: ServiceContext): Cells {
  const db = ctx.project.db;
  const rows = study.listAssignments(db);
  const transcripts = ctx.project.listTranscripts();
  const assigned = new Map<string, string[]>();
  if (rows.length) {
    for (const r of rows) assigned.set(r.transcriptId, [...(assigned.get(r.transcriptId) ?? []), r.coderId]);
  } else {
    const coders = ctx.project.listCoders().filter(isStudyCoder);
    for (const t of transcripts)
      assigned.set(
        t.id,
        coders.map((c) => c.id),
      );
  }
  const returned = new Set(study.listReturns(db).map((r) => cellKey(r.transcriptId, r.coderId)));
  const statuses = new Map(study.listStatuses(db).map((s) => [cellKey(s.transcriptId, s.coderId), s.status]));
  const present = new Set(study.listCodingPresence(db).map((p) => cellKey(p.transcriptId, p.coderId)));
  const statusComplete = (t: string, c: string) => statuses.get(cellKey(t, c)) === 'complete';
  return {
    planned: rows.length > 0,
    assigned,
    statusComplete,
    state: (t, c) => {
      const k = cellKey(t, c);
      if (returned.has(k)) return 'returned';
      if (statusComplete(t, c)) return 'complete';
      return present.has(k) || statuses.get(k) === 'in-progress' ? 'in-progress' : 'not-started';
    },
  };
}

/** Why `transcriptId` cannot be revealed now, or null when it can (or already is). */
function revealBlock(ctx: ServiceContext, cells: Cells, transcriptId: string, names: Map<string, string>) {
  const s = ctx.access.settings;
  if (!s.blindMode) return "blind coding is off: every coder's work is already visible";
  if (s.revealed || s.revealedTranscripts.includes(transcriptId)) return null;
  const assigned = cells.planned ? cells.assigned.get(transcriptId) : undefined;
  if (assigned?.length) {
    const waiting = assigned.filter((c) => !['returned', 'complete'].includes(cells.state(transcriptId, c)));
    if (!waiting.length) return null;
    return `waiting for ${waiting.map((c) => names.get(c) ?? c).join(' and ')}: every coder the plan assigns to it must have returned (or completed) it`;
  }
  const done = ctx.project
    .listCoders()
    .filter((c) => isStudyCoder(c) && cells.statusComplete(transcriptId, c.id)).length;
  if (done >= 2) return null;
  return `${cells.planned ? 'the plan does not cover it' : 'there is no study plan'}, so two coders must have marked it complete (${done} ha${done === 1 ? 's' : 've'})`;
}

export function studyProgress(ctx: ServiceContext): StudyProgress {
  const cells = readCells(ctx);
  const access = ctx.access;
  const coders = ctx.project.listCoders();
  const names = new Map(coders.map((c) => [c.id, c.name]));
  const own = access.coder?.id;
  const seesAll = !access.coder || access.isPrivileged();
  const follows = (coderId: string) => seesAll || coderId === own;
  const s = access.settings;
  const transcripts = ctx.project
    .listTranscripts()
    .filter((t) => (cells.assigned.get(t.id) ?? []).some(follows))
    .map((t) => {
      const states: Record<string, ProgressState> = {};
      for (const c of cells.assigned.get(t.id) ?? []) if (follows(c)) states[c] = cells.state(t.id, c);
      const revealed = s.blindMode && (s.revealed || s.revealedTranscripts.includes(t.id));
      return {
        id: t.id,
        title: t.title,
        states,
        revealed,
        revealBlocked:
          access.coder?.role === 'lead' || !access.coder
            ? revealBlock(ctx, cells, t.id, names)
            : 'only a lead reveals coding',
      };
    });
  const summary = coders
    .filter((c) => follows(c.id) && transcripts.some((t) => t.states[c.id] !== undefined))
    .map((c) => {
      const mine = transcripts.filter((t) => t.states[c.id] !== undefined);
      return {
        id: c.id,
        name: c.name,
        assigned: mine.length,
        returned: mine.filter((t) => t.states[c.id] === 'returned').length,
        complete: mine.filter((t) => cells.statusComplete(t.id, c.id)).length,
      };
    });
  return { planned: cells.planned, coders: summary, transcripts };
}

export function revealTranscripts(ctx: ServiceContext, ids: string[]): StudyRevealResult {
  assertLead(ctx, 'reveals coding');
  const store = ctx.project;
  const titles = new Map(store.listTranscripts().map((t) => [t.id, t.title]));
  for (const id of ids) if (!titles.has(id)) throw new ServiceError('not-found', `no transcript with id ${id}`);
  return store.db.transaction(() => {
    const s = store.settings();
    const cells = readCells(ctx);
    const names = new Map(store.listCoders().map((c) => [c.id, c.name]));
    const unique = [...new Set(ids)];
    const blocked = unique
      .map((id) => [id, revealBlock(ctx, cells, id, names)] as const)
      .filter((x): x is readonly [string, string] => x[1] !== null);
    if (blocked.length)
      throw new ServiceError(
        'refused',
        `nothing was revealed: ${blocked.map(([id, why]) => `${titles.get(id) ?? id}: ${why}`).join('; ')}`,
      );
    const already = unique.filter((id) => s.revealed || s.revealedTranscripts.includes(id));
    const fresh = unique.filter((id) => !already.includes(id));
    if (fresh.length) {
      store.updateSettings({ revealedTranscripts: [...s.revealedTranscripts, ...fresh] });
      for (const id of fresh)
        recordAudit(store.db, {
          action: 'reveal',
          actorId: ctx.access.coder?.id ?? null,
          subjectId: id,
          detail: { scope: 'transcript' },
        });
    }
    return { revealed: fresh, alreadyRevealed: already };
  });
}
