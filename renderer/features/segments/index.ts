/**
 * The Segments view: every highlight across transcripts, filtered, grouped by passage, exported.
 * This index is what other features and the app may use; everything else is internal to the feature.
 */
export { SegmentsView } from './segments-view.tsx';
/** A project or code memo, saved as typed and undoable: also edited from the codebook and Project settings. */
export { SharedMemoEditor } from './shared-memo-editor.tsx';
