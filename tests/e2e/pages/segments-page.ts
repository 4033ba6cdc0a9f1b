import { expect, type Locator, type Page } from '@playwright/test';

/** The Segments view: filters, the grouped passages and the exports. */
export class SegmentsPage {
  readonly list: Locator;
  readonly passages: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('list', { name: 'Coded passages' });
    this.passages = this.list.locator('> li');
    this.status = page.locator('.seg-head p[aria-live]');
  }

  async open() {
    const tab = this.page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Segments', exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  filter(label: 'Code' | 'Coder' | 'Transcript' | 'Question' | 'Severity' | 'Event'): Locator {
    return this.page.getByRole('group', { name: 'Filter highlights' }).getByLabel(label, { exact: true });
  }

  passage(text: string | RegExp): Locator {
    return this.passages.filter({ hasText: text });
  }

  readings(passage: Locator): Locator {
    return passage.getByRole('list', { name: 'Highlights of this passage' }).getByRole('listitem');
  }

  /** Click an export button and return the downloaded file's path and name. */
  async export(format: 'CSV' | 'HTML'): Promise<{ path: string; name: string }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('group', { name: 'Export' }).getByRole('button', { name: format, exact: true }).click();
    const d = await download;
    return { path: await d.path(), name: d.suggestedFilename() };
  }
}
