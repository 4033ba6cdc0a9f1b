/**
 * The Study view: a lead plans who codes which transcript, follows progress and reveals transcripts one
 * by one in blind mode; a coder sees their own assignments and progress.
 * This index is what other features and the app may use; everything else is internal to the feature.
 */
export { StudyView } from './study-view.tsx';
