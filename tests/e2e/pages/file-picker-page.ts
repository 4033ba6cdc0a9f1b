import { expect, type Locator, type Page } from '@playwright/test';

/** The browser UI's file picker dialog. */
export class FilePickerPage {
  readonly dialog: Locator;
  readonly list: Locator;
  readonly crumbs: Locator;
  readonly name: Locator;

  constructor(
    readonly page: Page,
    title: string,
  ) {
    this.dialog = page.getByRole('dialog', { name: title });
    this.list = this.dialog.getByRole('listbox');
    this.crumbs = this.dialog.getByRole('navigation', { name: 'Folder' });
    this.name = this.dialog.getByLabel('File name');
  }

  entry(name: string): Locator {
    return this.list.getByRole('option', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`) });
  }

  /** Open a folder by double-clicking it, as a person would. */
  async openFolder(name: string) {
    await this.entry(name).dblclick();
    await expect(this.crumbs.getByRole('button', { name, exact: true })).toHaveAttribute('aria-current', 'location');
  }

  /** New folder…: a name, Create folder; the picker moves into it. */
  async newFolder(name: string) {
    await this.dialog.getByRole('button', { name: 'New folder…' }).click();
    const field = this.dialog.getByLabel('New folder name');
    await expect(field).toBeFocused();
    await field.fill(name);
    await this.dialog.getByRole('button', { name: 'Create folder' }).click();
    await expect(this.crumbs.getByRole('button', { name, exact: true })).toHaveAttribute('aria-current', 'location');
  }

  /** In folder mode: the folder shown is the one chosen. */
  async chooseThisFolder() {
    await this.dialog.getByRole('button', { name: 'Choose this folder' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** The name field's message (a name refused by the picker or the host). */
  nameError(): Locator {
    return this.dialog.locator('.fp-name-row').getByRole('alert');
  }

  async entryNames(): Promise<string[]> {
    return (await this.list.getByRole('option').locator('.fp-name').allTextContents()).map((s) => s.trim());
  }
}
