import { useEffect, useRef, useState } from 'react';
import type { Coder } from '../../../shared/api/coder.ts';
import { rememberedTranscriptId } from '../../state/coder-memory.ts';
import { useReviewTarget } from '../../state/view.ts';
import type { ViewProps } from '../../state/view-props.ts';

/**
 * Which transcript and coders the review shows: those of a disagreement clicked on the dashboard,
 * else the transcript last open and every rater. `pendingJump` holds that disagreement's passage
 * until its transcript has loaded.
 */
export function useReviewChoices({ project, data }: Pick<ViewProps, 'project' | 'data'>, raters: readonly Coder[]) {
  const target = useReviewTarget();
  const [transcriptId, setTranscriptId] = useState<string>(() => {
    const open = target?.transcriptId ?? rememberedTranscriptId(project.path);
    return data.transcripts.find((t) => t.id === open)?.id ?? data.transcripts[0]?.id ?? '';
  });
  const [coderIds, setCoderIds] = useState<Set<string>>(
    () => new Set(target?.coderIds?.length ? target.coderIds : raters.map((c) => c.id)),
  );
  const pendingJump = useRef<{ start: number; end: number } | null>(
    target?.start != null && target.end != null ? { start: target.start, end: target.end } : null,
  );

  // A disagreement clicked on the dashboard: switch to its transcript and passage.
  useEffect(() => {
    if (!target) return;
    setTranscriptId(target.transcriptId);
    if (target.coderIds?.length) setCoderIds(new Set(target.coderIds));
    pendingJump.current = target.start != null && target.end != null ? { start: target.start, end: target.end } : null;
  }, [target]);

  return { transcriptId, setTranscriptId, coderIds, setCoderIds, pendingJump };
}
