import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** The latest `progress` app event per task (e.g. "agreement"), fed by the app's event loop. */
export interface TaskProgress {
  done: number;
  total: number;
  at: number;
}

const store = createStore<Record<string, TaskProgress>>(() => ({}));

export function reportProgress(task: string, done: number, total: number): void {
  store.setState({ ...store.getState(), [task]: { done, total, at: Date.now() } }, true);
}

export function clearProgress(task: string): void {
  const progress = store.getState();
  if (!(task in progress)) return;
  const { [task]: _gone, ...rest } = progress;
  store.setState(rest, true);
}

export function useProgress(task: string): TaskProgress | null {
  return useStore(store, (progress) => progress[task] ?? null);
}
