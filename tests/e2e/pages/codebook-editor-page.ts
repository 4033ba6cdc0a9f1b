import { expect, type Locator, type Page } from '@playwright/test';

/** The codebook editor dialog (header button "Codebook"). */
export class CodebookEditorPage {
  readonly dialog: Locator;
  readonly version: Locator;
  readonly list: Locator;
  readonly saveButton: Locator;
  readonly importInput: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Codebook' });
    this.version = this.dialog.getByTestId('codebook-version');
    this.list = this.dialog.getByRole('region', { name: 'Codes by group' });
    this.saveButton = this.dialog.getByRole('button', { name: /^Save as version / });
    this.importInput = this.dialog.getByTestId('codebook-import-input');
  }

  async open() {
    await this.page.locator('header.app-header').getByRole('button', { name: 'Codebook' }).click();
    await expect(this.dialog).toBeVisible();
    await expect(this.version).toBeVisible();
  }

  group(label: string): Locator {
    return this.list.getByRole('group', { name: label });
  }

  /** A code's row button (its name starts with the label; ", key X" and ", archived" follow). */
  code(label: string): Locator {
    return this.list.getByRole('button', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(,|$)`) });
  }

  /** Code labels of a group, in order. */
  async order(groupLabel: string): Promise<string[]> {
    return this.group(groupLabel).locator('.cb-code-label').allTextContents();
  }

  get form(): Locator {
    return this.dialog.locator('form.cb-form');
  }

  field(label: 'Label' | 'Group' | 'Hotkey' | 'Description'): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  async close() {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
