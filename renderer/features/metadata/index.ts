/**
 * Transcript metadata: the facts under the title, their editor, and the project's hidden fields.
 * This index is what other features and the app may use; everything else is internal to the feature.
 */
export { HiddenFieldsEditor } from './hidden-fields-editor.tsx';
export { dateProblem, MetadataFields } from './metadata-fields.tsx';
export { TranscriptMetadata } from './transcript-metadata.tsx';
