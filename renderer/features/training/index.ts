/**
 * The Training view: trainee reports for trainers.
 * This index is what other features and the app may use; everything else is internal to the feature.
 */
export { TrainerView } from './trainer-view.tsx';
