import type { MarkKind } from '../../../../shared/transcript/marks.ts';
import { matchesIn, type TextMatch } from '../../find/index.ts';
import { segmentsForText } from './decorate.ts';
import type { MarkSpan } from './structure-decor.ts';
import type { Highlight, TranscriptElement, TranscriptRange } from '../types.ts';

/** Everything the view paints over the text. */
export interface DecorInputs {
  /** Highlights shown (already filtered by the code/group filter). */
  highlights: readonly Highlight[];
  activeIds: ReadonlySet<string>;
  marks: readonly MarkSpan[];
  find: { matches: readonly TextMatch[]; current: number };
}

/** A Slate-free description of one decorated run inside a text node (offsets local to the node). */
export interface NodeDecor {
  from: number;
  to: number;
  highlights?: readonly Highlight[];
  active?: boolean;
  mark?: MarkKind;
  find?: 'match' | 'current';
  /** 1-based number of the stored text line that starts at `from` (shown in the margin). */
  line?: number;
}

/** One highlight's bar in a block's margin: its vertical extent as fractions of the block's speech. */
export interface MarginBar {
  id: string;
  codeId: string;
  lane: number;
  top: number;
  bottom: number;
  /** The highlight goes on before / after this block (the bar reaches the block's edge). */
  up: boolean;
  down: boolean;
  active: boolean;
  pending: boolean;
}

function sameBars(a: readonly MarginBar[], b: readonly MarginBar[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i]!;
      return (
        x.id === y.id &&
        x.codeId === y.codeId &&
        x.lane === y.lane &&
        x.top === y.top &&
        x.bottom === y.bottom &&
        x.up === y.up &&
        x.down === y.down &&
        x.active === y.active &&
        x.pending === y.pending
      );
    })
  );
}

/** Highlights sorted by start, with the longest length, for "which highlights overlap [a, b)" in O(log n + k). */
export class IntervalIndex<T extends { start: number; end: number }> {
  readonly sorted: readonly T[];
  private readonly maxLen: number;
  constructor(items: readonly T[]) {
    this.sorted = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
    this.maxLen = this.sorted.reduce((m, s) => Math.max(m, s.end - s.start), 0);
  }
  /** Items with end > from and start < to (half-open overlap). */
  overlapping(from: number, to: number): T[] {
    const list = this.sorted;
    // First item whose start >= from - maxLen: nothing before it can reach `from`.
    let lo = 0;
    let hi = list.length;
    const min = from - this.maxLen;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < min) lo = mid + 1;
      else hi = mid;
    }
    const out: T[] = [];
    for (let i = lo; i < list.length && list[i]!.start < to; i++) if (list[i]!.end > from) out.push(list[i]!);
    return out;
  }
}

/** Start offsets of every stored line (line n starts at lineStarts[n - 1]). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line number of an offset (the line holding it). */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Same place, code, lane and state (the id is compared by the caller). */
function sameHighlight(a: Highlight, b: Highlight): boolean {
  return (
    a === b ||
    (a.start === b.start &&
      a.end === b.end &&
      a.codeId === b.codeId &&
      (a.lane ?? 0) === (b.lane ?? 0) &&
      !!a.pending === !!b.pending)
  );
}

function sameDecor(a: readonly NodeDecor[], b: readonly NodeDecor[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (
      x.from !== y.from ||
      x.to !== y.to ||
      x.active !== y.active ||
      x.mark !== y.mark ||
      x.find !== y.find ||
      x.line !== y.line
    )
      return false;
    const hx = x.highlights ?? [];
    const hy = y.highlights ?? [];
    if (hx.length !== hy.length) return false;
    for (let k = 0; k < hx.length; k++) if (hx[k]!.id !== hy[k]!.id || !sameHighlight(hx[k]!, hy[k]!)) return false;
  }
  return true;
}

/**
 * Decorations per text node, kept between updates. A change (a new highlight, a moved boundary, a
 * find query) recomputes only the blocks its offsets touch, found through an interval index, and a
 * block whose decorations come out the same keeps its arrays (same identity): the editor then
 * re-renders just the blocks `update` returns, never all 3,000 of a 40,000-word transcript.
 *
 * Lazy: a block is decorated when it is first asked for (rendered), so opening a transcript costs only
 * the blocks of its first screen; the rest as they are added. A touched block never asked for gets its
 * old decorations first, so `update` reports exactly what an eager index would.
 */
export class DecorationIndex {
  private readonly lines: number[];
  private perNode = new Map<number, readonly NodeDecor[]>();
  private bars = new Map<number, readonly MarginBar[]>();
  private blockByStart = new Map<number, number>();
  private ranges = new Map<number, TranscriptRange[]>();
  /** Blocks whose decorations and bars are computed (for the inputs of the last update). */
  private filled = new Set<number>();
  private prev: DecorInputs | null = null;
  private byId = new Map<string, Highlight>();
  private highlightIndex = new IntervalIndex<Highlight>([]);
  private marks = new IntervalIndex<MarkSpan>([]);

  constructor(
    private readonly doc: readonly TranscriptElement[],
    text: string,
  ) {
    this.lines = lineStarts(text);
    doc.forEach((b, i) => this.blockByStart.set(b.start, i));
  }

  /** Margin bars of the block that starts at `blockStart` (same array until they change). */
  barsAt(blockStart: number): readonly MarginBar[] {
    const b = this.blockByStart.get(blockStart);
    if (b === undefined) return NO_BARS;
    this.ensure(b);
    return this.bars.get(b) ?? NO_BARS;
  }

  /** Apply new inputs; returns the indexes of blocks whose decorations changed (all of them the first time). */
  update(next: DecorInputs): number[] {
    const prev = this.prev;
    // The same inputs again (a pending highlight resolved, a parent re-rendered): nothing to do.
    if (
      prev &&
      prev.highlights === next.highlights &&
      prev.activeIds === next.activeIds &&
      prev.marks === next.marks &&
      prev.find === next.find
    )
      return [];
    if (!prev) {
      // Nothing is decorated yet: each block is, when first asked for.
      this.setInputs(next, null);
      return this.doc.map((_, i) => i);
    }
    const dirty = this.dirtyBlocks(prev, next);
    for (const b of dirty) this.ensure(b);
    this.setInputs(next, prev);

    const changed: number[] = [];
    for (const b of dirty) if (this.refill(b, next)) changed.push(b);
    return changed;
  }

  private setInputs(next: DecorInputs, prev: DecorInputs | null): void {
    this.prev = next;
    if (!prev || prev.highlights !== next.highlights) {
      this.byId = new Map(next.highlights.map((s) => [s.id, s]));
      this.highlightIndex = new IntervalIndex(next.highlights);
    }
    if (!prev || prev.marks !== next.marks) this.marks = new IntervalIndex(next.marks);
  }

  /** Blocks whose decorations may differ between two inputs. */
  private dirtyBlocks(prev: DecorInputs, next: DecorInputs): number[] {
    if (prev.marks !== next.marks) return this.doc.map((_, i) => i);
    // Highlights added, moved, recoded, re-laned, saved or (de)activated: their old and new places.
    const intervals: [number, number][] = [];
    if (prev.highlights !== next.highlights || prev.activeIds !== next.activeIds) {
      const oldById = this.byId;
      const nextIds = new Set<string>();
      for (const s of next.highlights) {
        nextIds.add(s.id);
        const old = oldById.get(s.id);
        if (old && sameHighlight(old, s) && prev.activeIds.has(s.id) === next.activeIds.has(s.id)) continue;
        intervals.push([s.start, s.end]);
        if (old) intervals.push([old.start, old.end]);
      }
      for (const [id, old] of oldById) if (!nextIds.has(id)) intervals.push([old.start, old.end]);
    }
    if (prev.find.matches !== next.find.matches) {
      for (const m of prev.find.matches) intervals.push([m.start, m.end]);
      for (const m of next.find.matches) intervals.push([m.start, m.end]);
    } else if (prev.find.current !== next.find.current) {
      for (const m of [prev.find.matches[prev.find.current], next.find.matches[next.find.current]])
        if (m) intervals.push([m.start, m.end]);
    }
    return this.blocksTouching(intervals);
  }

  /** Decorate a block never asked for yet, for the current inputs. */
  private ensure(b: number): void {
    if (this.filled.has(b) || !this.prev || b >= this.doc.length) return;
    this.filled.add(b);
    this.refill(b, this.prev);
  }

  /** Recompute one block's decorations and bars; true when they differ from what it had. */
  private refill(b: number, next: DecorInputs): boolean {
    const block = this.doc[b]!;
    let blockChanged = false;
    block.children.forEach((node, c) => {
      const key = b * 2 + c;
      const fresh = this.compute(node.start, node.text.length, next);
      const old = this.perNode.get(key);
      if (old && sameDecor(old, fresh)) return;
      this.perNode.set(key, fresh);
      this.ranges.delete(key);
      blockChanged = true;
    });
    const bars = this.computeBars(b, next.activeIds);
    const oldBars = this.bars.get(b) ?? NO_BARS;
    if (!sameBars(oldBars, bars)) {
      this.bars.set(b, bars.length ? bars : NO_BARS);
      blockChanged = true;
    }
    return blockChanged;
  }

  /** Slate ranges for the text node at [block, child] (cached; same identity until the node changes). */
  rangesAt(path: readonly number[]): TranscriptRange[] {
    const [b, c] = path;
    if (b === undefined || c === undefined) return [];
    this.ensure(b);
    const key = b * 2 + c;
    const cached = this.ranges.get(key);
    if (cached) return cached;
    const decor = this.perNode.get(key) ?? [];
    const p = [b, c];
    const ranges = decor.map(({ from, to, ...props }) => ({
      anchor: { path: p, offset: from },
      focus: { path: p, offset: to },
      ...props,
    }));
    this.ranges.set(key, ranges);
    return ranges;
  }

  /** Decorations of the text node [block, child], Slate-free (for tests and hit-testing). */
  decorAt(block: number, child: number): readonly NodeDecor[] {
    this.ensure(block);
    return this.perNode.get(block * 2 + child) ?? [];
  }

  /** Highlights overlapping [from, to), from the interval index. */
  highlightsIn(from: number, to: number): Highlight[] {
    return this.highlightIndex.overlapping(from, to);
  }

  private blocksTouching(intervals: readonly [number, number][]): number[] {
    const out = new Set<number>();
    for (const [from, to] of intervals) {
      // First block whose end >= from.
      let lo = 0;
      let hi = this.doc.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.doc[mid]!.end < from) lo = mid + 1;
        else hi = mid;
      }
      for (let b = lo; b < this.doc.length && this.doc[b]!.start <= Math.max(to, from); b++) out.add(b);
    }
    return [...out].sort((a, b) => a - b);
  }

  private computeBars(b: number, activeIds: ReadonlySet<string>): MarginBar[] {
    const block = this.doc[b]!;
    const body = block.children[block.children.length - 1]!;
    const len = Math.max(1, body.text.length);
    const frac = (o: number) => Math.min(1, Math.max(0, (o - body.start) / len));
    return this.highlightIndex
      .overlapping(block.start, Math.max(block.end, block.start + 1))
      .map((s) => ({
        id: s.id,
        codeId: s.codeId,
        lane: s.lane ?? 0,
        top: Math.round(frac(s.start) * 1000) / 1000,
        bottom: Math.round(frac(s.end) * 1000) / 1000,
        up: s.start < block.start,
        down: s.end > block.end,
        active: activeIds.has(s.id),
        pending: !!s.pending,
      }))
      .sort((x, y) => x.lane - y.lane);
  }

  private compute(nodeStart: number, length: number, inputs: DecorInputs): NodeDecor[] {
    const nodeEnd = nodeStart + length;
    const out: NodeDecor[] = [];
    for (const seg of segmentsForText(
      nodeStart,
      length,
      this.highlightIndex.overlapping(nodeStart, nodeEnd),
      inputs.activeIds,
    ))
      out.push({ from: seg.from, to: seg.to, highlights: seg.highlights, active: seg.active });
    for (const m of this.marks.overlapping(nodeStart, nodeEnd))
      out.push({
        from: Math.max(m.start, nodeStart) - nodeStart,
        to: Math.min(m.end, nodeEnd) - nodeStart,
        mark: m.kind,
      });
    const current = inputs.find.matches[inputs.find.current];
    for (const m of matchesIn(inputs.find.matches, nodeStart, nodeEnd))
      out.push({
        from: Math.max(m.start, nodeStart) - nodeStart,
        to: Math.min(m.end, nodeEnd) - nodeStart,
        find: m === current ? 'current' : 'match',
      });
    // Line numbers: the first character of every stored line that starts inside this node.
    if (length > 0) {
      let ln = lineOf(this.lines, nodeStart);
      let at = this.lines[ln - 1]! === nodeStart ? nodeStart : (this.lines[ln] ?? Infinity);
      if (at !== nodeStart) ln++;
      while (at < nodeEnd) {
        out.push({ from: at - nodeStart, to: at - nodeStart + 1, line: ln });
        ln++;
        at = this.lines[ln - 1] ?? Infinity;
      }
    }
    return out;
  }
}

const NO_BARS: readonly MarginBar[] = [];
