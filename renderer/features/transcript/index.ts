/**
 * The transcript view (Slate): document model, renderers, decorations, offsets and boundary handles.
 * This index is what other features and the app may use; everything else is internal to the feature.
 */
export { segmentsForText } from './decorations/decorate.ts';
export { selectionStartIn } from './dom-offset.ts';
export { offsetAtTop, scrollToOffset } from './reading-place.ts';
export { createPendingHighlights } from './pending-highlights.ts';
export { sectionHeading } from './decorations/structure-decor.ts';
export { type TextSelection, TranscriptEditor, type TranscriptEditorHandle } from './transcript-editor.tsx';
export { type CodeLook, shortLabel } from './transcript-leaf.tsx';
export type { Highlight } from './types.ts';
