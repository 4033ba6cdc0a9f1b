/**
 * Withdrawal: deleting a transcript or a coder with all coding attached, after a confirmation.
 * This index is what other features and the app may use; everything else is internal to the feature.
 */
export { WithdrawalCard } from './withdrawal-card.tsx';
