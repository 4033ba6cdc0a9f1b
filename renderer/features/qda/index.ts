/**
 * REFI-QDA exchange with other QDA programs (ATLAS.ti, MAXQDA, NVivo, QualCoder): the project export and
 * import dialogs, and the Project settings card that opens them.
 * This index is what other features and the app may use; everything else is internal to the feature.
 */
export { QdaDialogs } from './qda-dialogs.tsx';
export { openQdaDialog } from './qda-dialog-store.ts';
export { QdaExchangeCard } from './qda-exchange-card.tsx';
