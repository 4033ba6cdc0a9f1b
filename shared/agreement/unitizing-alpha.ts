// Krippendorff's unitizing alpha, uα (Krippendorff 1995, "On the reliability of unitizing
// continuous data", Sociological Methodology 25; 2004, Content Analysis 2nd ed., §11.6, and
// "Measuring the reliability of qualitative text analysis data", Quality & Quantity 38).
//
// Per category c, each coder's continuum [0, L) is a sequence of sections: units (spans of c)
// and gaps. For sections g of coder i and h of coder j (b = begin, l = length):
//   δ²(g,h) = (b_g − b_h)² + (b_g + l_g − b_h − l_h)²   both units, overlapping
//           = l_g²                                       g a unit lying inside gap h
//           = l_h²                                       h a unit lying inside gap g
//           = 0                                          otherwise
//   D_o = Σ_{i≠j} Σ_g Σ_h δ²(g,h) / (m (m − 1) L²)
//   D_e = (2/L) Σ_units g [ (N_c − 1)(2l_g³ − 3l_g² + l_g)/3 + l_g² Σ_{gaps h, l_h ≥ l_g} (l_h − l_g + 1) ]
//         / ( mL(mL − 1) − Σ_units l_g (l_g − 1) )
// with m coders and N_c units of c over all coders; uα_c = 1 − D_o/D_e. The overall uα pools the
// categories: 1 − Σ_c D_o,c / Σ_c D_e,c (as DKPro Statistics does). Lengths are in characters.
import { groupBy, validateSpans, type Span } from './spans.ts';
import { definedResult, undefinedResult, type AgreementResult } from './types.ts';

export interface UnitizingOptions {
  /** Length L of the continuum (e.g. the transcript's character count); spans lie in [0, L). */
  length: number;
  /** All coders who unitized the continuum, including any who marked nothing. Default: coders seen in the spans. */
  coders?: readonly string[];
  /** Categories to report. Default: categories seen in the spans. */
  categories?: readonly string[];
  /**
   * Told each category's Σ_{i<j} Σ_g Σ_h δ² (before normalising), as computed. A continuum laid end to end
   * from several has the sum of theirs (δ² is translation-invariant and a unit lies inside the same gaps), so
   * a pooled figure can be given the parts' sums through `observedSums` instead of walking it again.
   */
  onObserved?: (category: string, sum: number) => void;
  /**
   * Each category's Σ δ², already known (a category not listed: 0). Exact only when the parts were whole
   * numbers, as character offsets are: their squares and sums then stay exact in any order.
   */
  observedSums?: ReadonlyMap<string, number>;
}

export interface UnitizingResult {
  categories: Record<string, AgreementResult>;
  overall: AgreementResult;
}

/**
 * Every coder's unit and gap sections of one category, one coder after another in shared arrays (no
 * arrays per coder: a consortium computes this some 60,000 times); coder k's are [from[k], from[k + 1]).
 */
interface Sections {
  start: Float64Array;
  end: Float64Array;
  unit: Uint8Array;
  from: Int32Array;
}

const inTextOrder = (a: Span, b: Span) => a.start - b.start || a.end - b.end;

/**
 * Appends one coder's sections covering [0, L) from n on; returns the new n and how many spans were merged.
 * Overlapping spans of the coder merge into their union (a coder cannot disagree with themselves); abutting
 * spans stay separate units, since the boundary is a decision; a gap precedes each unit that does not start
 * where the last one ended, and one follows the last unit when it ends before L.
 */
function appendSections(S: Sections, n: number, spans: readonly Span[], L: number): { n: number; merged: number } {
  let ordered = true;
  for (let i = 1; i < spans.length && ordered; i++) ordered = inTextOrder(spans[i - 1] as Span, spans[i] as Span) <= 0;
  const sorted = ordered ? spans : [...spans].sort(inTextOrder); // usually already in text order
  let pos = 0;
  let merged = 0;
  let cs = 0;
  let ce = 0;
  let open = false;
  const flush = () => {
    if (cs > pos) {
      S.start[n] = pos;
      S.end[n] = cs;
      S.unit[n++] = 0;
    }
    S.start[n] = cs;
    S.end[n] = ce;
    S.unit[n++] = 1;
    pos = ce;
  };
  for (const sp of sorted) {
    if (open && sp.start < ce) {
      if (sp.end > ce) ce = sp.end;
      merged++;
      continue;
    }
    if (open) flush();
    cs = sp.start;
    ce = sp.end;
    open = true;
  }
  if (open) flush();
  if (pos < L) {
    S.start[n] = pos;
    S.end[n] = L;
    S.unit[n++] = 0;
  }
  return { n, merged };
}

/** Σ_g Σ_h δ² between two coders' sections: a merge walk visiting each overlapping pair once. */
function pairDisagreement(S: Sections, i: number, j: number): number {
  let a = S.from[i] as number;
  let b = S.from[j] as number;
  const na = S.from[i + 1] as number;
  const nb = S.from[j + 1] as number;
  let sum = 0;
  while (a < na && b < nb) {
    const ba = S.start[a] as number;
    const ea = S.end[a] as number;
    const bb = S.start[b] as number;
    const eb = S.end[b] as number;
    const ua = S.unit[a] === 1;
    const ub = S.unit[b] === 1;
    if (ua && ub) sum += (ba - bb) ** 2 + (ea - eb) ** 2;
    else if (ua && ba >= bb && ea <= eb) sum += (ea - ba) ** 2;
    else if (ub && bb >= ba && eb <= ea) sum += (eb - bb) ** 2;
    if (ea < eb) a++;
    else if (eb < ea) b++;
    else {
      a++;
      b++;
    }
  }
  return sum;
}

interface CategoryDisagreement {
  dObs: number;
  dExp: number;
  units: number;
  merged: number;
}

function categoryDisagreement(
  spans: readonly Span[],
  coders: readonly string[],
  L: number,
  knownObserved?: number,
): CategoryDisagreement & { obs: number } {
  const byCoder = groupBy(spans, (s) => s.coder);
  const m = coders.length;
  // At most one unit per span and one gap more per coder than units.
  const cap = 2 * spans.length + m;
  const S: Sections = {
    start: new Float64Array(cap),
    end: new Float64Array(cap),
    unit: new Uint8Array(cap),
    from: new Int32Array(m + 1),
  };
  const unitLengths = new Float64Array(spans.length);
  const gapAll = new Float64Array(spans.length + m);
  let nUnits = 0;
  let nGaps = 0;
  let merged = 0;
  let n = 0;
  coders.forEach((c, k) => {
    S.from[k] = n;
    const r = appendSections(S, n, byCoder.get(c) ?? [], L);
    for (let i = n; i < r.n; i++) {
      const len = (S.end[i] as number) - (S.start[i] as number);
      if (S.unit[i] === 1) unitLengths[nUnits++] = len;
      else gapAll[nGaps++] = len;
    }
    n = r.n;
    merged += r.merged;
  });
  S.from[m] = n;
  let obs = 0;
  if (knownObserved !== undefined) obs = knownObserved;
  else for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) obs += pairDisagreement(S, i, j);
  return fromLengths(unitLengths, nUnits, gapAll.subarray(0, nGaps), m, L, obs, merged);
}

/**
 * A category's disagreements from its sections' lengths: units coder after coder, each in text order (the sum's
 * order), gaps in any order. `obs` is Σ_{i<j} Σ_g Σ_h δ².
 */
function fromLengths(
  unitLengths: Float64Array,
  nUnits: number,
  gapAll: Float64Array,
  m: number,
  L: number,
  obs: number,
  merged: number,
): CategoryDisagreement & { obs: number } {
  const dObs = (2 * obs) / (m * (m - 1) * L * L);

  // Expected disagreement: gaps sorted ascending with suffix sums, so each unit's
  // Σ_{gaps ≥ l}(l_h − l + 1) is a binary search, not a scan.
  const gaps = gapAll.slice().sort();
  const suffix = new Float64Array(gaps.length + 1);
  for (let i = gaps.length - 1; i >= 0; i--) suffix[i] = (suffix[i + 1] as number) + (gaps[i] as number);
  const N = nUnits;
  let num = 0;
  let sqSum = 0;
  for (let k = 0; k < nUnits; k++) {
    const l = unitLengths[k] as number;
    let lo = 0;
    let hi = gaps.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((gaps[mid] as number) < l) lo = mid + 1;
      else hi = mid;
    }
    const count = gaps.length - lo;
    const fit = (suffix[lo] as number) - count * (l - 1);
    num += ((N - 1) * (2 * l * l * l - 3 * l * l + l)) / 3 + l * l * fit;
    sqSum += l * (l - 1);
  }
  const dExp = ((2 / L) * num) / (m * L * (m * L - 1) - sqSum);
  return { dObs, dExp, units: N, merged, obs };
}

/** Krippendorff's uα per category and overall. */
export function unitizingAlpha(spans: readonly Span[], options: UnitizingOptions): UnitizingResult {
  const it = unitizingAlphaSteps(spans, options);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
  }
}

/**
 * The same computation, pausing (yielding) after each category, so a host can keep its event loop
 * turning between categories on a very long continuum. Identical figures: the steps are the same code.
 */
export function* unitizingAlphaSteps(
  spans: readonly Span[],
  options: UnitizingOptions,
): Generator<void, UnitizingResult, void> {
  const L = options.length;
  const coders = options.coders ? [...options.coders] : [...new Set(spans.map((s) => s.coder))];
  const categories = options.categories ? [...options.categories] : [...new Set(spans.map((s) => s.category))].sort();
  const m = coders.length;
  const invalid = validateSpans(spans, L);
  const out: Record<string, AgreementResult> = {};
  if (invalid || m < 2) {
    const reason = invalid ?? 'unitizing alpha needs at least two coders';
    for (const c of categories) out[c] = undefinedResult(0, m, reason);
    return { categories: out, overall: undefinedResult(spans.length, m, reason) };
  }
  const known = new Set(coders);
  const unknownCoder = spans.find((s) => !known.has(s.coder));
  if (unknownCoder) {
    const reason = `span by coder "${unknownCoder.coder}" who is not in the coder list`;
    for (const c of categories) out[c] = undefinedResult(0, m, reason);
    return { categories: out, overall: undefinedResult(spans.length, m, reason) };
  }
  const byCategory = groupBy(spans, (s) => s.category);
  return yield* assemble(categories, m, L, options.onObserved, (cat) => {
    const known = options.observedSums ? (options.observedSums.get(cat) ?? 0) : undefined;
    return categoryDisagreement(byCategory.get(cat) ?? [], coders, L, known);
  });
}

/** Each category's uα from its disagreements, and the overall figure pooling them; pauses after each category. */
function* assemble(
  categories: readonly string[],
  m: number,
  L: number,
  onObserved: UnitizingOptions['onObserved'],
  disagreementOf: (category: string) => CategoryDisagreement & { obs: number },
): Generator<void, UnitizingResult, void> {
  const out: Record<string, AgreementResult> = {};
  let sumObs = 0;
  let sumExp = 0;
  let totalUnits = 0;
  for (const cat of categories) {
    const d = disagreementOf(cat);
    onObserved?.(cat, d.obs);
    yield;
    totalUnits += d.units;
    const details = {
      statistic: `Krippendorff's unitizing alpha (${cat})`,
      observedDisagreement: d.dObs,
      expectedDisagreement: d.dExp,
      mergedOverlappingSpans: d.merged,
      continuumLength: L,
    };
    if (d.units === 0 || !(d.dExp > 0)) {
      out[cat] = undefinedResult(
        d.units,
        m,
        d.units === 0 ? `no coder marked a span of category "${cat}"` : 'expected disagreement is 0',
        details,
      );
      continue;
    }
    sumObs += d.dObs;
    sumExp += d.dExp;
    out[cat] = definedResult(1 - d.dObs / d.dExp, d.units, m, { details });
  }
  const overall =
    sumExp > 0
      ? definedResult(1 - sumObs / sumExp, totalUnits, m, {
          details: {
            statistic: "Krippendorff's unitizing alpha (all categories)",
            observedDisagreement: sumObs,
            expectedDisagreement: sumExp,
            continuumLength: L,
          },
        })
      : undefinedResult(totalUnits, m, 'no spans to compare: expected disagreement is 0 in every category');
  return { categories: out, overall };
}

/**
 * One category's sections as a host laid them out while reading (reliability/pooled-layout.ts): each coder's
 * unit lengths in text order, every gap's length, and how many overlapping spans were merged.
 */
export interface CategoryLengths {
  /** Per coder, in the coders' order. */
  units: readonly Float64Array[];
  gaps: readonly Float64Array[];
  merged: number;
}

/**
 * uα from sections laid out already, with every category's observed sum known: the same figures, to the bit,
 * as unitizingAlpha over the spans they came from with those `observedSums` (the same arithmetic in the same
 * order), without gathering the spans. A category with no sections: every coder one gap, the continuum.
 */
export function unitizingAlphaOfLengths(
  lengths: ReadonlyMap<string, CategoryLengths>,
  options: { length: number; coders: readonly string[]; categories: readonly string[] },
  observedSums: ReadonlyMap<string, number>,
): UnitizingResult {
  const L = options.length;
  const m = options.coders.length;
  // The host lays out only what unitizingAlpha would accept (valid spans): these are the only checks left.
  if (m < 2 || !(L > 0) || !Number.isFinite(L))
    throw new Error('unitizingAlphaOfLengths: needs two coders and a length');
  const it = assemble(options.categories, m, L, undefined, (cat) => {
    const c = lengths.get(cat) ?? { units: [], gaps: [new Float64Array(m).fill(L)], merged: 0 };
    const units = concat(c.units);
    const gaps = concat(c.gaps);
    return fromLengths(units, units.length, gaps, m, L, observedSums.get(cat) ?? 0, c.merged);
  });
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
  }
}

const concat = (parts: readonly Float64Array[]): Float64Array => {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Float64Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
