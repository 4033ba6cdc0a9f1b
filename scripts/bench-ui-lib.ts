// Pure helpers of the UI benchmark (scripts/bench-ui.ts), kept apart so they are unit-tested.

import { mulberry32 } from '../shared/agreement/prng.ts';

/** Seeded PRNG: the same synthetic highlights on every run (the agreement engine's generator). */
export const prng = mulberry32;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * The first whole lines of `text` holding at least `words` words, ending after a respondent line
 * when possible (so the cut transcript still ends in an answer).
 */
export function firstWords(text: string, words: number): string {
  const lines = text.split('\n');
  let count = 0;
  let i = 0;
  for (; i < lines.length && count < words; i++) count += wordCount(lines[i]!);
  return lines.slice(0, i).join('\n');
}

export interface SpanSpec {
  start: number;
  end: number;
  codeIndex: number;
}

/**
 * `n` highlights over `text`: whole words, 3–40 words long, spread over the text, about a fifth of
 * them overlapping an earlier one (as coders' highlights do). Never on whitespace only, and never
 * starting or ending with whitespace.
 */
export function syntheticSpans(text: string, n: number, codes: number, seed: number): SpanSpec[] {
  const rand = prng(seed);
  const words: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/\S+/g)) words.push({ start: m.index, end: m.index + m[0].length });
  if (words.length < 50) throw new Error('text too short for synthetic highlights');
  const out: SpanSpec[] = [];
  for (let k = 0; k < n; k++) {
    const len = 3 + Math.floor(rand() * 38);
    let first: number;
    const prev = out[out.length - 1];
    if (prev && rand() < 0.2) {
      // Overlap the previous highlight: start inside it.
      const inside = words.findIndex((w) => w.start >= prev.start);
      first = Math.min(words.length - len - 1, inside + Math.floor(rand() * 4));
    } else {
      const slot = Math.floor((k / n) * (words.length - len - 1));
      first = Math.min(words.length - len - 1, slot + Math.floor(rand() * 20));
    }
    first = Math.max(0, first);
    const last = Math.min(words.length - 1, first + len - 1);
    out.push({ start: words[first]!.start, end: words[last]!.end, codeIndex: Math.floor(rand() * codes) });
  }
  return out;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

export interface Row {
  figure: string;
  value: number;
  /** Upper bound the value must stay under; null = reported only. */
  target: number | null;
  /** The same measurement on plain static HTML of the same text, or null when there is none. */
  baseline: number | null;
}

const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');

/** A plain-text table: figure, measured, target, PASS/MISS, static HTML, ratio. */
export function formatTable(rows: readonly Row[]): string {
  const head = ['Figure', 'Measured', 'Target', 'Result', 'Static HTML', 'Ratio'];
  const body = rows.map((r) => [
    r.figure,
    ms(r.value),
    r.target === null ? '—' : `< ${r.target} ms`,
    r.target === null ? '—' : r.value < r.target ? 'PASS' : 'MISS',
    r.baseline === null ? '—' : ms(r.baseline),
    r.baseline === null || !(r.baseline > 0) ? '—' : `${(r.value / r.baseline).toFixed(1)}×`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** One line of the issue's speed table: what was measured before the work (`baseline`), now, the target. */
export interface IssueRow {
  measure: string;
  baseline: string;
  now: string;
  target: string;
  /** null when the figure could not be measured (or is reported only). */
  met: boolean | null;
}

/** The issue's table as bench-lab prints it: measure, baseline (today), now, target, met?. */
export function formatIssueTable(rows: readonly IssueRow[]): string {
  const head = ['measure', 'baseline (today)', 'now', 'target', 'met?'];
  const body = rows.map((r) => [r.measure, r.baseline, r.now, r.target, r.met === null ? '—' : r.met ? 'yes' : 'NO']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
