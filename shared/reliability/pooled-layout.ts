// The pooled continuum's sections laid out as its transcripts are read, in order (the agreement reader's worker
// does it while it reads), so its unitizing alpha needs no second pass gathering some 576,000 spans at
// consortium size. Laid out for one set of coders, fixed ahead: the pooled figure's coders are those who took
// part anywhere, known only at the end; if they are not these, or anything is unusual, the host lays the
// continuum out the usual way (poolSpans). The figures are the same to the bit: the lengths are the same
// whole numbers, summed in the same order (unitizingAlphaOfLengths).
import { unitizingAlphaOfLengths, type CategoryLengths } from '../agreement/unitizing-alpha.ts';
import { pooledCodeIds, pooledObservedSums, type ObservedSums, type PooledUnitizing } from './pooled-unitizing.ts';
import type { AgreementAnnotation } from './types.ts';

/** A Float64Array that grows. */
class Lengths {
  private a = new Float64Array(64);
  n = 0;
  push(x: number): void {
    if (this.n === this.a.length) {
      const b = new Float64Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = x;
  }
  view(): Float64Array {
    return this.a.subarray(0, this.n);
  }
}

/** One coder's sections of one code so far, as appendSections (unitizing-alpha.ts) walks them. */
interface Track {
  /** Where the last section ended. */
  pos: number;
  /** The unit being extended by overlapping spans, if any. */
  open: boolean;
  cs: number;
  ce: number;
  /** The last span met (its order is checked). */
  lastStart: number;
  lastEnd: number;
  units: Lengths;
  gaps: Lengths;
}

function flush(t: Track): void {
  if (t.cs > t.pos) t.gaps.push(t.cs - t.pos);
  t.units.push(t.ce - t.cs);
  t.pos = t.ce;
  t.open = false;
}

export class PooledLayout {
  private readonly index: Map<string, number>;
  private readonly tracks = new Map<string, { coders: Track[]; merged: number }>();
  private readonly pooled: string[] = [];
  private length = 0;
  /** false once anything was met that the usual layout handles differently (the host falls back to it). */
  private usable: boolean;

  constructor(private readonly coders: readonly string[]) {
    this.index = new Map(coders.map((c, i) => [c, i]));
    this.usable = coders.length >= 2;
  }

  /**
   * A transcript, in the continuum's order, with the coders who took part and its highlights in text order:
   * laid end to end when every coder took part and it has a length (as poolSpans decides for these coders).
   */
  add(t: { id: string; length: number }, took: ReadonlySet<string>, annotations: readonly AgreementAnnotation[]) {
    if (!this.usable || this.coders.some((c) => !took.has(c)) || t.length <= 0) return;
    if (!Number.isInteger(t.length)) return void (this.usable = false);
    const offset = this.length;
    for (const a of annotations) {
      const k = this.index.get(a.coderId);
      const whole = Number.isInteger(a.start) && Number.isInteger(a.end);
      if (k === undefined || !whole || a.start < 0 || a.end > t.length || a.end < a.start) {
        this.usable = false;
        return;
      }
      const track = this.trackOf(a.codeId, k);
      const s = a.start + offset;
      const e = a.end + offset;
      // Out of text order (appendSections would sort first): not laid out here.
      if (s < track.lastStart || (s === track.lastStart && e < track.lastEnd)) {
        this.usable = false;
        return;
      }
      track.lastStart = s;
      track.lastEnd = e;
      if (track.open && s < track.ce) {
        if (e > track.ce) track.ce = e;
        (this.tracks.get(a.codeId) as { merged: number }).merged++;
        continue;
      }
      if (track.open) flush(track);
      track.cs = s;
      track.ce = e;
      track.open = true;
    }
    this.pooled.push(t.id);
    this.length += t.length;
  }

  private trackOf(codeId: string, k: number): Track {
    let c = this.tracks.get(codeId);
    if (!c) {
      c = { merged: 0, coders: [] };
      for (let i = 0; i < this.coders.length; i++)
        c.coders.push({
          pos: 0,
          open: false,
          cs: 0,
          ce: 0,
          lastStart: -Infinity,
          lastEnd: -Infinity,
          units: new Lengths(),
          gaps: new Lengths(),
        });
      this.tracks.set(codeId, c);
    }
    return c.coders[k] as Track;
  }

  /**
   * The pooled figure over exactly `coders` (the coders who took part anywhere), as passageAgreement computes
   * it; null where it has none; undefined when it was not laid out here (other coders, unusual spans, or a
   * transcript's observed sums missing): the host then lays the continuum out itself. Call once, at the end.
   */
  result(
    coders: readonly string[],
    codes: readonly { id: string; archived?: boolean | undefined }[],
    used: { has(id: string): boolean; keys(): Iterable<string> },
    observed: ReadonlyMap<string, ObservedSums>,
  ): PooledUnitizing | null | undefined {
    const same = coders.length === this.coders.length && coders.every((c, i) => c === this.coders[i]);
    if (!this.usable || !same) return undefined;
    if (this.pooled.length === 0) return null;
    const sums = pooledObservedSums(observed, this.pooled, coders);
    if (!sums) return undefined;
    const L = this.length;
    const lengths = new Map<string, CategoryLengths>();
    for (const [codeId, c] of this.tracks) {
      for (const t of c.coders) {
        if (t.open) flush(t);
        if (t.pos < L) t.gaps.push(L - t.pos);
      }
      lengths.set(codeId, {
        units: c.coders.map((t) => t.units.view()),
        gaps: c.coders.map((t) => t.gaps.view()),
        merged: c.merged,
      });
    }
    const categories = pooledCodeIds(codes, used);
    const result = unitizingAlphaOfLengths(lengths, { length: L, coders, categories }, sums);
    return { coders: [...coders], pooled: this.pooled, categories, result };
  }
}
