import { expect, type Locator, type Page } from '@playwright/test';

/** Coder packages: the lead's Write coder packages dialog, the passphrase dialog, the banner, encrypted exchange. */
export class PackagesPage {
  constructor(readonly page: Page) {}

  get writeDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Write coder packages' });
  }

  get passphraseDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Encrypted file' });
  }

  get banner(): Locator {
    return this.page.getByTestId('package-banner');
  }

  /**
   * Every coder with assignments, into `folder`, encrypted with `passphrase`: from Project settings'
   * button, or from the Study view's toolbar (`from: 'study'`).
   */
  async writePackages(folder: string, passphrase: string, from: 'settings' | 'study' = 'settings') {
    const opener =
      from === 'study'
        ? this.page.getByRole('toolbar', { name: 'Study actions' }).getByRole('button', { name: 'Write packages…' })
        : this.page.getByRole('button', { name: 'Write coder packages…' });
    await opener.click();
    const d = this.writeDialog;
    await d.getByLabel('Folder', { exact: true }).fill(folder);
    await expect(d.getByRole('checkbox', { name: /Encrypt with a passphrase/ })).toBeChecked();
    await d.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await d.getByLabel('Type it again').fill(passphrase);
    await d.getByRole('button', { name: 'Write packages' }).click();
    // age's scrypt (work factor 2^18, as the age tool uses) takes seconds per package.
    await expect(d.getByRole('status')).toContainText('Wrote', { timeout: 90_000 });
  }

  written(): Locator {
    return this.writeDialog.getByTestId('package-written');
  }

  /** Type the passphrase into the dialog that opening an encrypted package shows, and submit. */
  async enterPassphrase(passphrase: string) {
    const d = this.passphraseDialog;
    await d.getByLabel('Passphrase').fill(passphrase);
    await d.getByRole('button', { name: 'Open', exact: true }).click();
  }

  /** The banner's Export coding…, encrypted: returns the downloaded file. */
  async exportEncryptedCoding(passphrase: string): Promise<{ path: string; name: string }> {
    await this.banner.getByRole('button', { name: 'Export coding…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Export my coding' });
    await dialog.getByRole('checkbox', { name: /Encrypt with a passphrase/ }).check();
    await dialog.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await dialog.getByLabel('Type it again').fill(passphrase);
    const download = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const d = await download;
    const path = await d.path();
    await expect(dialog.getByRole('status')).toContainText('encrypted', { timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Done' }).click();
    return { path, name: d.suggestedFilename() };
  }

  /** An encrypted file in the coding import results: type its passphrase in its row and import. */
  async unlockImport(fileName: string, passphrase: string) {
    const row = this.page.getByTestId('coding-import-result').filter({ hasText: fileName });
    await row.getByLabel(`Passphrase of ${fileName}`).fill(passphrase);
    await row.getByRole('button', { name: 'Decrypt and import' }).click();
  }
}
