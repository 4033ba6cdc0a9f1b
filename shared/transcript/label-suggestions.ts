import { isKnownHeaderKey } from './header-keys.ts';

/** A long text with this few turns was most likely transcribed with other speaker labels. */
export const FEW_TURNS = 5;
export const MANY_WORDS = 500;

const LINE_LABEL = /^[ \t]*([A-Za-z][A-Za-z0-9.'-]{0,19}(?: [A-Za-z0-9.'-]{1,19})?):[ \t]/gm;

/**
 * Labels written at the start of lines ("Q:", "A:", "Mother:") that are not among `known` and not
 * header keys, most used first; only labels on at least `minLines` lines count, so a stray "Note:"
 * is not offered.
 */
export function lineStartLabels(text: string, known: readonly string[], minLines = 3, max = 6): string[] {
  const taken = new Set(known.map((k) => k.toLowerCase()));
  const counts = new Map<string, number>();
  for (const m of text.matchAll(LINE_LABEL)) {
    const label = m[1] as string;
    if (taken.has(label.toLowerCase()) || isKnownHeaderKey(label)) continue;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, n]) => n >= minLines)
    .sort((a, b) => b[1] - a[1])
    .slice(0, max)
    .map(([label]) => label);
}

/** The preview's warning when turns look missing, or null when the count is plausible. */
export function fewTurnsWarning(words: number, turns: number, suggested: readonly string[]): string | null {
  if (turns === 0 || turns >= FEW_TURNS || words <= MANY_WORDS) return null;
  const seen = suggested.length
    ? ` Labels seen at line starts: ${suggested.map((l) => `${l}:`).join(', ')}; add them under Speaker labels.`
    : '';
  return `Only ${turns} speaker turn${turns === 1 ? '' : 's'} found in ${words.toLocaleString('en')} words: the speaker labels may not match this transcript.${seen}`;
}

/** A suggested label's likely role: questions and interviewers ask, everyone else answers. */
export function suggestedRole(label: string): 'interviewer' | 'respondent' {
  return /^(q|i|int|interviewer|question|interviewer\d*)$/i.test(label) ? 'interviewer' : 'respondent';
}
