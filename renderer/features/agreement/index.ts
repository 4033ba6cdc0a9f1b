/**
 * The Agreement view: the inter-rater agreement dashboard and its sections.
 * This index is what other features and the app may use; everything else is internal to the feature.
 */
export { AgreementDashboard } from './agreement-dashboard.tsx';
export { KIND_LABELS } from './disagreement-kinds.ts';
