import { useMemo, useRef, useState } from 'react';
import type { Transcript } from '../../../../shared/api/transcript.ts';
import { findMatches, nextMatchIndex, type FindBarHandle } from '../../find/index.ts';
import type { EditorControl } from '../editing/use-editor-control.ts';
import { steppedMatch } from './find-step.ts';

/**
 * Find in the open transcript (Ctrl/⌘+F): the bar's query, the matches painted in the text and the
 * current one. Closing with Esc selects the current match, ready to tag.
 */
export function useFindInTranscript(transcript: Transcript | null, caret: () => number, view: EditorControl) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(-1);
  const bar = useRef<FindBarHandle>(null);
  const matches = useMemo(
    () => (open && transcript ? findMatches(transcript.text, query) : []),
    [open, transcript, query],
  );
  const find = useMemo(() => ({ matches, current: Math.min(index, matches.length - 1) }), [matches, index]);

  const openBar = () => {
    if (!transcript) return;
    // A query kept from another transcript (or an earlier search) starts again from the caret here,
    // rather than showing "0 of N" with nothing to select.
    if (query) setIndex(nextMatchIndex(findMatches(transcript.text, query), caret()));
    setOpen(true);
    bar.current?.focus(); // already open: the field again (a new bar focuses itself)
  };
  const changeQuery = (q: string) => {
    setQuery(q);
    // Start from the caret, so the first match shown is the next one in reading order.
    setIndex(transcript ? nextMatchIndex(findMatches(transcript.text, q), caret()) : -1);
  };
  const step = (delta: number) => {
    if (matches.length === 0) return;
    setIndex((i) => steppedMatch(i, delta, matches.length));
  };
  const close = (select: boolean) => {
    const m = matches[find.current];
    setOpen(false);
    if (select && m) view.showPassage(m);
    else view.focus();
  };
  /** Another transcript: no match is current there. */
  const reset = () => setIndex(-1);

  return { open, query, find, bar, openBar, changeQuery, step, close, reset };
}
