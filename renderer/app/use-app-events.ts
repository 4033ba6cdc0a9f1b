import { useEffect, useRef } from 'react';
import type { AppEvent } from '../../shared/api/app.ts';
import { send } from '../api/client.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Long-poll the host for menu commands and project changes. Starts after the events already
 * queued (so an old menu click is not replayed on reload), stops on unmount, backs off on errors.
 */
export function useAppEvents(onEvent: (event: AppEvent) => void): void {
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });

  useEffect(() => {
    let stopped = false;
    void (async () => {
      let after = 0;
      let delay = 1000;
      let caughtUp = false;
      while (!stopped) {
        try {
          const next = await send('app-wait-event', { after, timeoutMs: caughtUp ? 25_000 : 0 });
          if (stopped) break;
          delay = 1000;
          if (!next) {
            caughtUp = true;
            continue;
          }
          after = next.seq;
          if (caughtUp) handler.current(next.event);
        } catch {
          if (stopped) break;
          await sleep(delay);
          delay = Math.min(delay * 2, 30_000);
        }
      }
    })();
    return () => {
      stopped = true;
    };
  }, []);
}
