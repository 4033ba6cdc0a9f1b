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
    return this.scoreSheet.getByRole('button', { name: new RegExp(`^Show the (highlight|\\d+ highlights) linked to ${escape(eventName)} in the transcript$`) });
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
    return this.classification.getByRole('group', { name: 'Primary classification' }).getByRole('button', { name: id, exact: true });
  }

  derived(level: string): Locator {
    return this.classification.locator(`tr[data-level="${level}"] td`);
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
