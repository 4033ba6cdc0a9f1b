import { expect, type Locator, type Page } from '@playwright/test';

/** How much of the coding view fits on screen, and its resizable panels. */
export class LayoutPage {
  readonly transcriptList: Locator;
  readonly scoreScroll: Locator;
  readonly inspector: Locator;
  readonly details: Locator;
  readonly panelEdge: Locator;
  readonly highlightEdge: Locator;

  constructor(readonly page: Page) {
    this.transcriptList = page.getByRole('navigation', { name: 'Transcripts' }).locator('ul.transcript-list');
    this.scoreScroll = page.getByRole('region', { name: 'Score sheet' }).locator('.score-scroll');
    this.inspector = page.getByRole('complementary', { name: 'Coding panel' });
    this.details = page.getByRole('region', { name: 'Highlight details' });
    this.panelEdge = page.getByRole('separator', { name: 'Resize the coding panel' });
    this.highlightEdge = page.getByRole('separator', { name: 'Resize the highlight panel' });
  }

  /** How many of `items` lie wholly inside `box` as drawn now (not scrolled out, not cut by its edges). */
  async countWhollyInside(box: Locator, items: Locator): Promise<number> {
    const outer = await box.boundingBox();
    if (!outer) return 0;
    let n = 0;
    for (const r of await items.evaluateAll((els) =>
      els.map((e) => {
        const b = e.getBoundingClientRect();
        return { top: b.top, bottom: b.bottom, height: b.height };
      }),
    ))
      if (r.height > 0 && r.top >= outer.y - 0.5 && r.bottom <= outer.y + outer.height + 0.5) n++;
    return n;
  }

  async transcriptsInView(): Promise<number> {
    return this.countWhollyInside(this.transcriptList, this.transcriptList.locator('.transcript-item'));
  }

  async ratingRowsInView(): Promise<number> {
    return this.countWhollyInside(
      this.scoreScroll,
      this.scoreScroll.locator('.sheet-table:not(.sheet-table--events) tbody tr'),
    );
  }

  async valueOf(separator: Locator): Promise<number> {
    return Number(await separator.getAttribute('aria-valuenow'));
  }

  /** Press a key `times` times within one task, as a held key's repeats can come before the page renders. */
  async pressInOneTask(target: Locator, key: string, times: number) {
    await target.evaluate(
      (el, { key, times }) => {
        for (let i = 0; i < times; i++)
          el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      },
      { key, times },
    );
  }

  /** The accessible name of what the pointer would grab where the two separators cross. */
  async grabbedWhereTheyCross(vertical: Locator, horizontal: Locator): Promise<string | null> {
    const v = await vertical.boundingBox();
    const h = await horizontal.boundingBox();
    if (!v || !h) throw new Error('separator not on screen');
    const at = { x: v.x + v.width / 2, y: h.y + h.height / 2 };
    return this.page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('aria-label') ?? null, at);
  }

  async width(l: Locator): Promise<number> {
    return (await l.boundingBox())?.width ?? 0;
  }

  async height(l: Locator): Promise<number> {
    return (await l.boundingBox())?.height ?? 0;
  }

  /** Drag a separator by (dx, dy) with the mouse, in small steps as a hand would. */
  async drag(separator: Locator, dx: number, dy: number) {
    const b = await separator.boundingBox();
    if (!b) throw new Error('separator not on screen');
    const x = b.x + b.width / 2;
    const y = b.y + b.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 4 });
    await this.page.mouse.move(x + dx, y + dy, { steps: 4 });
    await this.page.mouse.up();
  }

  /** The right edge of `l` is inside the window and inside `within` (nothing cut or scrolled off). */
  async expectFullyShown(l: Locator, within: Locator) {
    const a = await l.boundingBox();
    const b = await within.boundingBox();
    const vw = this.page.viewportSize()?.width ?? 0;
    expect(a, 'shown').not.toBeNull();
    expect(b).not.toBeNull();
    expect(a!.x).toBeGreaterThanOrEqual(b!.x - 0.5);
    expect(a!.x + a!.width).toBeLessThanOrEqual(Math.min(vw, b!.x + b!.width) + 0.5);
  }
}
