import { expect, type Locator, type Page } from '@playwright/test';

type ViewName = 'Coding' | 'Agreement' | 'Review' | 'Consensus' | 'Training' | 'Study' | 'Project settings';

/** The views beside Coding: the header's tab bar and what each view shows. */
export class MultiCoderPage {
  readonly tabs: Locator;
  readonly main: Locator;
  readonly results: Locator;
  readonly disagreementList: Locator;
  readonly columns: Locator;

  constructor(readonly page: Page) {
    this.tabs = page.getByRole('tablist', { name: 'Views' });
    this.main = page.locator('main.mc-body');
    this.results = page.getByTestId('agreement-results');
    this.disagreementList = page.getByRole('list', { name: 'Disagreement list' });
    this.columns = page.getByTestId('review-columns');
  }

  tab(name: ViewName): Locator {
    return this.tabs.getByRole('tab', { name, exact: true });
  }

  async open(name: ViewName) {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  // ---------- Project settings ----------
  blindSwitch(): Locator {
    return this.page.getByRole('switch', { name: /Each coder sees only their own coding/ });
  }
  trainerSwitch(): Locator {
    return this.page.getByRole('switch', { name: /Trainees are marked against a key coder/ });
  }

  async revealCoding() {
    await this.page.getByRole('button', { name: 'Reveal coding…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Reveal all coding?' });
    await expect(dialog).toContainText('recorded in the project file');
    await dialog.getByRole('button', { name: 'Reveal coding' }).click();
    await expect(this.page.getByTestId('blind-state')).toContainText('Revealed.');
  }

  // ---------- Exchange ----------
  /** Export my coding (every coded transcript) and return the downloaded file's path. */
  async exportMyCoding(): Promise<{ path: string; name: string }> {
    await this.page.getByRole('button', { name: 'Export my coding…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Export my coding' });
    const download = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const d = await download;
    const path = await d.path();
    await expect(dialog.getByRole('status')).toContainText('Saved');
    await dialog.getByRole('button', { name: 'Done' }).click();
    return { path, name: d.suggestedFilename() };
  }

  async importCoding(files: Parameters<Locator['setInputFiles']>[0]) {
    await this.page.getByTestId('coding-import-input').setInputFiles(files);
  }

  /** On a refused file whose other transcripts match: the button that imports those alone. */
  async importMatching(label: string) {
    await this.importResults().getByRole('button', { name: label }).click();
  }

  importResults(): Locator {
    return this.page.getByTestId('coding-import-result');
  }

  /** Export only the chosen transcripts (by title). */
  async exportMyCodingOf(titles: string[]): Promise<{ path: string; name: string }> {
    await this.page.getByRole('button', { name: 'Export my coding…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Export my coding' });
    await dialog.getByRole('radio', { name: 'Only these:' }).check();
    const list = dialog.getByRole('list', { name: 'Transcripts to export' });
    for (const box of await list.getByRole('checkbox').all()) {
      const label = (await box.locator('xpath=..').textContent())?.trim() ?? '';
      if (titles.includes(label)) await box.check();
      else await box.uncheck();
    }
    const download = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const d = await download;
    const path = await d.path();
    await dialog.getByRole('button', { name: 'Done' }).click();
    return { path, name: d.suggestedFilename() };
  }

  // ---------- Dashboard ----------
  levelRow(level: string): Locator {
    return this.page
      .getByRole('table', { name: 'Classification agreement by level' })
      .locator(`tr[data-level="${level}"]`);
  }
  scaleRow(scaleId: string, target = 'transcript'): Locator {
    return this.page
      .getByRole('table', { name: 'Scale agreement' })
      .locator(`tr[data-scale="${scaleId}"][data-target="${target}"]`);
  }

  // ---------- Consensus: losses and traumas ----------
  /** One coder's column of events ('Consensus' for the consensus's own). */
  consensusEventColumn(coderName: string): Locator {
    return this.page.getByTestId(`cs-events-${coderName === 'Consensus' ? 'consensus' : coderName}`);
  }
  /** A consensus event's card, by its label ("Loss: grandmother (age 11)"). */
  consensusEvent(label: string): Locator {
    return this.page.getByRole('listitem', { name: `Consensus: ${label}`, exact: true });
  }

  /** Accept a coder's event (with its unresolved ratings) into the consensus, with a rationale. */
  async acceptConsensusEvent(coderName: string, label: string, rationale: string, again = false) {
    await this.page
      .getByRole('button', { name: `Accept ${coderName}’s ${label}${again ? ' again' : ''}`, exact: true })
      .click();
    await this.page.getByRole('textbox', { name: 'Rationale', exact: true }).fill(rationale);
    await this.page.getByRole('button', { name: 'Accept', exact: true }).click();
    await expect(this.consensusEvent(label)).toBeVisible();
  }

  /** Type a consensus event's value for one unresolved scale and leave the field (which saves it). */
  async setConsensusEventRating(label: string, scaleLabel: string, value: number) {
    const input = this.consensusEvent(label).getByRole('spinbutton', { name: `Consensus ${scaleLabel} (${label})` });
    await input.fill(String(value));
    await input.blur();
  }

  async removeConsensusEvent(label: string) {
    await this.consensusEvent(label)
      .getByRole('button', { name: `Remove ${label} from the consensus` })
      .click();
    await this.consensusEvent(label).getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(this.consensusEvent(label)).toHaveCount(0);
  }

  async compute() {
    await this.page.getByRole('button', { name: 'Compute' }).click();
    await expect(this.page.getByRole('button', { name: 'Compute' })).toBeEnabled({ timeout: 30_000 });
  }
}
