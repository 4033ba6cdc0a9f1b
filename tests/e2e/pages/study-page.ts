import { expect, type Locator, type Page } from '@playwright/test';

/** The Study view: the plan form, the plan grid (transcripts × coders) and the progress grid. */
export class StudyPage {
  readonly form: Locator;
  readonly plan: Locator;
  readonly progress: Locator;

  constructor(readonly page: Page) {
    this.form = page.locator('form.study-form');
    this.plan = page.getByRole('table', { name: 'Plan: transcripts by coders' });
    this.progress = page.getByRole('table', { name: 'Progress: transcripts by coders' });
  }

  async open() {
    const tab = this.page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Study', exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  coderBox(name: string): Locator {
    return this.form.getByRole('checkbox', { name });
  }

  async addCoder(name: string) {
    await this.form.getByRole('textbox', { name: 'New coder name' }).fill(name);
    await this.form.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(this.coderBox(name)).toBeChecked();
  }

  async propose(opts: { percent: number; seed: number }) {
    await this.form.getByRole('spinbutton', { name: 'Double-coded' }).fill(String(opts.percent));
    await this.form.getByRole('textbox', { name: 'Seed' }).fill(String(opts.seed));
    await this.form.getByRole('button', { name: /^Propose/ }).click();
  }

  /** The plan cell of a coder on a transcript (its accessible name says the role and what a click does). */
  cell(coder: string, title: string): Locator {
    return this.plan.getByRole('button', { name: new RegExp(`^${coder} on ${title}:`) });
  }

  planRow(title: string): Locator {
    return this.plan.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: title, exact: true }) });
  }

  progressRow(title: string): Locator {
    return this.progress
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: title, exact: true }) });
  }

  /** A coder's progress cell on a transcript ("Not started", "Returned", …), found by the column header. */
  async progressCell(coder: string, title: string): Promise<Locator> {
    // The grid renders after the view's progress answer: wait for the column, then read the order once.
    await expect(this.progress.locator('thead th').filter({ hasText: new RegExp(`^\\s*${coder}\\s*$`) })).toHaveCount(
      1,
    );
    const heads = (await this.progress.locator('thead th').allTextContents()).map((h) => h.trim());
    return this.progressRow(title)
      .locator('td')
      .nth(heads.indexOf(coder) - 1);
  }

  /** Why Reveal is disabled: the tooltip on its wrapper (a disabled button shows none in Chromium). */
  revealReason(title: string): Locator {
    return this.revealButton(title).locator('..');
  }

  revealButton(title: string): Locator {
    return this.progress.getByRole('button', { name: `Reveal ${title}` });
  }
}
