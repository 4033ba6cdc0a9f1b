/**
 * The score sheet: scale ratings, loss and trauma events, and the highlights linked as evidence.
 * This index is what other features and the app may use; everything else is internal to the feature.
 */
export { openScoreSheetEvents } from './open-score-sheet.ts';
export { eventLabel, eventTarget, excerpt, formatValue, reportedValue, TARGET_LABELS } from './score-sheet-logic.ts';
export { ScoreSheet } from './score-sheet.tsx';
