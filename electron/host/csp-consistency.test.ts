import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY_META } from '../../shared/security/csp.ts';
import { REPO } from '../../tests/support/cli.ts';

describe('one Content-Security-Policy everywhere', () => {
  it("index.html's <meta> carries the header policy (less frame-ancestors, which a meta tag cannot set)", () => {
    const html = readFileSync(join(REPO, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta?.replace(/\s+/g, ' ').trim()).toBe(CONTENT_SECURITY_POLICY_META);
  });
});
