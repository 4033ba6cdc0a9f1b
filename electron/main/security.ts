import { app, type Session, type WebContents } from 'electron';
import { isAppUrl } from './app-origin.ts';
import { withCspHeader } from './csp.ts';
import { describeUrlForLog, isAllowedRequest } from './network-policy.ts';

/**
 * Session-wide rules (Electron security checklist): deny every permission, cancel every
 * request that is not ours, force our CSP on every response, no spell-check dictionary
 * downloads.
 */
export function hardenSession(ses: Session, log: (msg: string) => void): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`denied permission request: ${permission}`);
    callback(false);
  });
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // Chromium on Linux would fetch Hunspell dictionaries from a Google CDN.
  ses.setSpellCheckerEnabled(false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const cancel = !isAllowedRequest(details.url);
    if (cancel) log(`blocked request to ${describeUrlForLog(details.url)}`);
    callback({ cancel });
  });
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders) });
  });
}

/** Applied to every web contents the app ever creates, including ones we did not expect. */
export function hardenAllWebContents(log: (msg: string) => void): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    // The UI is a single page: it never navigates. Reload does not go through will-navigate.
    contents.on('will-navigate', (event, url) => {
      event.preventDefault();
      log(`blocked navigation to ${describeUrlForLog(url)}`);
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    // No new windows, no popups, no links opened anywhere (privacy: no web links at all).
    contents.setWindowOpenHandler(({ url }) => {
      log(`blocked window.open to ${describeUrlForLog(url)}`);
      return { action: 'deny' };
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
