import type { ImportResult, ReplacementPreview } from '../../../shared/api/transcript.ts';

/** Where one file of an import batch stands. */
export type EntryPhase =
  'reading' | 'previewing' | 'ready' | 'invalid' | 'importing' | 'imported' | 'duplicate' | 'failed';

export interface BatchOutcome {
  phase: 'imported' | 'duplicate' | 'failed';
  message: string;
}

/** The host's error types say what happened; a conflict on import is always the same text already stored. */
export function outcomeOf(
  result: { ok: true; value: ImportResult } | { ok: false; type: string; message: string },
): BatchOutcome {
  if (result.ok) {
    const v = result.value;
    return {
      phase: 'imported',
      message: `Imported: ${v.words.toLocaleString('en')} words, ${plural(v.turns, 'turn')}, ${plural(v.sections, 'section')}`,
    };
  }
  return { phase: result.type === 'conflict' ? 'duplicate' : 'failed', message: result.message };
}

export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

/** "3 imported, 1 duplicate, 1 not imported" (parts with zero left out). */
export function batchSummary(phases: readonly EntryPhase[]): string {
  const count = (p: EntryPhase) => phases.filter((x) => x === p).length;
  const parts = [
    count('imported') ? `${count('imported')} imported` : '',
    count('duplicate') ? `${plural(count('duplicate'), 'duplicate')}` : '',
    count('failed') ? `${count('failed')} not imported` : '',
  ].filter(Boolean);
  return parts.join(', ') || 'Nothing imported';
}

/** Characters of context either side of a hit (CONTEXT_CHARS in shared/transcript/pseudonymize.ts). */
const HIT_CONTEXT_CHARS = 40;

/**
 * Where in a preview context the hit itself sits, so the right one of two "Rose"s on a line is marked.
 * The context is the line cut HIT_CONTEXT_CHARS either side of the hit ("…" where cut, then trimmed): a
 * cut start puts the hit about that far in, a cut end that far from the end; a whole line is told apart
 * by `ordinal`, the hit's place among the hits of the same word on its line. Only whole-word
 * occurrences count. -1 when the word is not in the context.
 */
export function hitIndexInContext(context: string, original: string, ordinal: number): number {
  const found: number[] = [];
  for (let at = context.indexOf(original); at >= 0 && original !== ''; at = context.indexOf(original, at + 1)) {
    const before = context.slice(0, at);
    const after = context.slice(at + original.length);
    if (!/[\p{L}\p{N}\p{M}]$/u.test(before) && !/^[\p{L}\p{N}\p{M}]/u.test(after)) found.push(at);
  }
  if (found.length <= 1) return found[0] ?? -1;
  const closest = (target: (at: number) => number) =>
    found.reduce((best, at) => (target(at) < target(best) ? at : best));
  if (context.startsWith('…')) return closest((at) => Math.abs(at - (1 + HIT_CONTEXT_CHARS)));
  if (context.endsWith('…'))
    return closest((at) => Math.abs(context.length - 1 - (at + original.length) - HIT_CONTEXT_CHARS));
  return found[Math.min(ordinal, found.length - 1)]!;
}

/** Each hit's place among the earlier hits of the same word on its line (the ordinal hitIndexInContext takes). */
export function hitOrdinals(hits: readonly Pick<ReplacementPreview, 'line' | 'original'>[]): number[] {
  const seen = new Map<string, number>();
  return hits.map((h) => {
    const key = `${h.line}\u0000${h.original}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n;
  });
}

/**
 * What the foot of the dialog counts: files that will be imported, and files that cannot be (unreadable
 * or unsupported, or the same text already in the project). Files still being read count as neither.
 */
export function batchReadiness(entries: readonly { phase: EntryPhase; preview: { duplicateOf: unknown } | null }[]): {
  importable: number;
  cannot: number;
} {
  let importable = 0;
  let cannot = 0;
  for (const e of entries) {
    if (e.phase === 'invalid' || (e.phase === 'ready' && e.preview?.duplicateOf)) cannot++;
    else if (e.phase === 'ready') importable++;
  }
  return { importable, cannot };
}

/** "9 files ready to import; 4 cannot be imported (marked in the list)." */
export function readinessText(r: { importable: number; cannot: number }): string {
  const ready = r.importable === 0 ? 'No file can be imported' : `${plural(r.importable, 'file')} ready to import`;
  return r.cannot === 0 ? `${ready}.` : `${ready}; ${r.cannot} cannot be imported (marked in the list).`;
}
