import type { TextSelection, TranscriptEditorHandle } from '../../transcript/index.ts';

type Handle = Pick<TranscriptEditorHandle, 'focus' | 'select'>;

/**
 * What the coding view has asked of the transcript view and not yet given it. `serve` hands it to the
 * view on screen: focus first (a passage is selected in the DOM only in the focused text), then the
 * passage. A view new since the last `serve` (another transcript, edited headings) takes the focus
 * once the text has been given focus before; it is never given the passage an earlier view showed.
 */
export function createEditorRequests() {
  let wantFocus = false;
  let focusGiven = false;
  let waiting: TextSelection | null = null;
  let served: Handle | null = null;
  return {
    focus() {
      focusGiven = true;
      wantFocus = true;
    },
    select(passage: TextSelection) {
      waiting = passage;
    },
    /** Another transcript is opening: a passage asked for in the view on screen is not meant for it. */
    forget() {
      waiting = null;
    },
    serve(view: Handle) {
      const fresh = served !== view;
      served = view;
      if (wantFocus || (fresh && focusGiven)) view.focus();
      wantFocus = false;
      const passage = waiting;
      waiting = null;
      if (passage) view.select(passage);
    },
  };
}
