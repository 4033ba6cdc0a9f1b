import { useMemo, useState } from 'react';
import { rememberedTranscriptId } from '../../state/coder-memory.ts';
import type { ViewProps } from '../../state/view-props.ts';
import { agreementSelection, startingTranscriptIds, type Scope } from './agreement-selection.ts';

/**
 * What the dashboard compares, as chosen in its side panel: the scope with its transcripts, the
 * coders, the headline level and the span overlap threshold. Starts with every transcript (in a blind study
 * revealed one by one, the revealed ones) and the study coders chosen, the transcript last open for "Per
 * transcript", and the 3-way level when the codebook has one.
 */
export function useAgreementChoices({ project, data, coder }: Pick<ViewProps, 'project' | 'data' | 'coder'>) {
  const levels = data.codebook.codebook.classification?.levels ?? [];
  // Chosen at first: the independent coders. Trainees and the consensus are left out unless ticked
  // (neither is an independent study coder), except the trainee looking at their own agreement.
  const raters = useMemo(
    () => data.coders.filter((c) => c.role !== 'consensus' && (c.role !== 'trainee' || c.id === coder.id)),
    [data.coders, coder.id],
  );
  const [scope, setScope] = useState<Scope>('project');
  // A blind study revealed transcript by transcript starts with the revealed ones (the others show nobody's coding).
  const [starting] = useState(() => startingTranscriptIds(data.transcripts, data.settings));
  const [one, setOne] = useState<string>(() => {
    const open = rememberedTranscriptId(project.path);
    return starting.find((id) => id === open) ?? starting[0] ?? '';
  });
  const [transcriptIds, setTranscriptIds] = useState<Set<string>>(() => new Set(starting));
  const [coderIds, setCoderIds] = useState<Set<string>>(() => new Set(raters.map((c) => c.id)));
  const [level, setLevel] = useState(levels.some((l) => l.id === '3-way') ? '3-way' : (levels[0]?.id ?? ''));
  const [threshold, setThreshold] = useState(0.5);
  /** The ids to ask the host about; throws what to choose when a list is empty. */
  const selection = () => agreementSelection({ scope, one, transcriptIds, coderIds }, data.transcripts, data.coders);
  return {
    levels,
    scope,
    setScope,
    one,
    setOne,
    transcriptIds,
    setTranscriptIds,
    coderIds,
    setCoderIds,
    level,
    setLevel,
    threshold,
    setThreshold,
    selection,
  };
}

export type AgreementChoicesState = ReturnType<typeof useAgreementChoices>;
