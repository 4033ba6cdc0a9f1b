import { describe, expect, it } from 'vitest';
import { engineInUse, warmUpEngine } from './engine-warm-up.ts';

describe('the engine warm-up', () => {
  it('gives way to a computation that starts meanwhile, quietly, and does not start again', async () => {
    let paused = 0;
    const tick = setInterval(() => paused++, 1);
    const running = warmUpEngine();
    await new Promise((r) => setTimeout(r, 5));
    engineInUse();
    await expect(running).resolves.toBeUndefined();
    clearInterval(tick);
    // It paused for the event loop while it ran (timers fired), and once given way it is not run again.
    expect(paused).toBeGreaterThan(0);
    await expect(warmUpEngine()).resolves.toBeUndefined();
  });
});
