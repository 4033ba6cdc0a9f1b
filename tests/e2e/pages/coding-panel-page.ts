import { expect, type Locator, type Page } from '@playwright/test';

export type CodingTabName = 'Codes' | 'Scores' | 'Classification' | 'Memo';

/** The right-hand coding panel: tabs for codes, the score sheet, classification and the memo. */
export class CodingPanelPage {
  readonly tabs: Locator;
  readonly scoreSheet: Locator;
  readonly scoreDetail: Locator;
  readonly classification: Locator;
  readonly memo: Locator;
  readonly statusControl: Locator;

  constructor(readonly page: Page) {
    this.tabs = page.getByRole('tablist', { name: 'Coding panels' });
    this.scoreSheet = page.getByRole('region', { name: 'Score sheet' });
    this.scoreDetail = this.scoreSheet.locator('section.score-detail');
    this.classification = page.getByRole('region', { name: 'Classification' });
    this.memo = page.getByRole('region', { name: 'Memo' });
    this.statusControl = page.getByRole('group', { name: 'Your coding status' });
  }

  /** ↶ above the tabs: named after what it would undo ("Undo Add highlight"), plain "Undo" when disabled. */
  get undoButton(): Locator {
    return this.page.getByRole('button', { name: /^Undo\b/ });
  }

  tab(name: CodingTabName): Locator {
    return this.tabs.getByRole('tab', { name });
  }

  async open(name: CodingTabName) {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  /** A rating field, named "<scale>, <target>" (e.g. "Loving, Mother", "Unresolved loss, Loss: grandmother (age 9)"). */
  rating(scale: string, target: string): Locator {
    return this.scoreSheet.getByRole('textbox', { name: `${scale}, ${target}`, exact: true });
  }

  /** Type a rating as a coder would: click the field, type, Enter. */
  async typeRating(scale: string, target: string, text: string) {
    const field = this.rating(scale, target);
    await field.click();
    await field.press('ControlOrMeta+a');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** The full scale of the selected rating (one button per point). */
  point(value: string): Locator {
    return this.scoreDetail.getByRole('group', { name: /^Rate / }).getByRole('button', { name: value, exact: true });
  }

  reported(scaleId: string): Locator {
    return this.scoreSheet.getByTestId(`reported-${scaleId}`);
  }

  event(name: string): Locator {
    return this.scoreSheet.getByRole('listitem', { name });
  }

  /** Beside an event's row of unresolved ratings: the button counting (and showing) its linked highlights. */
  linkedHighlights(eventName: string): Locator {
    return this.scoreSheet.getByRole('button', {
      name: new RegExp(`^Show the (highlight|\\d+ highlights) linked to ${escape(eventName)} in the transcript$`),
    });
  }

  /** In a highlight card (event-linked codes): the loss/trauma event select. */
  cardEvent(card: Locator): Locator {
    return card.getByRole('combobox', { name: 'Event' });
  }

  /** In a highlight card: a severity button ("None", "1", "2", "3"). */
  cardSeverity(card: Locator, value: string): Locator {
    return card.getByRole('group', { name: 'Severity' }).getByRole('button', { name: value, exact: true });
  }

  /** The non-blocking warning beside U when no loss or trauma is recorded. */
  get uWarning(): Locator {
    return this.classification.getByRole('status').filter({ hasText: 'U requires an unresolved loss or trauma' });
  }

  primary(id: string): Locator {
    return this.classification
      .getByRole('group', { name: 'Primary classification' })
      .getByRole('button', { name: id, exact: true });
  }

  derived(level: string): Locator {
    return this.classification.locator(`tr[data-level="${level}"] td`);
  }

  /** Keyboard only: with focus in a rating field, replace what it holds with `text` and press Enter (saves). */
  async typeIntoFocusedRating(text: string) {
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** In the selected rating's detail: "+ Link highlights…", which reads "Done" while the list is open. */
  get linkButton(): Locator {
    return this.scoreDetail.getByRole('button', { name: /^(\+ Link highlights…|Done)$/ });
  }

  /** In the open highlight list of the selected rating: the box linking the highlight whose passage starts so. */
  linkBox(passageStart: string): Locator {
    return this.scoreDetail
      .getByRole('list', { name: 'Your highlights' })
      .getByRole('checkbox', { name: new RegExp(escape(passageStart)) });
  }

  /** A linked highlight of the selected rating: Enter or a click shows its passage in the transcript. */
  linkedChip(passage: string): Locator {
    return this.scoreDetail.getByRole('button', { name: `Show in transcript: ${passage}` });
  }

  get addLoss(): Locator {
    return this.scoreSheet.getByRole('button', { name: '+ Loss' });
  }

  subtype(id: string): Locator {
    return this.classification.getByRole('group', { name: /Subtype/ }).getByRole('button', { name: id, exact: true });
  }

  get alternative(): Locator {
    return this.classification.getByRole('combobox', { name: /Best-fitting alternative/ });
  }

  confidence(label: 'Not given' | 'Low' | 'Medium' | 'High'): Locator {
    return this.classification
      .getByRole('group', { name: 'Confidence' })
      .getByRole('button', { name: label, exact: true });
  }

  get forced(): Locator {
    return this.classification.getByRole('checkbox', { name: 'Forced classification' });
  }

  get memoText(): Locator {
    return this.memo.getByRole('textbox', { name: 'Memo for this transcript' });
  }

  status(label: 'Not started' | 'In progress' | 'Complete'): Locator {
    return this.statusControl.getByRole('button', { name: label });
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
