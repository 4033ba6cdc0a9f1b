import { app, dialog, type BrowserWindow } from 'electron';

const PRIVACY_NOTE =
  'A local-only workbench for coding Adult Attachment Interview transcripts.\n\n' +
  'Everything stays on this computer: Attune makes no network connections, sends no ' +
  'telemetry or crash reports, and has no update check.';

/** The native about panel (macOS/Linux app-menu role) gets the same local text. */
export function setAboutPanel(version: string): void {
  app.setAboutPanelOptions({
    applicationName: 'Attune',
    applicationVersion: version,
    version: `Electron ${process.versions.electron}`,
    credits: PRIVACY_NOTE,
    copyright: '',
  });
}

/** Help ▸ About: a local message box on every platform, no links. */
export async function showAbout(parent: BrowserWindow | null, version: string): Promise<void> {
  const options = {
    type: 'info' as const,
    title: 'About Attune',
    message: `Attune ${version}`,
    detail: `${PRIVACY_NOTE}\n\nElectron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
    buttons: ['OK'],
    noLink: true,
  };
  await (parent && !parent.isDestroyed() ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}
