import { describe, expect, it } from 'vitest';
import { isTrustedSender, type FrameRef } from './sender-check.ts';

const main: FrameRef = { processId: 7, routingId: 1, url: 'app://attune/index.html', isTop: true };

describe('isTrustedSender', () => {
  it("accepts the main window's top frame on our origin", () => {
    expect(isTrustedSender({ ...main }, main)).toBe(true);
    expect(isTrustedSender({ ...main, url: 'app://attune/index.html#/project' }, main)).toBe(true);
  });

  it('rejects subframes, other frames and other windows', () => {
    expect(isTrustedSender({ ...main, isTop: false }, main)).toBe(false);
    expect(isTrustedSender({ ...main, routingId: 2 }, main)).toBe(false);
    expect(isTrustedSender({ ...main, processId: 8 }, main)).toBe(false);
  });

  it('rejects the right frame once it shows anything but our origin', () => {
    expect(isTrustedSender({ ...main, url: 'https://example.org/' }, main)).toBe(false);
    expect(isTrustedSender({ ...main, url: 'file:///tmp/x.html' }, main)).toBe(false);
    expect(isTrustedSender({ ...main, url: 'app://attune.evil/' }, main)).toBe(false);
    expect(isTrustedSender({ ...main, url: 'about:blank' }, main)).toBe(false);
  });

  it('rejects when either frame is gone (window closed, frame destroyed)', () => {
    expect(isTrustedSender(null, main)).toBe(false);
    expect(isTrustedSender(main, null)).toBe(false);
    expect(isTrustedSender(undefined, undefined)).toBe(false);
  });
});
