import type { Locator, Page } from '@playwright/test';

/** The Agreement view's export bar: codings CSV (long, wide) with its options, and the report. */
export class AgreementExportPage {
  readonly bar: Locator;

  constructor(readonly page: Page) {
    this.bar = page.getByRole('group', { name: 'Export' });
  }

  option(label: 'memos & status' | 'SPSS syntax'): Locator {
    return this.bar.getByRole('checkbox', { name: label });
  }

  /** Click Long or Wide and collect the downloads it starts (the CSV, and its .sps when asked for). */
  async exportCodings(layout: 'Long' | 'Wide', count: number): Promise<Array<{ name: string; path: string }>> {
    const files: Array<Promise<{ name: string; path: string }>> = [];
    const seen = new Promise<void>((resolve) => {
      this.page.on('download', (d) => {
        files.push(d.path().then((path) => ({ name: d.suggestedFilename(), path })));
        if (files.length === count) resolve();
      });
    });
    await this.bar.getByRole('button', { name: layout, exact: true }).click();
    await seen;
    return Promise.all(files);
  }
}
