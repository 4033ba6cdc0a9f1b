import type { Locator, Page } from '@playwright/test';

/** The agreement dashboard's list of disagreements: pages from the host, filtered by kind. */
export class DisagreementsPage {
  readonly section: Locator;
  readonly items: Locator;
  readonly range: Locator;
  readonly next: Locator;
  readonly previous: Locator;

  constructor(readonly page: Page) {
    this.section = page.locator('details.dis-details');
    this.items = page.getByRole('list', { name: 'Disagreements', exact: true }).getByRole('listitem');
    this.range = this.section.getByRole('status');
    this.next = this.section.getByRole('button', { name: 'Next →' });
    this.previous = this.section.getByRole('button', { name: '← Previous' });
  }

  kind(label: string): Locator {
    return this.section.getByRole('checkbox', { name: new RegExp(`^${label} \\(`) });
  }

  /** How many of a kind the filter says there are ("Scale (12)"). */
  async kindCount(label: string): Promise<number> {
    const text = await this.section.locator('label.dis-kind', { hasText: new RegExp(`^${label} \\(`) }).textContent();
    return Number(text?.match(/\(([\d,]+)\)/)?.[1]?.replace(/,/g, ''));
  }
}
