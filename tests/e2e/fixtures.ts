import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { startHost, tempDir, type Host } from './helpers/host.ts';

interface Fixtures {
  /** A fresh temporary folder for this test (project files, host data dir). */
  tmp: string;
  /** Start a real `attune serve` (optionally on a project); every host started is stopped after the test. */
  launchHost: (project?: string) => Promise<Host>;
  /** The first host of the test, serving no project: the UI creates or opens one. */
  host: Host;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  tmp: async ({}, use) => {
    const dir = tempDir('attune-e2e-');
    await use(dir.path);
    dir.cleanup();
  },
  launchHost: async ({ tmp }, use, testInfo) => {
    const hosts: Host[] = [];
    await use(async (project?: string) => {
      // One data dir per test, shared by its hosts: a restarted host sees the same recent list.
      const host = await startHost({ dataDir: join(tmp, 'data'), ...(project ? { project } : {}) });
      hosts.push(host);
      return host;
    });
    for (const [i, h] of hosts.entries()) {
      if (testInfo.status !== testInfo.expectedStatus)
        await testInfo.attach(`host-${i + 1}-stderr.txt`, { body: h.stderr(), contentType: 'text/plain' });
      await h.stop();
    }
  },
  host: async ({ launchHost }, use) => {
    await use(await launchHost());
  },
});

export { expect } from '@playwright/test';
