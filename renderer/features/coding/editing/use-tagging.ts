import { startTransition, useRef, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import type { Annotation } from '../../../../shared/api/annotation.ts';
import type { Transcript } from '../../../../shared/api/transcript.ts';
import { send } from '../../../api/client.ts';
import { trackWrite } from '../../../state/save-status.ts';
import { createPendingHighlights, type TextSelection } from '../../transcript/index.ts';
import type { EditorControl } from './use-editor-control.ts';
import type { TextSelectionState } from './use-text-selection.ts';
import { trimSelection } from './trim-selection.ts';

/** Resolves in a task of its own, after the current one (and usually after the next frame). */
function afterThisTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

interface Deps {
  transcript: Transcript | null;
  coderId: string;
  selection: TextSelectionState;
  view: EditorControl;
  setNotice: (notice: string | null) => void;
  shownId: RefObject<string | null>;
  setAnnotations: Dispatch<SetStateAction<Annotation[]>>;
  /** Records the new highlight in the undo history (and its transcript's count). */
  created: (annotation: Annotation) => void;
  /** A pending highlight was saved under `savedId` (one opened while pending stays open under its new id). */
  saved?: (pendingId: string, savedId: string) => void;
}

/**
 * Tagging the selected passage with a code. The highlight shows at once as pending: highlights being
 * saved live outside React state (`pending`), so a new one re-renders only the transcript view.
 */
export function useTagging(d: Deps) {
  const [pending] = useState(createPendingHighlights);
  const pendingSeq = useRef(0);

  /** `fromText`: a code key pressed in the text, which collapses its own selection in the same render as the highlight. */
  const tag = async (codeId: string, current: TextSelection | null = d.selection.now.current, fromText = false) => {
    const { transcript } = d;
    if (!transcript) return;
    const sel = current ? trimSelection(transcript.text, current) : null;
    if (!sel || sel.end <= sel.start) {
      d.setNotice('Select a passage in the transcript first, then choose a code.');
      return;
    }
    const tempId = `pending-${++pendingSeq.current}`;
    // Only the transcript view paints before the next frame; the rest of the coding view follows as a transition.
    pending.getState().add({ id: tempId, codeId, start: sel.start, end: sel.end, pending: true });
    if (!fromText) d.view.collapseSelection();
    startTransition(() => d.setNotice(null));
    d.selection.clear();
    const transcriptId = transcript.id;
    try {
      // "Saving…" at once; the request itself (a fetch costs 1–5 ms of script) goes in a task after the
      // key press, so it never holds up the frame that paints the pending highlight.
      const created = await trackWrite(
        'Tagging the passage',
        afterThisTask().then(() =>
          send('annotation-create', { transcriptId, coderId: d.coderId, codeId, start: sel.start, end: sel.end }),
        ),
      );
      if (created.transcriptId === d.shownId.current) {
        pending.getState().resolve(tempId, created.id); // shown until the saved highlight replaces it
        startTransition(() => d.setAnnotations((list) => [...list, created]));
        d.saved?.(tempId, created.id);
      } else pending.getState().remove([tempId]);
      d.created(created);
    } catch {
      // The error banner says what failed.
      pending.getState().remove([tempId]);
    }
  };

  return { pending, tag };
}
