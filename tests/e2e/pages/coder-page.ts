import { expect, type Page } from '@playwright/test';

/** "Who is coding?": pick an existing coder or add one. */
export class CoderPage {
  constructor(readonly page: Page) {}

  async expectVisible() {
    await expect(this.page.getByRole('heading', { name: 'Who is coding?' })).toBeVisible();
  }

  async createCoder(name: string) {
    await this.page.getByLabel(/Your name or initials|Or add a new coder/).fill(name);
    await this.page.getByRole('button', { name: 'Add coder' }).click();
  }

  /** Add a coder with a role (coder, lead, trainer, trainee). */
  async createCoderWithRole(name: string, role: 'coder' | 'lead' | 'trainer' | 'trainee') {
    await this.page.getByRole('combobox', { name: 'Role' }).selectOption(role);
    await this.createCoder(name);
  }

  /** Scoped to the coder list: a view left behind the screen may also have buttons naming the coder. */
  async choose(name: string) {
    await this.page
      .locator('ul.coder-list')
      .getByRole('button', { name: new RegExp(name) })
      .click();
  }
}
