import { expect, type Locator, type Page } from '@playwright/test';
import type { WorkspacePage } from './workspace-page.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The transcript view's tools: line numbers and margin bars, the hover card, boundary
 * handles, the command palette, project search, the highlight filter and the shortcut sheet.
 */
export class TranscriptViewPage {
  readonly page: Page;
  readonly palette: Locator;
  readonly paletteInput: Locator;
  readonly search: Locator;
  readonly searchInput: Locator;
  /** The hit list (aria-busy while it still shows the hits of an earlier query). */
  readonly searchResults: Locator;
  /** "N matches in M transcripts", "No matches", "Searching…". */
  readonly searchStatus: Locator;
  readonly hoverCard: Locator;
  readonly filterButton: Locator;
  readonly filterPanel: Locator;

  constructor(readonly ws: WorkspacePage) {
    this.page = ws.page;
    this.palette = this.page.getByRole('dialog', { name: 'Command palette' });
    this.paletteInput = this.palette.getByRole('combobox', { name: 'Find a code or action' });
    this.search = this.page.getByRole('dialog', { name: 'Search the project' });
    this.searchInput = this.search.getByRole('combobox', { name: 'Search all transcripts' });
    this.searchResults = this.search.getByRole('listbox', { name: 'Search results' });
    this.searchStatus = this.search.locator('.palette-status');
    this.hoverCard = this.page.getByRole('tooltip');
    this.filterButton = this.page.getByRole('button', { name: /^Filter/ });
    this.filterPanel = this.page.getByRole('group', { name: 'Show highlights of' });
  }

  /** The line number shown in the margin for the stored line holding `phrase` (read from the DOM and its ::before). */
  async marginLineOf(phrase: string): Promise<{ line: number; shown: string }> {
    await this.ws.phraseEdges(phrase); // scrolls it into view
    const found = await this.ws.transcriptText.evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      let lastLine: HTMLElement | null = null;
      let acc = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n instanceof HTMLElement && n.dataset['line']) {
          lastLine = n;
          acc = '';
        }
        if (n.nodeType === Node.TEXT_NODE && n.parentElement?.closest('[data-slate-string]')) {
          acc += (n as Text).data;
          if (acc.includes(wanted) && lastLine)
            return { line: Number(lastLine.dataset['line']), shown: getComputedStyle(lastLine, '::before').content };
        }
      }
      return null;
    }, phrase);
    if (!found) throw new Error(`no line number before ${phrase}`);
    return found;
  }

  /**
   * Where the margin number of stored line `line` is drawn (its ::before box, from the computed style:
   * pseudo-elements have no rects of their own), whether its block sits in one of Slate's lowest chunks
   * (content-visibility: auto), and that chunk's box.
   */
  async lineNumberBox(
    line: number,
  ): Promise<{ box: Rect; chunked: boolean; contentVisibility: string; chunkBox: Rect | null }> {
    const found = await this.ws.transcriptText.evaluate((root, n) => {
      const ln = root.querySelector<HTMLElement>(`.ln[data-line="${n}"]`);
      const block = ln?.closest<HTMLElement>('.turn, .plain-line');
      if (!ln || !block) return null;
      const before = getComputedStyle(ln, '::before');
      const blockRect = block.getBoundingClientRect();
      const inline = ln.getClientRects()[0] ?? ln.getBoundingClientRect();
      const lineHeight = parseFloat(before.lineHeight);
      // top: auto puts the number where the labelled text's line box starts; its line box is centred there.
      const y = inline.top + inline.height / 2 - lineHeight / 2;
      const chunk = block.closest<HTMLElement>('.chunk--lowest');
      const c = chunk?.getBoundingClientRect();
      return {
        box: { x: blockRect.left + parseFloat(before.left), y, width: parseFloat(before.width), height: lineHeight },
        chunked: !!chunk,
        contentVisibility: chunk ? getComputedStyle(chunk).contentVisibility : '',
        chunkBox: c ? { x: c.left, y: c.top, width: c.width, height: c.height } : null,
      };
    }, line);
    if (!found) throw new Error(`no line number ${line} in the transcript`);
    return found;
  }

  /**
   * How many pixels inside `box` are painted with something other than the paper (any channel below
   * 200 of 255): read from a real screenshot, so a box clipped away by paint containment counts 0.
   */
  async inkIn(box: Rect): Promise<number> {
    const png = await this.page.screenshot({ clip: box, animations: 'disabled', caret: 'hide' });
    return this.page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) if (Math.min(data[i]!, data[i + 1]!, data[i + 2]!) < 200) ink++;
      return ink;
    }, png.toString('base64'));
  }

  /** The element hit at the centre of `locator`'s box is that element (nothing clips or covers it there). */
  async hitAtCentre(locator: Locator): Promise<boolean> {
    return locator.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit === el || el.contains(hit);
    });
  }

  /** Margin bars in the block (turn) that holds `phrase`. */
  barsNear(phrase: string): Locator {
    return this.ws.transcriptText.locator('.turn, .plain-line').filter({ hasText: phrase }).locator('.hl-bar');
  }

  handle(edge: 'start' | 'end'): Locator {
    return this.ws.transcriptText.locator('..').getByTestId(`handle-${edge}`);
  }

  async openPalette(shortcut = 'Control+k') {
    await this.page.keyboard.press(shortcut);
    await expect(this.paletteInput).toBeFocused();
  }

  /** Type into the palette and run the first match with Enter. */
  async runFromPalette(query: string, expectFirst: RegExp) {
    await this.paletteInput.pressSequentially(query);
    await expect(this.palette.getByRole('option').first()).toHaveText(expectFirst);
    await this.page.keyboard.press('Enter');
    await expect(this.palette).toHaveCount(0);
  }

  async openProjectSearch() {
    await this.page.keyboard.press('Control+Shift+F');
    await expect(this.searchInput).toBeFocused();
  }

  filterCode(label: string): Locator {
    return this.filterPanel.getByRole('checkbox', { name: label });
  }
}
