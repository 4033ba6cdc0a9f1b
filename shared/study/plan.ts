import { mulberry32 } from '../agreement/prng.ts';

/**
 * A reliability study's assignment, drawn from a seed so the same inputs give the same plan.
 *
 * - Every transcript gets one primary coder; primary workloads differ by at most one.
 * - Exactly `Math.round(overlap × transcripts)` transcripts (the reliability subset) get a second coder,
 *   never their primary. `Math.round` rounds a half up: 0.25 × 10 = 2.5 gives 3.
 * - With strata, the subset is drawn proportionally from each stratum (largest remainder; ties go to the
 *   larger stratum, then the stratum named first in code-point order).
 * - Second-coder workloads differ by at most one, and so do the counts of the unordered pairs of coders
 *   (the subset is dealt round-robin, each round pairing every primary with the coder `d` places after it,
 *   `d` = 1, 2, … c−1: coder sets for `d` and `c − d` are the same pairs, so each pair comes up in turn).
 */
export interface PlanInput {
  /** In the order the plan lists them. `stratum` is used only with `stratify`. */
  transcripts: readonly { id: string; stratum?: string | null }[];
  /** Coder ids (or names): at least one; two or more when `overlap` > 0. */
  coders: readonly string[];
  /** The share of transcripts double-coded, 0 to 1. */
  overlap: number;
  seed: number;
  stratify?: boolean;
}

export interface PlannedTranscript {
  id: string;
  /** The primary coder first, then the second coder of a double-coded transcript. */
  coders: string[];
}

export class PlanError extends Error {
  override name = 'PlanError';
}

/** How many transcripts the subset holds: the one rounding rule the CLI contract states. */
export const subsetSize = (overlap: number, transcripts: number) => Math.round(overlap * transcripts);

function shuffle<T>(items: readonly T[], rand: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

/** How many of `k` to take from each stratum: proportional, largest remainder. */
export function allocate(sizes: ReadonlyMap<string, number>, k: number): Map<string, number> {
  const n = [...sizes.values()].reduce((s, x) => s + x, 0);
  const out = new Map<string, number>();
  if (n === 0) return out;
  const rows = [...sizes.entries()].map(([name, size]) => {
    const exact = (k * size) / n;
    return { name, size, base: Math.floor(exact), rest: exact - Math.floor(exact) };
  });
  let left = k - rows.reduce((s, r) => s + r.base, 0);
  const order = [...rows].sort(
    (a, b) => b.rest - a.rest || b.size - a.size || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  for (const r of order) {
    if (left <= 0) break;
    if (r.base < r.size) {
      r.base++;
      left--;
    }
  }
  for (const r of rows) out.set(r.name, r.base);
  return out;
}

function validate(input: PlanInput): void {
  const { transcripts, coders, overlap, seed } = input;
  if (!(overlap >= 0 && overlap <= 1)) throw new PlanError(`the overlap is a share from 0 to 1 (got ${overlap})`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new PlanError(`the seed is a whole number from 0 to 4294967295 (got ${seed})`);
  if (coders.length === 0) throw new PlanError('a plan needs at least one coder');
  if (new Set(coders).size !== coders.length) throw new PlanError('a coder is named twice');
  if (new Set(transcripts.map((t) => t.id)).size !== transcripts.length)
    throw new PlanError('a transcript is named twice');
  if (subsetSize(overlap, transcripts.length) > 0 && coders.length < 2)
    throw new PlanError('double coding needs at least two coders (or an overlap of 0)');
}

/** The reliability subset, as a set of transcript ids. */
function drawSubset(input: PlanInput, rand: () => number): string[] {
  const k = subsetSize(input.overlap, input.transcripts.length);
  if (!input.stratify)
    return shuffle(input.transcripts, rand)
      .slice(0, k)
      .map((t) => t.id);
  const strata = new Map<string, string[]>();
  for (const t of input.transcripts) {
    const key = t.stratum ?? '';
    const ids = strata.get(key);
    if (ids) ids.push(t.id);
    else strata.set(key, [t.id]);
  }
  const quota = allocate(new Map([...strata].map(([s, ids]) => [s, ids.length])), k);
  const names = [...strata.keys()].sort();
  return names.flatMap((s) => shuffle(strata.get(s) ?? [], rand).slice(0, quota.get(s) ?? 0));
}

export function makePlan(input: PlanInput): PlannedTranscript[] {
  validate(input);
  const rand = mulberry32(input.seed);
  const coders = shuffle(input.coders, rand);
  const c = coders.length;
  const subset = shuffle(drawSubset(input, rand), rand);
  const inSubset = new Set(subset);
  const rest = shuffle(
    input.transcripts.filter((t) => !inSubset.has(t.id)).map((t) => t.id),
    rand,
  );
  const assigned = new Map<string, string[]>();
  // One round-robin over subset then the rest: primaries balanced overall and within the subset.
  [...subset, ...rest].forEach((id, i) => {
    const p = i % c;
    const list = [coders[p] as string];
    if (i < subset.length) {
      const d = 1 + (Math.floor(i / c) % (c - 1));
      list.push(coders[(p + d) % c] as string);
    }
    assigned.set(id, list);
  });
  return input.transcripts.map((t) => ({ id: t.id, coders: assigned.get(t.id) ?? [] }));
}

/** The unordered pair key of two coder names: alphabetical (en), joined by "+". */
export function pairKey(a: string, b: string): string {
  return [a, b].sort((x, y) => x.localeCompare(y, 'en') || (x < y ? -1 : x > y ? 1 : 0)).join('+');
}

/** Every unordered pair of `names` with how many transcripts it double-codes (zeros included). */
export function pairCounts(names: readonly string[], plan: readonly { coders: readonly string[] }[]) {
  const counts = new Map<string, number>();
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++) counts.set(pairKey(names[i] as string, names[j] as string), 0);
  for (const t of plan) {
    const [a, b] = t.coders;
    if (a !== undefined && b !== undefined) {
      const key = pairKey(a, b);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return Object.fromEntries([...counts].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}
