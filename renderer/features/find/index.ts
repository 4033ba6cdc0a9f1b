/**
 * Finding text: the find bar in the open transcript and the project-wide search.
 * This index is what other features and the app may use; everything else is internal to the feature.
 */
export { FindBar, type FindBarHandle } from './find-bar.tsx';
export { findMatches, matchesIn, nextMatchIndex, type TextMatch } from './find.ts';
export { ProjectSearch } from './project-search.tsx';
