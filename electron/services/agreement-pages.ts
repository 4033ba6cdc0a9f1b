// The dashboard's disagreements, served a page at a time. A consortium's agreement holds hundreds of
// thousands of disagreements: the figures' answer carries their counts and the first page, and later
// pages are computed again for just the transcripts they fall in, from per-transcript counts kept from
// the last computation of the same selection while the project is unchanged.
import type {
  AgreementSummary,
  DisagreementPage,
  agreementComputeArgs,
  agreementListDisagreementsArgs,
} from '../../shared/api/agreement.ts';
import { DISAGREEMENT_PAGE_DEFAULT } from '../../shared/api/agreement.ts';
import type { Disagreement, DisagreementKind } from '../../shared/reliability/types.ts';
import type { z } from 'zod';
import { computeAgreement } from './agreement-data.ts';
import type { ServiceContext, ServiceState } from './context.ts';

type ComputeArgs = z.output<typeof agreementComputeArgs>;
type ListArgs = z.output<typeof agreementListDisagreementsArgs>;

const KINDS: DisagreementKind[] = ['classification', 'scale', 'span-only-one-coder', 'different-codes-same-span'];

/** Per transcript, in list order: how many disagreements of each kind (in KINDS order). */
interface Counts {
  key: string;
  perTranscript: Array<{ transcriptId: string; byKind: number[] }>;
}

/** One entry per services instance (one window, or one `attune serve`): the last selection's counts. */
const lastCounts = new WeakMap<ServiceState, Counts>();

/** Same selection, options, acting coder, project and data: the same disagreements. */
function countsKey(ctx: ServiceContext, a: ComputeArgs | ListArgs): string {
  return JSON.stringify([
    ctx.project.path,
    ctx.project.db.changeStamp(),
    ctx.state.actingCoderId,
    a.transcriptIds ?? null,
    a.coderIds ?? null,
    a.overlapThreshold ?? null,
    a.level ?? null,
  ]);
}

/** By kind (KINDS order): those listed, and those only counted. */
function tally(list: readonly Disagreement[], counted: Partial<Record<DisagreementKind, number>> = {}): number[] {
  const n = KINDS.map((k) => counted[k] ?? 0);
  for (const d of list) n[KINDS.indexOf(d.kind)]! += 1;
  return n;
}

function byKind(counts: Counts): Record<DisagreementKind, number> {
  const sum = KINDS.map((_, k) => counts.perTranscript.reduce((s, t) => s + t.byKind[k]!, 0));
  return Object.fromEntries(KINDS.map((k, i) => [k, sum[i]])) as Record<DisagreementKind, number>;
}

/** The figures, the disagreements' counts and their first page; the counts are kept for paging. */
export async function agreementSummary(ctx: ServiceContext, arg: ComputeArgs): Promise<AgreementSummary> {
  const key = countsKey(ctx, arg);
  const limit = arg.pageSize ?? DISAGREEMENT_PAGE_DEFAULT;
  const counts: Counts = { key, perTranscript: [] };
  const first: Disagreement[] = [];
  const { result } = await computeAgreement(ctx, arg, {
    keepDisagreements: false,
    // Only the first page is shown: the rest are counted, never listed.
    countDisagreements: () => first.length >= limit,
    onDisagreements: (transcriptId, found, counted) => {
      counts.perTranscript.push({ transcriptId, byKind: tally(found, counted) });
      for (const d of found) if (first.length < limit) first.push(d);
    },
  });
  lastCounts.set(ctx.state, counts);
  const kinds = byKind(counts);
  const total = KINDS.reduce((s, k) => s + kinds[k], 0);
  return { ...result, disagreements: { total, byKind: kinds, offset: 0, limit, items: first } };
}

/** One page of the (filtered) disagreements: only the transcripts the page falls in are computed again. */
export async function listDisagreements(ctx: ServiceContext, arg: ListArgs): Promise<DisagreementPage> {
  const wanted = new Set(arg.kinds ?? KINDS);
  const kindIdx = KINDS.map((k, i) => (wanted.has(k) ? i : -1)).filter((i) => i >= 0);
  const key = countsKey(ctx, arg);
  const kept = lastCounts.get(ctx.state);
  const window = { skip: arg.offset, items: [] as Disagreement[] };
  const take = (found: readonly Disagreement[]) => {
    for (const d of found) {
      if (!wanted.has(d.kind)) continue;
      if (window.skip > 0) window.skip--;
      else if (window.items.length < arg.limit) window.items.push(d);
    }
  };
  let counts: Counts;
  if (kept?.key === key) {
    counts = kept;
    const needed: string[] = [];
    let seen = 0;
    for (const t of counts.perTranscript) {
      const n = kindIdx.reduce((s, i) => s + t.byKind[i]!, 0);
      if (n > 0 && seen + n > arg.offset && seen < arg.offset + arg.limit) {
        if (needed.length === 0) window.skip = arg.offset - seen;
        needed.push(t.transcriptId);
      }
      seen += n;
    }
    if (needed.length > 0) take((await computeAgreement(ctx, { ...arg, transcriptIds: needed })).result.disagreements);
  } else {
    // Nothing kept for this selection: one pass counts every transcript and keeps the page's window.
    counts = { key, perTranscript: [] };
    await computeAgreement(ctx, arg, {
      keepDisagreements: false,
      describeDisagreements: () => window.items.length < arg.limit,
      onDisagreements: (transcriptId, found, counted) => {
        counts.perTranscript.push({ transcriptId, byKind: tally(found, counted) });
        take(found);
      },
    });
    lastCounts.set(ctx.state, counts);
  }
  const total = counts.perTranscript.reduce((s, t) => s + kindIdx.reduce((n, i) => n + t.byKind[i]!, 0), 0);
  return { total, byKind: byKind(counts), offset: arg.offset, limit: arg.limit, items: window.items };
}
