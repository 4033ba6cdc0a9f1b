import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** The top-level views of an open project (the tab bar in the header). */
export type ProjectView =
  'coding' | 'segments' | 'study' | 'agreement' | 'review' | 'consensus' | 'training' | 'settings';

export const VIEW_LABELS: Record<ProjectView, string> = {
  coding: 'Coding',
  segments: 'Segments',
  study: 'Study',
  agreement: 'Agreement',
  review: 'Review',
  consensus: 'Consensus',
  training: 'Training',
  settings: 'Project settings',
};

/** Shown instead of the label in a narrow window; the full label stays the tab's accessible name. */
export const VIEW_SHORT_LABELS: Partial<Record<ProjectView, string>> = { settings: 'Settings' };

export const VIEW_ORDER: ProjectView[] = [
  'coding',
  'segments',
  'study',
  'agreement',
  'review',
  'consensus',
  'training',
  'settings',
];

/** Where the Review view should open (e.g. a disagreement clicked on the dashboard). */
export interface ReviewTarget {
  transcriptId: string;
  coderIds?: string[];
  /** The text to scroll to and flash, half-open offsets. */
  start?: number | null;
  end?: number | null;
  seq: number;
}

/** What the Segments view should show when opened from elsewhere (e.g. a search by code). */
export interface SegmentsTarget {
  codeId?: string;
  groupId?: string;
  seq: number;
}

/** A passage to show in the Coding view when it opens (e.g. the acting coder's own highlight in Segments). */
export interface CodingTarget {
  transcriptId: string;
  start: number;
  end: number;
  seq: number;
}

interface ViewState {
  view: ProjectView;
  review: ReviewTarget | null;
  segments: SegmentsTarget | null;
  coding: CodingTarget | null;
}

const store = createStore<ViewState>(() => ({ view: 'coding', review: null, segments: null, coding: null }));
let seq = 0;

export function setView(view: ProjectView): void {
  if (store.getState().view !== view) store.setState({ view });
}

/**
 * Calls fn each time the open view changes, as it is chosen (before React renders it); returns the
 * unsubscribe. For work a view will need at once (the dashboard's figures).
 */
export function onViewChange(fn: (view: ProjectView, previous: ProjectView) => void): () => void {
  return store.subscribe((s, prev) => {
    if (s.view !== prev.view) fn(s.view, prev.view);
  });
}

/** Open the Review view on a transcript (and a stretch of its text). */
export function openReview(target: Omit<ReviewTarget, 'seq'>): void {
  store.setState({ view: 'review', review: { ...target, seq: ++seq } });
}

/** Open the Segments view filtered to a code or a code group. */
export function openSegments(target: Omit<SegmentsTarget, 'seq'>): void {
  store.setState({ view: 'segments', segments: { ...target, seq: ++seq } });
}

/** Open the Coding view on a transcript with a passage selected. */
export function openInCoding(target: Omit<CodingTarget, 'seq'>): void {
  store.setState({ view: 'coding', coding: { ...target, seq: ++seq } });
}

/** Take (once) the passage the Coding view should open at. */
export function takeCodingTarget(): CodingTarget | null {
  const t = store.getState().coding;
  if (t) store.setState({ coding: null });
  return t;
}

export function useSegmentsTarget(): SegmentsTarget | null {
  return useStore(store, (s) => s.segments);
}

export function useView(): ProjectView {
  return useStore(store, (s) => s.view);
}

export function useReviewTarget(): ReviewTarget | null {
  return useStore(store, (s) => s.review);
}
