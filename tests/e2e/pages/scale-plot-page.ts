import type { Locator, Page } from '@playwright/test';

/** The Agreement dashboard's scale table and the plot of the chosen scale. */
export class ScalePlotPage {
  readonly table: Locator;
  readonly plot: Locator;
  readonly points: Locator;
  readonly pair: Locator;
  readonly caption: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Scale agreement' });
    this.plot = page.locator('figure.scale-plot');
    this.points = this.plot.locator('circle.plot-point');
    this.pair = page.getByRole('combobox', { name: 'Coder pair' });
    this.caption = this.plot.locator('figcaption');
  }

  /** Chooses a scale row by clicking its name (scale id and target, as the row carries them). */
  async choose(scaleId: string, target: string): Promise<void> {
    await this.table.locator(`tr[data-scale="${scaleId}"][data-target="${target}"] .row-btn`).click();
  }

  mode(name: 'Scatter' | 'Bland–Altman'): Locator {
    return this.page.getByRole('group', { name: 'Plot type' }).getByRole('button', { name });
  }

  /** Every point's tooltip (transcripts and values), in drawing order. */
  async titles(): Promise<string[]> {
    return this.points.locator('title').allTextContents();
  }
}
