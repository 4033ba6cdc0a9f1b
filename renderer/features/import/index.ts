/**
 * Importing transcripts: the import dialog, its previews, replacements and speaker labels.
 * This index is what other features and the app may use; everything else is internal to the feature.
 */
export { ImportDialog } from './import-dialog.tsx';
export { IMPORT_ACCEPT } from './read-file.ts';
