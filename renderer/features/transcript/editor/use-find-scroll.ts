import { useEffect } from 'react';
import type { Editor } from 'slate';
import { ReactEditor } from 'slate-react';
import type { TextMatch } from '../../find/index.ts';
import { offsetToPoint } from '../offsets.ts';
import type { TranscriptElement } from '../types.ts';

/** Bring the current find match into view without moving focus out of the find box. */
export function useFindScroll(
  find: { matches: readonly TextMatch[]; current: number },
  doc: readonly TranscriptElement[],
  editor: Editor,
  complete: boolean,
): void {
  useEffect(() => {
    const m = find.matches[find.current];
    if (!m || !complete) return;
    try {
      const range = { anchor: offsetToPoint(doc, m.start, 'forward'), focus: offsetToPoint(doc, m.end, 'backward') };
      ReactEditor.toDOMRange(editor, range).startContainer.parentElement?.scrollIntoView({ block: 'center' });
    } catch {
      // Not rendered (yet): nothing to scroll to.
    }
  }, [find, doc, editor, complete]);
}
