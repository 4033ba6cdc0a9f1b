/**
 * The coder's classification of a transcript (the Classification tab of the coding panel).
 * This index is what other features and the app may use; everything else is internal to the feature.
 */
export { ClassificationPanel } from './classification-panel.tsx';
