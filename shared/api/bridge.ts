/**
 * What the Electron preload exposes as `window.attune`: one function, nothing else.
 * `invoke` resolves with an ApiResult (see result.ts) for every call; it never rejects for
 * handler failures, only if the IPC channel itself is gone (window closing).
 */
export interface AttuneBridge {
  invoke(name: string, arg: unknown): Promise<unknown>;
}

/** The one IPC channel between preload and main. */
export const ATTUNE_INVOKE_CHANNEL = 'attune:invoke';
