import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { NO_FILTERS, type SegmentFilterState } from './segment-filters.ts';

/** The Segments view's filters per project, kept while the user opens a passage and comes back. */
const store = createStore<{ byProject: Record<string, SegmentFilterState> }>(() => ({ byProject: {} }));

export function useSegmentFilters(projectPath: string): [SegmentFilterState, (f: SegmentFilterState) => void] {
  const filters = useStore(store, (s) => s.byProject[projectPath] ?? NO_FILTERS);
  const set = (f: SegmentFilterState) => store.setState((s) => ({ byProject: { ...s.byProject, [projectPath]: f } }));
  return [filters, set];
}
