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

  /**
   * Add a coder with a role. A project's first coder is its lead (the screen offers no role then);
   * after that the screen offers coder and trainee, and a lead gives the other roles in Project settings.
   */
  async createCoderWithRole(name: string, role: 'coder' | 'lead' | 'trainee') {
    const select = this.page.getByRole('combobox', { name: 'Role' });
    if (role === 'lead') await expect(select).toHaveCount(0);
    else await select.selectOption(role);
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
