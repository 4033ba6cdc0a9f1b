import { isAppUrl } from './app-origin.ts';

/** The identity of a frame, as plain data so the check runs without Electron. */
export interface FrameRef {
  processId: number;
  routingId: number;
  url: string;
  /** True when the frame has no parent (it is a top-level frame). */
  isTop: boolean;
}

/**
 * IPC is accepted only from the main window's own top frame while it shows our app://
 * page: not from subframes, other windows, or a page that navigated elsewhere.
 */
export function isTrustedSender(sender: FrameRef | null | undefined, mainFrame: FrameRef | null | undefined): boolean {
  if (!sender || !mainFrame) return false;
  if (!sender.isTop) return false;
  if (sender.processId !== mainFrame.processId || sender.routingId !== mainFrame.routingId) return false;
  return isAppUrl(sender.url);
}
