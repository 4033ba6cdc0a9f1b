import { app } from 'electron';

const PRIVACY_NOTE =
  'A local-only workbench for coding Adult Attachment Interview transcripts.\n\n' +
  'Everything stays on this computer: Attune makes no network connections, sends no ' +
  'telemetry or crash reports, and has no update check.';

/**
 * Help ▸ About shows the UI's own dialog (a 'menu' event); this fills the native about panel
 * the OS may show (macOS app menu, Linux) with the same local text and no website link.
 */
export function setAboutPanel(version: string): void {
  app.setAboutPanelOptions({
    applicationName: 'Attune',
    applicationVersion: version,
    version: `Electron ${process.versions.electron}`,
    credits: PRIVACY_NOTE,
    copyright: '',
  });
}
