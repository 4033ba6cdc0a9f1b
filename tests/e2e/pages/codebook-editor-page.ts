import { expect, type Locator, type Page } from '@playwright/test';

/** The codebook editor dialog (header button "Codebook"). */
export class CodebookEditorPage {
  readonly dialog: Locator;
  readonly version: Locator;
  readonly list: Locator;
  readonly saveButton: Locator;
  readonly importInput: Locator;
  readonly scaleList: Locator;
  readonly categoryList: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Codebook' });
    this.version = this.dialog.getByTestId('codebook-version');
    this.list = this.dialog.getByRole('region', { name: 'Codes by group' });
    this.saveButton = this.dialog.getByRole('button', { name: /^Save as version / });
    this.importInput = this.dialog.getByTestId('codebook-import-input');
    this.scaleList = this.dialog.getByRole('region', { name: 'Scales by group' });
    this.categoryList = this.dialog.getByRole('region', { name: 'Categories and subtypes' });
  }

  /** Switch to a section of the editor (tabs above the lists). */
  async section(name: 'Codes' | 'Scales' | 'Classification') {
    const tab = this.dialog
      .getByRole('tablist', { name: 'Codebook sections' })
      .getByRole('tab', { name: new RegExp(`^${name}`) });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  /** The footer's status line (unsaved changes, or what blocks saving). */
  get footStatus(): Locator {
    return this.dialog.locator('.cb-foot-status');
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
    return this.list.getByRole('button', { name: new RegExp(`^${esc(label)}(,|$)`) });
  }

  /** A scale's row button in the Scales section (its name is the label, then ", archived"). */
  scale(label: string): Locator {
    return this.scaleList.getByRole('button', { name: new RegExp(`^${esc(label)}(,|$)`) });
  }

  scaleGroup(name: string): Locator {
    return this.scaleList.getByRole('group', { name });
  }

  /** Scale labels of a scale group, in order. */
  async scaleOrder(groupName: string): Promise<string[]> {
    return this.scaleGroup(groupName).locator('.cb-code-label').allTextContents();
  }

  /** A subtype's row in the Classification section, by its id (shown before its label). */
  subtype(id: string): Locator {
    return this.categoryList
      .locator('.cb-code-row')
      .filter({ has: this.page.locator('.cb-subtype-id', { hasText: new RegExp(`^${esc(id)}$`) }) });
  }

  /** Code labels of a group, in order. */
  async order(groupLabel: string): Promise<string[]> {
    return this.group(groupLabel).locator('.cb-code-label').allTextContents();
  }

  get form(): Locator {
    return this.dialog.locator('form.cb-form');
  }

  field(
    label:
      'Label' | 'Group' | 'Hotkey' | 'Description' | 'Name' | 'Lowest' | 'Highest' | 'Step' | 'Reported value' | 'Id',
  ): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  /** A "Rated for" checkbox of the scale form. */
  target(label: 'Mother' | 'Father' | 'Other figure' | 'Transcript' | 'Each loss/trauma event'): Locator {
    return this.form.getByRole('group', { name: 'Rated for' }).getByRole('checkbox', { name: label, exact: true });
  }

  async close() {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toBeHidden();
  }
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
