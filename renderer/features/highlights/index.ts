/**
 * Highlights (a coder's annotations over the text): their cards, details, filter, hover card and writes with undo.
 * This index is what other features and the app may use; everything else is internal to the feature.
 */
export { highlightActions, highlightsByEvent, movedBoundary, stepFrom } from './highlight-actions.ts';
export { HighlightChip } from './highlight-chip.tsx';
export { HighlightDetails } from './highlight-details.tsx';
export { HighlightFilter } from './highlight-filter.tsx';
export { HighlightPicker } from './highlight-picker.tsx';
export { HoverCard } from './hover-card.tsx';
