import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { Dispatcher } from '../services/dispatcher.ts';
import { isEncryptedFile } from '../services/study/age-file.ts';
import { withProjectExtension } from './argv.ts';

const PROJECT_FILTERS = [{ name: 'Attune project', extensions: ['attune'] }];
const OPEN_FILTERS = [{ name: 'Attune project or encrypted package', extensions: ['attune', 'age'] }];

export interface ProjectActionsContext {
  dispatcher: Dispatcher;
  window(): BrowserWindow | null;
  /** After any attempt: the recent list may have changed (rebuild the menu). */
  afterChange(): void;
  /** An encrypted file was chosen: the UI asks its passphrase (the host never sees it here). */
  askPassphrase?(projectPath: string): void;
}

export interface ProjectActions {
  newProject(): Promise<void>;
  openProject(): Promise<void>;
  /** createIfMissing: for paths typed on a command line, as `attune serve new.attune` does. */
  openPath(projectPath: string, options?: { createIfMissing?: boolean }): Promise<boolean>;
}

/** A plain message box: the service's clear message, never a stack trace. */
export async function showError(parent: BrowserWindow | null, message: string, detail: string): Promise<void> {
  const options = { type: 'error' as const, title: 'Attune', message, detail, buttons: ['OK'], noLink: true };
  await (parent && !parent.isDestroyed() ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}

function usable(win: BrowserWindow | null): BrowserWindow | null {
  return win && !win.isDestroyed() ? win : null;
}

/**
 * New/Open from the native menu: a native dialog, then the same dispatcher call the UI
 * would make. The services push 'project-changed' themselves, which the UI is polling for.
 */
export function createProjectActions(ctx: ProjectActionsContext): ProjectActions {
  async function run(
    method: 'project-create' | 'project-open',
    projectPath: string,
    failure: string,
  ): Promise<boolean> {
    const result = await ctx.dispatcher.dispatch(method, { path: projectPath });
    ctx.afterChange();
    if (!result.ok) {
      await showError(usable(ctx.window()), failure, result.error.message);
      return false;
    }
    return true;
  }

  return {
    async newProject() {
      const parent = usable(ctx.window());
      const options: SaveDialogOptions = {
        title: 'New Attune Project',
        buttonLabel: 'Create',
        defaultPath: path.join(app.getPath('documents'), 'Untitled.attune'),
        filters: PROJECT_FILTERS,
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const r = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (r.canceled || !r.filePath) return;
      await run('project-create', withProjectExtension(r.filePath), 'Could not create the project');
    },

    async openProject() {
      const parent = usable(ctx.window());
      const options: OpenDialogOptions = {
        title: 'Open Attune Project',
        defaultPath: app.getPath('documents'),
        filters: OPEN_FILTERS,
        properties: ['openFile'],
      };
      const r = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      const file = r.filePaths[0];
      if (r.canceled || !file) return;
      if (ctx.askPassphrase && isEncryptedFile(file)) return ctx.askPassphrase(file);
      await run('project-open', file, 'Could not open the project');
    },

    openPath(projectPath, options) {
      if (options?.createIfMissing && !fs.existsSync(projectPath))
        return run('project-create', projectPath, 'Could not create the project');
      return run('project-open', projectPath, 'Could not open the project');
    },
  };
}
