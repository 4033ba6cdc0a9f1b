import { flushSync } from 'react-dom';
import { createEditor, Editor } from 'slate';
import { withReact } from 'slate-react';
import { withFixedText } from '../with-fixed-text.ts';

/** Blocks per chunk: Slate renders each chunk as one memoised component and one DOM box (see transcript.css). */
const CHUNK = 32;

export interface TranscriptSlate {
  editor: Editor;
  /** Set to render the next change at once (flushSync) rather than when React's scheduler gets to it. */
  renderAtOnce: { current: boolean };
}

/** One Slate editor per mounted transcript (the coding view keys the view by transcript): fixed text, chunked. */
export function createTranscriptEditor(): TranscriptSlate {
  const renderAtOnce = { current: false };
  const editor = withFixedText(withReact(createEditor()));
  editor.getChunkSize = (node) => (Editor.isEditor(node) ? CHUNK : null);
  // The caret put back in the frame after a code key (see useParkedCaret) is rendered at once, as a
  // change inside a key press is, not left to React's scheduler (which would miss that frame).
  const { onChange } = editor;
  editor.onChange = (options) => {
    if (!renderAtOnce.current) return onChange(options);
    renderAtOnce.current = false;
    flushSync(() => onChange(options));
  };
  return { editor, renderAtOnce };
}
