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
    this.importButton = this.dialog.getByRole('button', { name: /^Import( all)?( \d+)?$/ });
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
    await expect(
      this.dialog.getByRole('status').filter({ hasText: /ready to import|can be imported|Fix the interview date/ }),
    ).toBeVisible();
  }

  /** The replacement rows (a group that exists once the list has a row). */
  get replacementRows(): Locator {
    return this.dialog.getByRole('group', { name: 'Replacement list' });
  }

  /** "+ Add replacement", then type the name, Tab to the replacement and type the token, as a user would. */
  async addReplacement(name: string, token: string) {
    await this.dialog.getByRole('button', { name: '+ Add replacement' }).click();
    const nameBox = this.replacementRows.getByRole('textbox', { name: /^Name \d+$/ }).last();
    await expect(nameBox).toBeFocused();
    await this.page.keyboard.type(name);
    await this.page.keyboard.press('Tab');
    await expect(this.replacementRows.getByRole('textbox', { name: /^Replacement \d+$/ }).last()).toBeFocused();
    await this.page.keyboard.type(token);
  }

  /** The "Match case" box of row n (1-based). */
  matchCase(n: number): Locator {
    return this.replacementRows.getByRole('checkbox', { name: `Match case ${n}` });
  }

  /** "Load list…" through the file chooser it opens. */
  async loadList(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.dialog.getByRole('button', { name: 'Load list…' }).click();
    await (await chooser).setFiles(file);
  }

  /** The row-numbered problems of a list file that was not loaded. */
  listError(): Locator {
    return this.dialog.getByRole('alert', { name: 'Replacement list not loaded' });
  }

  /** "Save list…": the downloaded file's name and text. */
  async saveList(): Promise<{ name: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await this.dialog.getByRole('button', { name: 'Save list…' }).click();
    const d = await download;
    const stream = await d.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    return { name: d.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  turnCount(): Locator {
    return this.preview.getByTestId('turn-count');
  }

  replacementHits(): Locator {
    return this.preview.getByTestId('replacement-hit');
  }

  /** The "found → replacement" part of each listed replacement, e.g. "rose → [MOTHER]". */
  replacementChanges(): Locator {
    return this.replacementHits().locator('.hit-change');
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
