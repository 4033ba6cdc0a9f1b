import { useSyncExternalStore } from 'react';

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
  /** A passage to scroll to and flash, half-open offsets. */
  start?: number | null;
  end?: number | null;
  seq: number;
}

interface ViewState {
  view: ProjectView;
  review: ReviewTarget | null;
}

let state: ViewState = { view: 'coding', review: null };
const listeners = new Set<() => void>();
let seq = 0;

function set(next: ViewState): void {
  state = next;
  for (const l of listeners) l();
}

export function setView(view: ProjectView): void {
  if (state.view !== view) set({ ...state, view });
}

/** Open the Review view on a transcript (and passage). */
export function openReview(target: Omit<ReviewTarget, 'seq'>): void {
  set({ view: 'review', review: { ...target, seq: ++seq } });
}

/** Back to the coding view, e.g. when another project or coder is chosen. */
export function resetView(): void {
  set({ view: 'coding', review: null });
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => void listeners.delete(l);
}

export function useView(): ProjectView {
  return useSyncExternalStore(subscribe, () => state.view);
}

export function useReviewTarget(): ReviewTarget | null {
  return useSyncExternalStore(subscribe, () => state.review);
}
