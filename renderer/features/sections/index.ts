/**
 * Question sections: the outline beside the transcript and its edits with undo.
 * This index is what other features and the app may use; everything else is internal to the feature.
 */
export { useTranscriptSections } from './section-edits.ts';
export { canEditShared, headingsKey } from './section-plan.ts';
export { SectionsOutline } from './sections-outline.tsx';
