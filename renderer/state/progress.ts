import { useSyncExternalStore } from 'react';

/** The latest `progress` app event per task (e.g. "agreement"), fed by the app's event loop. */
export interface TaskProgress {
  done: number;
  total: number;
  at: number;
}

let progress: Record<string, TaskProgress> = {};
const listeners = new Set<() => void>();

export function reportProgress(task: string, done: number, total: number): void {
  progress = { ...progress, [task]: { done, total, at: Date.now() } };
  for (const l of listeners) l();
}

export function clearProgress(task: string): void {
  if (!(task in progress)) return;
  const { [task]: _gone, ...rest } = progress;
  progress = rest;
  for (const l of listeners) l();
}

export function useProgress(task: string): TaskProgress | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    () => progress[task] ?? null,
  );
}
