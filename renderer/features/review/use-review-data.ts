import { useEffect, useState } from 'react';
import type { Annotation } from '../../../shared/api/annotation.ts';
import type { Classification } from '../../../shared/api/classification.ts';
import type { Transcript } from '../../../shared/api/transcript.ts';
import type { Disagreement } from '../../../shared/reliability/types.ts';
import { DISAGREEMENT_PAGE_MAX } from '../../../shared/api/agreement.ts';
import { errorMessage, send } from '../../api/client.ts';

/** Every disagreement of one transcript between the chosen coders (the host serves them a page at a time). */
async function allDisagreements(transcriptId: string, coderIds: string[]): Promise<Disagreement[]> {
  const all: Disagreement[] = [];
  for (;;) {
    const page = await send('agreement-list-disagreements', {
      transcriptIds: [transcriptId],
      coderIds,
      offset: all.length,
      limit: DISAGREEMENT_PAGE_MAX,
    });
    all.push(...page.items);
    if (page.items.length === 0 || all.length >= page.total) return all;
  }
}

export interface LoadedReview {
  transcript: Transcript;
  coderIds: string[];
  annotations: Annotation[];
  classifications: Record<string, Classification | null>;
  disagreements: Disagreement[];
}

interface Options {
  /** Nothing loads while blind coding hides the other coders' work. */
  blind: boolean;
  transcriptId: string;
  /** The coders to compare, in project order (two or more, or nothing loads). */
  chosen: string[];
  /** After each successful load. */
  onLoaded: () => void;
}

/** The transcript with the chosen coders' highlights and classifications, and their disagreements from the host. */
export function useReviewData({ blind, transcriptId, chosen, onLoaded }: Options) {
  const [loaded, setLoaded] = useState<LoadedReview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const chosenKey = chosen.join(',');

  useEffect(() => {
    if (blind || !transcriptId || chosen.length < 2) {
      setLoaded(null);
      return;
    }
    let live = true;
    setLoading(true);
    setError(null);
    void (async () => {
      try {
        const [transcript, lists, classes, agreement] = await Promise.all([
          send('transcript-get', { id: transcriptId }),
          Promise.all(chosen.map((c) => send('annotation-list', { transcriptId, coderId: c }))),
          Promise.all(chosen.map((c) => send('classification-get', { transcriptId, coderId: c }))),
          allDisagreements(transcriptId, chosen),
        ]);
        if (!live) return;
        setLoaded({
          transcript,
          coderIds: chosen,
          annotations: lists.flat(),
          classifications: Object.fromEntries(chosen.map((c, i) => [c, classes[i] ?? null])),
          disagreements: agreement,
        });
        onLoaded();
      } catch (e) {
        if (live) {
          setError(errorMessage(e));
          setLoaded(null);
        }
      } finally {
        if (live) setLoading(false);
      }
    })();
    return () => {
      live = false;
    };
    // chosenKey stands for chosen (a new array each render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [blind, transcriptId, chosenKey]);

  return { loaded, error, loading };
}
