import type { ImportResult } from '../../shared/api/transcript.ts';

/** Where one file of an import batch stands. */
export type EntryPhase = 'reading' | 'previewing' | 'ready' | 'invalid' | 'importing' | 'imported' | 'duplicate' | 'failed';

export interface BatchOutcome {
  phase: 'imported' | 'duplicate' | 'failed';
  message: string;
}

/** The host's error types say what happened; a conflict on import is always the same text already stored. */
export function outcomeOf(result: { ok: true; value: ImportResult } | { ok: false; type: string; message: string }): BatchOutcome {
  if (result.ok) {
    const v = result.value;
    return { phase: 'imported', message: `Imported: ${v.words.toLocaleString('en')} words, ${plural(v.turns, 'turn')}, ${plural(v.sections, 'section')}` };
  }
  const message = result.message.replace(/^transcript-(?:import-file|preview): /, '');
  return { phase: result.type === 'conflict' ? 'duplicate' : 'failed', message };
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
