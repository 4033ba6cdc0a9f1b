import { useEffect, useMemo, useRef } from 'react';
import type { Coder } from '../../../shared/api/coder.ts';
import type { SearchHit } from '../../../shared/api/project.ts';
import { loadStatuses, useCoding } from '../../state/coding-data.ts';
import { takeCodingTarget } from '../../state/view.ts';
import { highlightActions } from '../highlights/index.ts';
import { useCodeLooks } from './data/use-code-looks.ts';
import { useCodingData } from './data/use-coding-data.ts';
import { useDisplayCodebook } from './data/use-display-codebook.ts';
import { useEventUnlinks } from './data/use-event-unlinks.ts';
import { useViewStructure } from './data/use-view-structure.ts';
import { useBoundaryMoves } from './editing/use-boundary-moves.ts';
import { useEditorControl } from './editing/use-editor-control.ts';
import { useOpenHighlights } from './editing/use-open-highlights.ts';
import { useTagging } from './editing/use-tagging.ts';
import { useTextSelection } from './editing/use-text-selection.ts';
import { useFindInTranscript } from './tools/use-find-in-transcript.ts';
import { useNotice } from './tools/use-notice.ts';
import { useTranscriptImport } from './tools/use-transcript-import.ts';
import { useViewTools } from './tools/use-view-tools.ts';

/**
 * The coding view's state and actions, composed from its parts: what is loaded, the text's
 * selection, tagging and the open highlights, and the transcript view's tools.
 */
export function useCodingController(projectPath: string, coder: Coder, refreshSeq: number) {
  const data = useCodingData(projectPath, coder.id, refreshSeq);
  const { transcript, annotations, setAnnotations, shownId, changeCount } = data;
  const [notice, setNotice] = useNotice();
  const view = useEditorControl();
  const structure = useViewStructure(transcript, data.structure);
  const selection = useTextSelection(structure.viewKey);
  const caret = () => selection.now.current?.start ?? 0;
  const tools = useViewTools(selection.now);
  const actions = useMemo(
    () => highlightActions({ setAnnotations, shownId, afterChange: changeCount }),
    [setAnnotations, shownId, changeCount],
  );
  // Tagging comes first but tells the open highlights when a pending one is saved (they are made after it).
  const followSaved = useRef<(pendingId: string, savedId: string) => void>(() => {});
  const tagging = useTagging({
    transcript,
    coderId: coder.id,
    selection,
    view,
    setNotice,
    shownId,
    setAnnotations,
    created: actions.created,
    saved: (pendingId, savedId) => followSaved.current(pendingId, savedId),
  });
  const highlights = useOpenHighlights({
    annotations,
    hiddenCodes: tools.hiddenCodes,
    caret,
    actions,
    view,
    setNotice,
    savedIdOf: (id) => tagging.pending.getState().list.find((p) => p.id === id)?.savedId ?? id,
  });
  followSaved.current = highlights.followSaved;
  const boundary = useBoundaryMoves({
    openOne: highlights.openOne,
    annotations,
    setAnnotations,
    textLength: transcript ? transcript.text.length : null,
    update: actions.update,
    setNotice,
  });
  const find = useFindInTranscript(transcript, caret, view);
  const importer = useTranscriptImport(data.refreshList, (id) => selectTranscript(id));
  // This coder's loss/trauma events (score sheet): event-linked highlights name one (card, hover card).
  const coding = useCoding(transcript ? { transcriptId: transcript.id, coderId: coder.id } : null, refreshSeq);
  const events = coding.status === 'ready' ? coding.data.events : null;
  useEventUnlinks(events, annotations, setAnnotations);
  // Highlights made with an older codebook version keep their code's look (see useDisplayCodebook).
  const displayCodebook = useDisplayCodebook(data.codebook, annotations);
  const looks = useCodeLooks(displayCodebook?.codes);

  // Every transcript's status for the list: once per coder and refresh, not on each switch (the panel's own
  // status changes update the store), as at consortium size the list is 4,800 statuses.
  useEffect(() => {
    void loadStatuses(coder).catch(() => {
      // The list simply shows no status; the next refresh tries again.
    });
  }, [coder, refreshSeq]);

  const selectTranscript = (id: string) => {
    if (id === data.selectedId) return;
    data.setTranscript(null);
    selection.clear();
    highlights.close();
    tagging.pending.getState().clear();
    find.reset();
    view.forget(); // a jump made in the last transcript is not replayed in this one (one meant for it is asked after this)
    tools.setHover(null);
    boundary.setDragPreview(null);
    data.setSelectedId(id);
  };
  /** A project search hit: open its transcript if need be, then select the passage there. */
  const openHit = (hit: Pick<SearchHit, 'transcriptId' | 'start' | 'end'>) => {
    if (hit.transcriptId !== data.selectedId) selectTranscript(hit.transcriptId);
    view.showPassage({ start: hit.start, end: hit.end });
  };
  // A passage chosen in another view (a highlight in Segments): shown once, when Coding opens.
  useEffect(() => {
    const target = takeCodingTarget();
    if (target) openHit(target);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
  }, []);

  return {
    data,
    notice,
    setNotice,
    view,
    structure,
    selection,
    tools,
    actions,
    tagging,
    highlights,
    boundary,
    find,
    importer,
    events,
    displayCodebook,
    looks,
    selectTranscript,
    openHit,
  };
}

export type CodingController = ReturnType<typeof useCodingController>;
