/**
 * The coding view: transcript list, the transcript with its highlights, and the coding panel.
 * This index is what other features and the app may use; everything else is internal to the feature.
 */
export { CodingView } from './coding-view.tsx';
