import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ProjectCounts } from '../../../shared/api/project.ts';
import { buildDemoStudy } from './demo-study.ts';

/** The demo's file name in the user data folder: the project name says what it is, first (names get cut short). */
export const DEMO_FILE_NAME = 'SYNTHETIC demo study.attune';

export function demoPath(dataDir: string): string {
  return join(dataDir, 'demo', DEMO_FILE_NAME);
}

const removeWithSidecars = (path: string) => {
  for (const p of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) rmSync(p, { force: true });
};

/**
 * Build the demo study beside `path` and move it into place only when complete, so a failed or
 * interrupted build never leaves a half-written project under the demo's name. Replaces `path`;
 * `beforeReplace` runs once the new one is complete (to close the old one if it is open).
 */
export function writeDemoStudy(path: string, beforeReplace = () => {}): Promise<ProjectCounts> {
  // One build at a time (a double click, two windows): each replaces the last whole, never half.
  const run = queue.then(() => buildAndReplace(path, beforeReplace));
  queue = run.catch(() => undefined);
  return run;
}
let queue: Promise<unknown> = Promise.resolve();

async function buildAndReplace(path: string, beforeReplace: () => void): Promise<ProjectCounts> {
  mkdirSync(dirname(path), { recursive: true });
  const building = `${path}.building-${randomUUID().slice(0, 8)}.attune`;
  try {
    const counts = await buildDemoStudy(building);
    beforeReplace();
    removeWithSidecars(path);
    renameSync(building, path);
    return counts;
  } finally {
    removeWithSidecars(building);
  }
}
