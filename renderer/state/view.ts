import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** The top-level views of an open project (the tab bar in the header). */
export type ProjectView = 'coding' | 'agreement' | 'review' | 'consensus' | 'training' | 'settings';

export const VIEW_LABELS: Record<ProjectView, string> = {
  coding: 'Coding',
  agreement: 'Agreement',
  review: 'Review',
  consensus: 'Consensus',
  training: 'Training',
  settings: 'Project settings',
};

/** Shown instead of the label in a narrow window; the full label stays the tab's accessible name. */
export const VIEW_SHORT_LABELS: Partial<Record<ProjectView, string>> = { settings: 'Settings' };

export const VIEW_ORDER: ProjectView[] = ['coding', 'agreement', 'review', 'consensus', 'training', 'settings'];

/** Where the Review view should open (e.g. a disagreement clicked on the dashboard). */
export interface ReviewTarget {
  transcriptId: string;
  coderIds?: string[];
  /** The text to scroll to and flash, half-open offsets. */
  start?: number | null;
  end?: number | null;
  seq: number;
}

interface ViewState {
  view: ProjectView;
  review: ReviewTarget | null;
}

const store = createStore<ViewState>(() => ({ view: 'coding', review: null }));
let seq = 0;

export function setView(view: ProjectView): void {
  if (store.getState().view !== view) store.setState({ view });
}

/** Open the Review view on a transcript (and a stretch of its text). */
export function openReview(target: Omit<ReviewTarget, 'seq'>): void {
  store.setState({ view: 'review', review: { ...target, seq: ++seq } });
}

export function useView(): ProjectView {
  return useStore(store, (s) => s.view);
}

export function useReviewTarget(): ReviewTarget | null {
  return useStore(store, (s) => s.review);
}
