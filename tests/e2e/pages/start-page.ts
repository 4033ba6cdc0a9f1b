import { expect, type Locator, type Page } from '@playwright/test';

/** The start screen: create a project, open one by path, or pick a recent one. */
export class StartPage {
  readonly createPath: Locator;
  readonly createButton: Locator;
  readonly openPath: Locator;
  readonly openButton: Locator;
  readonly recent: Locator;
  /** The first action: build and open the demo study. */
  readonly demoButton: Locator;
  readonly demoCard: Locator;

  constructor(readonly page: Page) {
    const createCard = page.getByRole('region', { name: 'New project' });
    const openCard = page.getByRole('region', { name: 'Open a project' });
    this.createPath = createCard.getByLabel('Project file');
    this.createButton = createCard.getByRole('button', { name: 'Create' });
    this.openPath = openCard.getByLabel('Project file');
    this.openButton = openCard.getByRole('button', { name: 'Open', exact: true });
    this.recent = openCard.getByRole('list', { name: 'Recent' });
    this.demoButton = page.getByRole('button', { name: 'Open the demo study' });
    this.demoCard = page.getByRole('region', { name: /demo study/i });
  }

  async expectVisible() {
    await expect(this.page.getByRole('heading', { name: 'Attune', level: 1 })).toBeVisible();
    await expect(this.createPath).toBeVisible();
  }

  async openDemo() {
    await this.demoButton.click();
  }

  async createProject(path: string) {
    await this.createPath.fill(path);
    await this.createButton.click();
  }

  async openProject(path: string) {
    await this.openPath.fill(path);
    await this.openButton.click();
  }

  /** Recent entries show the project name (file name without ".attune") and its folder. */
  recentEntry(projectName: string): Locator {
    return this.recent.getByRole('button', {
      name: new RegExp(`^Open ${projectName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`),
    });
  }

  createError(): Locator {
    return this.page.getByRole('region', { name: 'New project' }).getByRole('alert');
  }

  openError(): Locator {
    return this.page.getByRole('region', { name: 'Open a project' }).getByRole('alert');
  }
}
