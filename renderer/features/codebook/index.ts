/**
 * The codebook editor (codes, scales and the classification scheme) and its draft logic.
 * This index is what other features and the app may use; everything else is internal to the feature.
 */
export { CodebookEditor } from './codebook-editor.tsx';
