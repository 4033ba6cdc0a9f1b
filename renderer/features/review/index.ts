/**
 * The Review view: coders' highlights side by side, disagreements marked.
 * This index is what other features and the app may use; everything else is internal to the feature.
 */
export { DisagreementReview } from './disagreement-review.tsx';
