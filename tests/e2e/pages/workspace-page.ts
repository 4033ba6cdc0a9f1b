import { expect, type Locator, type Page } from '@playwright/test';
import { ImportDialogPage } from './import-dialog.ts';

export interface Box {
  x: number;
  y: number;
}

/** The coding workspace: transcripts (left), the transcript (centre), codes and highlight details (right). */
export class WorkspacePage {
  readonly header: Locator;
  readonly saveStatus: Locator;
  readonly sidebar: Locator;
  readonly transcriptText: Locator;
  readonly codes: Locator;
  readonly details: Locator;

  constructor(readonly page: Page) {
    this.header = page.locator('header.app-header');
    this.saveStatus = this.header.getByRole('status');
    this.sidebar = page.getByRole('navigation', { name: 'Transcripts' });
    this.transcriptText = page.getByRole('textbox', { name: /^Transcript: / });
    this.codes = page.getByRole('region', { name: 'Codes' });
    this.details = page.getByRole('region', { name: 'Highlight details' });
  }

  async expectVisible(projectName: string, coderName: string) {
    await expect(this.header.getByRole('heading', { name: projectName })).toBeVisible();
    await expect(this.header.getByRole('button', { name: `Coding as ${coderName}. Switch coder` })).toBeVisible();
  }

  async expectAllSaved() {
    await expect(this.saveStatus).toHaveText('All changes saved');
  }

  /** Choose files with the Import button's file chooser: they open in the import dialog. */
  async chooseImportFiles(paths: Parameters<Locator['setInputFiles']>[0]): Promise<ImportDialogPage> {
    await this.sidebar.getByTestId('import-file-input').setInputFiles(paths);
    const dialog = new ImportDialogPage(this.page);
    await expect(dialog.dialog).toBeVisible();
    return dialog;
  }

  /** Import files through the dialog with its defaults (preview checked, then Import, then Done). */
  async importFile(path: string | string[]) {
    await (await this.chooseImportFiles(path)).importAll();
  }

  transcriptItem(title: string): Locator {
    return this.sidebar.getByRole('button', { name: new RegExp(title) });
  }

  async openTranscript(title: string) {
    await this.transcriptItem(title).click();
    await expect(this.transcriptText).toBeVisible();
  }

  codeButton(label: string): Locator {
    return this.codes.getByRole('button', {
      name: new RegExp(`^Tag with ${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    });
  }

  /** Highlight runs painted for a code (one element per run; overlaps split runs). */
  highlights(codeId: string): Locator {
    return this.transcriptText.locator(`.hl[data-code-ids~="${codeId}"]`);
  }

  /**
   * Screen positions of the left edge of a phrase's first character and the right edge of its
   * last character, found in the rendered transcript text (the phrase must not span two turns).
   */
  async phraseEdges(phrase: string, occurrence = 0): Promise<{ start: Box; end: Box }> {
    const found = await this.transcriptText.evaluate(
      (root, [wanted, nth]) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        let all = '';
        const starts: number[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const t = n as Text;
          if (!t.parentElement?.closest('[data-slate-string]')) continue;
          starts.push(all.length);
          nodes.push(t);
          all += t.data;
        }
        let at = -1;
        for (let i = 0; i <= nth; i++) at = all.indexOf(wanted, at + 1);
        if (at < 0) return null;
        const locate = (offset: number) => {
          let i = starts.length - 1;
          while (i > 0 && starts[i]! > offset) i--;
          return { node: nodes[i]!, offset: offset - starts[i]! };
        };
        const rectOf = (offset: number) => {
          const { node, offset: o } = locate(offset);
          const r = document.createRange();
          r.setStart(node, o);
          r.setEnd(node, o + 1);
          const rects = r.getClientRects();
          const rect = rects[rects.length - 1] ?? r.getBoundingClientRect();
          return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
        };
        // Bring the phrase to the middle of the reading pane first: the mouse can only reach what is on screen.
        locate(at).node.parentElement?.scrollIntoView({ block: 'center' });
        const first = rectOf(at);
        const last = rectOf(at + wanted.length - 1);
        return {
          start: { x: first.left + 1, y: (first.top + first.bottom) / 2 },
          end: { x: last.right - 1, y: (last.top + last.bottom) / 2 },
        };
      },
      [phrase, occurrence] as const,
    );
    if (!found) throw new Error(`phrase not found in the transcript: ${phrase}`);
    return found;
  }

  /** Select a phrase by dragging with the mouse, as a user would. */
  async selectWithMouse(phrase: string) {
    const { start, end } = await this.phraseEdges(phrase);
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 5 });
    await this.page.mouse.move(end.x, end.y, { steps: 5 });
    await this.page.mouse.up();
  }

  /** Click just before a phrase to put the caret there, then extend with Shift+ArrowRight. */
  async selectWithKeyboard(phraseStart: string, characters: number) {
    const { start } = await this.phraseEdges(phraseStart);
    await this.page.mouse.click(start.x, start.y);
    await this.page.keyboard.down('Shift');
    for (let i = 0; i < characters; i++) await this.page.keyboard.press('ArrowRight');
    await this.page.keyboard.up('Shift');
  }

  /** What the browser says is selected right now. */
  async selectedText(): Promise<string> {
    return this.page.evaluate(() => window.getSelection()?.toString() ?? '');
  }

  /** Click in the middle of a phrase (e.g. inside a highlight). */
  async clickPhrase(phrase: string) {
    const { start, end } = await this.phraseEdges(phrase);
    await this.page.mouse.click((start.x + end.x) / 2, (start.y + end.y) / 2);
  }

  card(codeLabel: string): Locator {
    return this.details.getByRole('article', { name: `Highlight: ${codeLabel}` });
  }

  /** The transcript's find bar (Ctrl/⌘+F). */
  get findBar(): Locator {
    return this.page.getByRole('search', { name: 'Find in transcript' });
  }

  /**
   * Keyboard only: Ctrl/⌘+F, type the phrase, Esc (which selects the match in the transcript), then ←
   * to leave the caret just before it, as a coder moving the caret by keys would.
   */
  async caretBeforeByKeyboard(phrase: string) {
    await this.page.keyboard.press('ControlOrMeta+f');
    await expect(this.findBar.getByRole('searchbox')).toBeFocused();
    await this.page.keyboard.type(phrase);
    await expect(this.findBar).toContainText(/\d+ of \d+/);
    await this.page.keyboard.press('Escape');
    await expect(this.findBar).toBeHidden();
    await expect(this.transcriptText).toBeFocused();
    await expect.poll(() => this.selectedText()).toBe(phrase);
    await this.page.keyboard.press('ArrowLeft');
    await expect.poll(() => this.selectedText()).toBe('');
  }

  /** Keyboard only: extend the selection from the caret by `characters` presses of Shift+→. */
  async extendSelectionByKeyboard(characters: number) {
    await this.page.keyboard.down('Shift');
    for (let i = 0; i < characters; i++) await this.page.keyboard.press('ArrowRight');
    await this.page.keyboard.up('Shift');
  }

  /** The banner a failed save leaves on screen ("Not saved. …"). */
  get errorBanner(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Not saved.' });
  }

  /** The coder chip in the header: back to "Who is coding?". */
  async switchCoder() {
    await this.header.getByRole('button', { name: /^Coding as .+\. Switch coder$/ }).click();
  }

  /** The count of annotations (all coders) shown under a transcript in the list. */
  annotationCount(title: string): Locator {
    return this.transcriptItem(title).getByTestId('annotation-count');
  }

  async closeProject() {
    await this.header.getByRole('button', { name: 'Close project' }).click();
  }
}
