import { expect, type Locator, type Page } from '@playwright/test';

/** The open transcript's metadata under its title, and (leads, trainers) its editor dialog. */
export class MetadataEditorPage {
  readonly facts: Locator;
  readonly editButton: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.facts = page.locator('dl[aria-label="Transcript metadata"]');
    this.editButton = page.getByRole('main', { name: 'Transcript' }).getByRole('button', { name: 'Edit metadata' });
    this.dialog = page.getByRole('dialog', { name: 'Edit metadata' });
  }

  /** One fact under the title, by field key as stored ("interviewer", "group"). */
  fact(key: string): Locator {
    return this.facts.locator(`.fact[data-field="${key}"]`);
  }

  async open() {
    await this.editButton.click();
    await expect(this.dialog).toBeVisible();
  }

  field(label: string): Locator {
    return this.dialog.getByRole('textbox', { name: label, exact: true });
  }

  hideToggle(label: string): Locator {
    return this.dialog.getByRole('checkbox', { name: `Hide ${label} from coders` });
  }

  async addField(name: string, value: string) {
    await this.dialog.getByRole('textbox', { name: 'New field name' }).fill(name);
    await this.dialog.getByRole('button', { name: '+ Add field' }).click();
    await this.field(name).fill(value);
  }

  async save() {
    await this.dialog.getByRole('button', { name: 'Save' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
