import { expect, type Locator, type Page } from '@playwright/test';

/** Project settings' Withdrawal card and its confirmation, and the Audit log panel. */
export class WithdrawalPage {
  readonly card: Locator;
  readonly audit: Locator;

  constructor(readonly page: Page) {
    this.card = page.getByRole('region', { name: 'Withdrawal' });
    this.audit = page.getByRole('region', { name: 'Audit log' });
  }

  dialog(kind: 'transcript' | 'coder', name: string): Locator {
    return this.page.getByRole('dialog', { name: `Delete ${kind} ${name}?` });
  }

  async openDelete(kind: 'transcript' | 'coder', name: string): Promise<Locator> {
    await this.card.getByRole('button', { name: `Delete ${kind} ${name}` }).click();
    const d = this.dialog(kind, name);
    await expect(d.getByTestId('withdrawal-summary')).toBeVisible();
    return d;
  }

  auditRows(): Locator {
    return this.audit.getByRole('table', { name: 'Audit log entries' }).locator('tbody tr');
  }
}
