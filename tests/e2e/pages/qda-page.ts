import { expect, type Locator, type Page } from '@playwright/test';

/** The REFI-QDA dialogs: import (choose, preview, import, result) and export (choose, download). */
export class QdaPage {
  readonly importDialog: Locator;
  readonly exportDialog: Locator;
  readonly preview: Locator;

  constructor(readonly page: Page) {
    this.importDialog = page.getByRole('dialog', { name: 'Import a REFI-QDA project' });
    this.exportDialog = page.getByRole('dialog', { name: 'Export a REFI-QDA project' });
    this.preview = this.importDialog.getByTestId('qda-preview');
  }

  count(what: 'sources' | 'users' | 'codes' | 'selections' | 'highlights'): Locator {
    return this.preview.getByTestId(`qda-count-${what}`);
  }

  /** Project settings ▸ Import REFI-QDA project…, then choose the file: the preview appears, nothing is saved yet. */
  async openImportFromSettings() {
    await this.page.getByRole('button', { name: 'Import REFI-QDA project…' }).click();
    await expect(this.importDialog).toBeVisible();
  }

  async chooseFile(path: string) {
    await this.importDialog.getByTestId('qda-import-input').setInputFiles(path);
    await expect(this.preview).toBeVisible();
  }

  /** Import what the preview showed; returns the result line. */
  async importPreviewed(): Promise<Locator> {
    await this.importDialog.getByRole('button', { name: 'Import', exact: true }).click();
    const status = this.importDialog.getByRole('status');
    await expect(status).toContainText('Imported');
    return status;
  }

  async done() {
    await this.importDialog.getByRole('button', { name: 'Done' }).click();
    await expect(this.importDialog).toBeHidden();
  }

  /** Project settings ▸ Export REFI-QDA project…, everything chosen: the downloaded .qdpx's path and name. */
  async exportFromSettings(): Promise<{ path: string; name: string }> {
    await this.page.getByRole('button', { name: 'Export REFI-QDA project…' }).click();
    await expect(this.exportDialog).toBeVisible();
    const download = this.page.waitForEvent('download');
    await this.exportDialog.getByRole('button', { name: 'Export .qdpx' }).click();
    const d = await download;
    const path = await d.path();
    await expect(this.exportDialog.getByRole('status')).toContainText('Saved');
    await this.exportDialog.getByRole('button', { name: 'Done' }).click();
    return { path, name: d.suggestedFilename() };
  }
}
