import { expect, type Locator, type Page } from '@playwright/test';

/** The question-section outline in the left sidebar, under the transcript list. */
export class SectionsOutlinePage {
  readonly region: Locator;
  readonly rows: Locator;
  readonly startHere: Locator;
  readonly caretHint: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Question sections' });
    this.rows = this.region.locator('.outline-row');
    this.startHere = this.region.getByRole('button', { name: '+ Start section here' });
    this.caretHint = this.region.getByTestId('outline-caret');
    this.status = this.region.getByRole('status');
  }

  /** The row whose jump button names this heading text ("Q3", a title…). */
  row(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** The titles in order, as shown. */
  async titles(): Promise<string[]> {
    return this.region.locator('.outline-title').allInnerTexts();
  }

  async jumpTo(text: string) {
    await this.row(text).locator('.outline-item').click();
  }

  async rename(heading: string, number: string, title: string) {
    await this.region.getByRole('button', { name: `Rename ${heading}` }).click();
    const form = this.region.getByRole('form', { name: `Rename ${heading}` });
    await form.getByLabel('Question number').fill(number);
    await form.getByLabel('Section title').fill(title);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toBeHidden();
  }

  async delete(heading: string) {
    await this.region.getByRole('button', { name: `Delete ${heading}` }).click();
  }
}
