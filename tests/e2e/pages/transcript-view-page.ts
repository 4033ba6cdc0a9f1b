import { expect, type Locator, type Page } from '@playwright/test';
import type { WorkspacePage } from './workspace-page.ts';

/**
 * The transcript view's tools (issue 5): line numbers and margin bars, the hover card, boundary
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
