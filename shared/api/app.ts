import { z } from 'zod';
import { takes } from './method.ts';
import { emptyArgs } from './primitives.ts';

/**
 * Events the host pushes to the UI (native menu commands in Electron). The renderer
 * long-polls `app-wait-event`, which works unchanged over IPC and HTTP, so the preload
 * can stay a single invoke function.
 */
export type AppEvent =
  | { type: 'menu'; command: MenuCommand }
  | { type: 'project-changed' }
  /** The desktop app's Open dialog chose an encrypted file: the UI asks its passphrase. */
  | { type: 'open-encrypted'; path: string }
  /** A long computation (e.g. task "agreement") reporting how far it got; done === total at the end. */
  | { type: 'progress'; task: string; done: number; total: number };

export const menuCommand = z.enum([
  'new-project',
  'open-project',
  'close-project',
  'import-transcript',
  'import-qdpx',
  'export-qdpx',
  'write-packages',
  'export-coding',
  'undo',
  'redo',
  'find',
  'command-palette',
  'shortcuts',
  'about',
]);
export type MenuCommand = z.infer<typeof menuCommand>;

export const appWaitEventArgs = z
  .object({ after: z.number().int().nonnegative(), timeoutMs: z.number().int().min(0).max(60_000).default(25_000) })
  .strict();

export interface AppInfo {
  version: string;
  /** 'electron' when served over IPC inside the desktop app, 'http' in the browser. */
  transport: 'electron' | 'http';
}

export const appApi = {
  /** Resolves with the next event whose sequence number is greater than `after`, or null on timeout. */
  'app-wait-event': takes(appWaitEventArgs).returns<{ seq: number; event: AppEvent } | null>(),
  'app-get-info': takes(emptyArgs).returns<AppInfo>(),
};
