// A reliability study's plan: drawing it (shared/study/plan.ts), storing it, editing one cell, and the
// transcripts × coders grid. Progress and per-transcript reveal are in study-progress.ts.
import type { Coder } from '../../shared/api/coder.ts';
import type { StudyCellRole, StudyGrid } from '../../shared/api/study.ts';
import { makePlan, pairCounts, PlanError } from '../../shared/study/plan.ts';
import { recordAudit } from './audit.ts';
import type { ServiceContext } from './context.ts';
import * as study from './db/tables/study.ts';
import { roleForNewCoder } from './roles.ts';
import { ServiceError } from './service-error.ts';

/** Planning and revealing are the lead's acts. No identity is allowed only where the project has no lead yet. */
export function assertLead(ctx: ServiceContext, what: string, allowWithoutLead = false): void {
  const acting = ctx.access.coder;
  if (acting?.role === 'lead') return;
  if (!acting && allowWithoutLead && !ctx.project.listCoders().some((c) => c.role === 'lead')) return;
  throw new ServiceError(
    'refused',
    acting
      ? `only a lead ${what}; you are coding as ${acting.name} (${acting.role})`
      : `only a lead ${what}: choose a lead as the acting coder`,
  );
}

/** Coders who can take part in a study: not consensus records, not trainees. */
export const isStudyCoder = (c: Coder) => c.role !== 'consensus' && c.role !== 'trainee';

const fold = (s: string) => s.normalize('NFKC').trim().toLowerCase();

function metadataValue(meta: Record<string, string>, field: string): string | undefined {
  const key = Object.keys(meta).find((k) => fold(k) === fold(field));
  return key === undefined ? undefined : meta[key];
}

export function studyGrid(ctx: ServiceContext): StudyGrid {
  const store = ctx.project;
  const access = ctx.access;
  const plan = study.getStudyPlan(store.db);
  const coders = store.listCoders();
  const name = new Map(coders.map((c) => [c.id, c.name]));
  const rows = study.listAssignments(store.db);
  const full = access.isPrivileged() || !access.coder;
  const own = access.coder?.id;
  const byTranscript = new Map<string, string[]>();
  for (const r of rows) {
    const list = byTranscript.get(r.transcriptId) ?? [];
    list[r.position] = r.coderId;
    byTranscript.set(r.transcriptId, list);
  }
  const meta = new Map(study.listTranscriptMetadata(store.db).map((t) => [t.id, t.metadata]));
  const transcripts = store
    .listTranscripts()
    .filter((t) => byTranscript.has(t.id))
    .map((t) => {
      const assigned = (byTranscript.get(t.id) ?? []).filter(Boolean);
      return {
        id: t.id,
        title: t.title,
        stratum: full && plan?.stratify ? (metadataValue(meta.get(t.id) ?? {}, plan.stratify) ?? '') : null,
        coders: full ? assigned : assigned.filter((c) => c === own),
      };
    })
    .filter((t) => t.coders.length > 0);
  const shown = coders.filter((c) => isStudyCoder(c) && (full || c.id === own));
  const load = (id: string, pos: number) => transcripts.filter((t) => t.coders[pos] === id).length;
  const planned = shown.filter((c) => transcripts.some((t) => t.coders.includes(c.id))).map((c) => c.name);
  return {
    plan: plan ? { ...plan, createdBy: plan.createdBy ? (name.get(plan.createdBy) ?? null) : null } : null,
    coders: shown.map((c) => ({ id: c.id, name: c.name, role: c.role, primary: load(c.id, 0), second: load(c.id, 1) })),
    transcripts,
    doubleCoded: full ? transcripts.filter((t) => t.coders.length === 2).length : null,
    pairs: full
      ? pairCounts(
          planned,
          transcripts.map((t) => ({ coders: t.coders.map((c) => name.get(c) ?? c) })),
        )
      : {},
    fields: full ? [...new Set([...meta.values()].flatMap((m) => Object.keys(m)))].sort() : [],
  };
}

/** The coders a plan names: existing ones by name (any case), new names added as coders. */
function resolveCoders(ctx: ServiceContext, names: string[]): Coder[] {
  const store = ctx.project;
  const seen = new Set<string>();
  return names.map((raw) => {
    const key = fold(raw);
    if (seen.has(key)) throw new ServiceError('validation', `"${raw}" is named twice`);
    seen.add(key);
    const found = store.listCoders().find((c) => fold(c.name) === key);
    if (found && !isStudyCoder(found))
      throw new ServiceError(
        'validation',
        `${found.name} is ${found.role === 'trainee' ? 'a trainee' : 'the consensus record'}: a study plan assigns coders, leads and trainers`,
      );
    return found ?? store.createCoder(raw, roleForNewCoder(store, ctx.access, undefined));
  });
}

export function makeStudyPlan(
  ctx: ServiceContext,
  a: {
    coders: string[];
    transcriptIds?: string[] | undefined;
    overlap: number;
    seed: number;
    stratify?: string | undefined;
  },
): StudyGrid {
  assertLead(ctx, 'makes the study plan', true);
  const store = ctx.project;
  const all = store.listTranscripts();
  const chosen = a.transcriptIds
    ? a.transcriptIds.map((id) => {
        const t = all.find((x) => x.id === id);
        if (!t) throw new ServiceError('not-found', `no transcript with id ${id}`);
        return t;
      })
    : all;
  if (chosen.length === 0) throw new ServiceError('validation', 'the project has no transcripts to plan');
  const meta = new Map(study.listTranscriptMetadata(store.db).map((t) => [t.id, t.metadata]));
  if (a.stratify) {
    const field = a.stratify;
    if (!chosen.some((t) => metadataValue(meta.get(t.id) ?? {}, field) !== undefined)) {
      const fields = [...new Set(chosen.flatMap((t) => Object.keys(meta.get(t.id) ?? {})))].sort();
      throw new ServiceError(
        'validation',
        `no transcript has the metadata field "${field}" (fields: ${fields.join(', ') || 'none'})`,
      );
    }
  }
  return store.db.transaction(() => {
    const coders = resolveCoders(ctx, a.coders);
    let planned;
    try {
      planned = makePlan({
        transcripts: chosen.map((t) => ({
          id: t.id,
          stratum: a.stratify ? (metadataValue(meta.get(t.id) ?? {}, a.stratify)?.trim() ?? '') : null,
        })),
        coders: coders.map((c) => c.id),
        overlap: a.overlap,
        seed: a.seed,
        stratify: Boolean(a.stratify),
      });
    } catch (e) {
      if (e instanceof PlanError) throw new ServiceError('validation', e.message);
      throw e;
    }
    const actorId = ctx.access.coder?.id ?? null;
    study.replaceStudyPlan(store.db, {
      plan: {
        seed: a.seed,
        overlap: a.overlap,
        stratify: a.stratify ?? null,
        createdAt: new Date().toISOString(),
        createdBy: actorId,
      },
      assignments: planned.flatMap((t) =>
        t.coders.map((coderId, position) => ({ transcriptId: t.id, coderId, position })),
      ),
    });
    recordAudit(store.db, {
      action: 'plan-made',
      actorId,
      detail: {
        transcripts: String(planned.length),
        coders: coders.map((c) => c.name).join(', '),
        overlap: String(a.overlap),
        seed: String(a.seed),
        doubleCoded: String(planned.filter((t) => t.coders.length === 2).length),
        ...(a.stratify ? { stratify: a.stratify } : {}),
      },
    });
    return studyGrid(ctx);
  });
}

/** The transcript's coders after giving `coderId` the role, or a refusal that keeps one primary. */
export function nextCell(current: readonly string[], coderId: string, role: StudyCellRole, who: string): string[] {
  const [primary, second] = current;
  const others = current.filter((c) => c !== coderId);
  if (role === 'primary') {
    if (primary === coderId) return [...current];
    // A second coder made primary swaps with the primary; anyone else replaces the primary.
    if (second === coderId) return primary ? [coderId, primary] : [coderId];
    return second ? [coderId, second] : [coderId];
  }
  if (role === 'second') {
    if (second === coderId) return [...current];
    if (primary === coderId) {
      if (!second) throw new ServiceError('validation', `${who} is the only coder: make another coder primary first`);
      return [second, coderId];
    }
    if (!primary) throw new ServiceError('validation', 'a transcript gets its primary coder before a second one');
    return [primary, coderId];
  }
  if (primary === coderId && !second)
    throw new ServiceError(
      'validation',
      `${who} is this transcript's only coder: every planned transcript keeps a primary coder (assign another first)`,
    );
  return others;
}

export function assignCell(
  ctx: ServiceContext,
  a: { transcriptId: string; coderId: string; role: StudyCellRole },
): StudyGrid {
  assertLead(ctx, 'edits the study plan');
  const store = ctx.project;
  store.requireTranscript(a.transcriptId);
  const coder = store.listCoders().find((c) => c.id === a.coderId);
  if (!coder) throw new ServiceError('not-found', `no coder with id ${a.coderId}`);
  if (!isStudyCoder(coder))
    throw new ServiceError('validation', `${coder.name} is a ${coder.role}: a study plan assigns coders`);
  return store.db.transaction(() => {
    if (!study.getStudyPlan(store.db))
      throw new ServiceError('validation', 'there is no study plan yet: propose one first');
    const current = study
      .listAssignments(store.db)
      .filter((r) => r.transcriptId === a.transcriptId)
      .sort((x, y) => x.position - y.position)
      .map((r) => r.coderId);
    study.replaceTranscriptAssignments(store.db, {
      transcriptId: a.transcriptId,
      coderIds: nextCell(current, a.coderId, a.role, coder.name),
    });
    return studyGrid(ctx);
  });
}
