import { expect, type Locator, type Page } from '@playwright/test';

/** The import dialog: files (left) with batch options, the selected file's preview (right), results after importing. */
export class ImportDialogPage {
  readonly dialog: Locator;
  readonly files: Locator;
  readonly preview: Locator;
  readonly results: Locator;
  readonly progress: Locator;
  readonly importButton: Locator;
  readonly doneButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import transcripts' });
    this.files = this.dialog.getByRole('list', { name: 'Files to import' });
    this.preview = this.dialog.locator('.preview-pane');
    this.results = this.dialog.getByRole('region', { name: 'Import results' });
    this.progress = this.results.getByRole('progressbar');
    this.importButton = this.dialog.getByRole('button', { name: /^Import( all \d+)?$/ });
    this.doneButton = this.dialog.getByRole('button', { name: 'Done' });
  }

  fileButton(name: string): Locator {
    return this.files.getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  }

  fileStatus(name: string): Locator {
    return this.fileButton(name).getByTestId('file-status');
  }

  /** Every file has been read and previewed (or found unreadable). */
  async expectAllRead() {
    await expect(this.dialog.getByRole('status').filter({ hasText: /ready to import|Fix the interview date/ })).toBeVisible();
  }

  async addReplacement(name: string, token: string) {
    await this.dialog.getByRole('button', { name: '+ Add replacement' }).click();
    const rows = this.dialog.getByRole('group', { name: 'Replacement list' });
    await rows.getByRole('textbox', { name: /^Name \d+$/ }).last().fill(name);
    await rows.getByRole('textbox', { name: /^Replacement \d+$/ }).last().fill(token);
  }

  turnCount(): Locator {
    return this.preview.getByTestId('turn-count');
  }

  replacementHits(): Locator {
    return this.preview.getByTestId('replacement-hit');
  }

  result(name: string): Locator {
    return this.results.getByTestId('import-result').filter({ hasText: name });
  }

  /** Import what is listed, wait for the batch to finish; `close` then leaves with Done. */
  async importAll({ close = true } = {}) {
    await this.expectAllRead();
    await this.importButton.click();
    await expect(this.doneButton).toBeVisible({ timeout: 30_000 });
    if (close) {
      await this.doneButton.click();
      await expect(this.dialog).toBeHidden();
    }
  }
}
