import { ipcMain, type BrowserWindow, type WebFrameMain } from 'electron';
import type { ApiResult } from '../../shared/api/result.ts';
import { ATTUNE_INVOKE_CHANNEL } from '../../shared/api/bridge.ts';
import type { Dispatcher } from '../services/dispatcher.ts';
import { isTrustedSender, type FrameRef } from './sender-check.ts';

function frameRef(frame: WebFrameMain | null | undefined): FrameRef | null {
  // A frame that navigated away or was destroyed throws on property access.
  try {
    if (!frame || frame.isDestroyed()) return null;
    return { processId: frame.processId, routingId: frame.routingId, url: frame.url, isTop: frame.parent === null };
  } catch {
    return null;
  }
}

const unauthorized = (method: unknown): ApiResult<never> => ({
  ok: false,
  error: {
    type: 'unauthorized',
    message: 'calls are accepted only from the Attune window',
    method: typeof method === 'string' ? method.slice(0, 100) : '',
  },
});

/**
 * The single IPC entry point. The sender is checked on every call (not just at load) so a
 * frame that navigated elsewhere, a subframe or another window gets nothing.
 */
export function registerInvokeHandler(
  getMainWindow: () => BrowserWindow | null,
  dispatcher: Dispatcher,
  log: (msg: string) => void,
): void {
  ipcMain.handle(ATTUNE_INVOKE_CHANNEL, async (event, name: unknown, arg: unknown): Promise<ApiResult<unknown>> => {
    const win = getMainWindow();
    const trusted =
      win !== null &&
      !win.isDestroyed() &&
      event.sender === win.webContents &&
      isTrustedSender(frameRef(event.senderFrame), frameRef(win.webContents.mainFrame));
    if (!trusted) {
      log(`refused IPC call ${typeof name === 'string' ? name.slice(0, 60) : '(no name)'} from an untrusted sender`);
      return unauthorized(name);
    }
    if (typeof name !== 'string')
      return { ok: false, error: { type: 'validation', message: 'the method name must be a string', method: '' } };
    return dispatcher.dispatch(name, arg);
  });
}
