// What agreement, exports and reports compute over: ONLY what the acting coder may see (Access), handed to
// the pure computations in shared/reliability. Blind coding, trainer keys and consensus records are
// decided here, never in the statistics.
import type { Coder } from '../../shared/api/coder.ts';
import type { ReportMeta } from '../../shared/reliability/methods.ts';
import { computeProjectAgreementAsync } from '../../shared/reliability/project-agreement.ts';
import type { AgreementStatus, ProjectAgreement, ProjectAgreementInput } from '../../shared/reliability/types.ts';
import type { ServiceContext } from './context.ts';
import { ServiceError } from './service-error.ts';

export const blindRefusal = (what = 'agreement') =>
  `${what} needs other coders' work: blind coding is on until the lead reveals`;

interface Selection {
  transcriptIds?: string[] | undefined;
  coderIds?: string[] | undefined;
}

interface Gathered {
  input: ProjectAgreementInput;
  /** For the report's method section. */
  coderSelection: string;
  transcriptSelection: string;
}

/**
 * Who counts when no coders are chosen: independent coders, leads and trainers. Trainees and consensus
 * records are left out (a trainee's practice and an agreed coding are not independent study codings),
 * except the acting trainee's own coding and, for exports, the consensus.
 */
export function defaultIncluded(c: Coder, includeConsensus: boolean, actingId: string | undefined): boolean {
  if (c.role === 'consensus') return includeConsensus;
  return c.role !== 'trainee' || c.id === actingId;
}

/**
 * Collects the chosen transcripts and coders' data that the acting coder may see, transcript by
 * transcript (Access.visibleCoderIds). `includeConsensus`: by default consensus records are left out
 * of agreement (not an independent rater) but kept in exports; trainees are left out of both.
 */
export function gatherVisible(ctx: ServiceContext, sel: Selection, includeConsensus: boolean): Gathered {
  const { project: store, coding, access } = ctx;
  const all = store.listTranscripts();
  // Blind with transcripts revealed one by one: by default only those (the rest show one coder each).
  const transcripts = sel.transcriptIds
    ? sel.transcriptIds.map((id) => {
        const t = all.find((x) => x.id === id);
        if (!t) throw new ServiceError('not-found', `no transcript with id ${id}`);
        return t;
      })
    : all.filter((t) => !access.isBlind(t.id) || access.isBlindEverywhere());
  const allCoders = store.listCoders();
  let coders: Coder[];
  if (sel.coderIds) {
    coders = sel.coderIds.map((id) => {
      const c = allCoders.find((x) => x.id === id);
      if (!c) throw new ServiceError('not-found', `no coder with id ${id}`);
      return c;
    });
  } else coders = allCoders.filter((c) => defaultIncluded(c, includeConsensus, access.coder?.id));
  const chosen = new Set(coders.map((c) => c.id));

  const input: ProjectAgreementInput = {
    codebook: store.activeCodebook().codebook,
    codebookKey: store.activeCodebook().key,
    transcripts: [],
    coders: coders.map((c) => ({ id: c.id, name: c.name, role: c.role })),
    annotations: [],
    ratings: [],
    classifications: [],
    statuses: [],
  };
  let hidden = 0;
  for (const t of transcripts) {
    input.transcripts.push({ id: t.id, title: t.title, length: store.transcriptText(t.id).length });
    const visible = access.visibleCoderIds(t.id).filter((c) => chosen.has(c));
    hidden += chosen.size - visible.length;
    const vis = new Set(visible);
    for (const a of store.listAnnotations(t.id))
      if (vis.has(a.coderId))
        input.annotations.push({
          transcriptId: t.id,
          coderId: a.coderId,
          codeId: a.codeId,
          start: a.start,
          end: a.end,
        });
    for (const c of visible) {
      for (const r of coding.listRatings(t.id, c))
        input.ratings.push({
          transcriptId: t.id,
          coderId: c,
          scaleId: r.scaleId,
          target: r.target,
          value: r.value,
          notRateable: r.notRateable,
        });
      const k = coding.getClassification(t.id, c);
      if (k)
        input.classifications.push({
          transcriptId: t.id,
          coderId: c,
          primary: k.primary,
          subtype: k.subtype,
          alternative: k.alternative,
        });
      const s = coding.getStatus(t.id, c);
      (input.statuses as AgreementStatus[]).push({
        transcriptId: t.id,
        coderId: c,
        status: s.status,
        submittedAt: s.submittedAt,
      });
    }
  }
  const leftOut = sel.coderIds ? [] : allCoders.filter((c) => !defaultIncluded(c, includeConsensus, access.coder?.id));
  const coderSelection = [
    sel.coderIds ? 'coders chosen by the user' : 'the default coders',
    leftOut.length
      ? `left out by default: ${leftOut.map((c) => `${c.name} (${c.role === 'consensus' ? 'consensus record' : c.role})`).join(', ')}, as neither a trainee nor a consensus is an independent study coder (choose them to include them)`
      : '',
    hidden > 0
      ? `${hidden} coder-transcript combination(s) hidden from the acting coder (blind coding, trainer keys) and left out`
      : '',
  ]
    .filter(Boolean)
    .join('; ');
  const transcriptSelection = sel.transcriptIds
    ? `${transcripts.length} chosen transcript(s)`
    : transcripts.length < all.length
      ? `the ${transcripts.length} transcript(s) revealed so far (blind coding is on)`
      : `all ${transcripts.length} transcript(s) of the project`;
  return { input, coderSelection, transcriptSelection };
}

export const today = () => new Date().toISOString().slice(0, 10);
export const fileStem = (name: string) => name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'project';

/** Refused while blind coding hides every transcript; with some revealed one by one, those are used. */
export function refuseIfBlind(ctx: ServiceContext, what?: string): void {
  if (ctx.access.isBlindEverywhere()) throw new ServiceError('refused', blindRefusal(what));
}

/** Throttled progress: at most ~50 events per run (the event log keeps only the last 100). */
function progress(ctx: ServiceContext, task: string) {
  let last = -1;
  return (done: number, total: number) => {
    const bucket = Math.floor((done * 50) / total);
    if (done === total || bucket !== last) {
      last = bucket;
      ctx.events.push({ type: 'progress', task, done, total });
    }
  };
}

/** The dashboard's figures and the report's method-section facts for one selection. */
export async function computeAgreement(
  ctx: ServiceContext,
  arg: Selection & { overlapThreshold?: number | undefined; level?: string | undefined },
): Promise<{ result: ProjectAgreement; meta: ReportMeta }> {
  refuseIfBlind(ctx);
  const g = gatherVisible(ctx, arg, false);
  const settings = ctx.access.settings;
  const levels = g.input.codebook.classification?.levels ?? [];
  if (arg.level && !levels.some((l) => l.id === arg.level))
    throw new ServiceError(
      'validation',
      `"${arg.level}" is not a classification level of the codebook (${levels.map((l) => l.id).join(', ') || 'none'})`,
    );
  const result = await computeProjectAgreementAsync(g.input, {
    overlapThreshold: arg.overlapThreshold,
    scaleTolerance: settings.scaleTolerance,
    level: arg.level,
    onProgress: progress(ctx, 'agreement'),
  });
  return {
    result,
    meta: {
      projectName: ctx.project.name,
      softwareVersion: ctx.version,
      generatedAt: new Date().toISOString(),
      codebookName: g.input.codebook.name,
      coderSelection: g.coderSelection,
      transcriptSelection: g.transcriptSelection,
    },
  };
}
