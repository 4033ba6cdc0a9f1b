import { describe, expect, it } from 'vitest';
import { describeUrlForLog, isAllowedRequest } from './network-policy.ts';

describe('isAllowedRequest', () => {
  it('allows our origin and in-memory URLs', () => {
    for (const url of [
      'app://attune/index.html',
      'app://attune/assets/a.js',
      'data:image/png;base64,AAAA',
      'blob:app://attune/1f2e',
    ]) {
      expect(isAllowedRequest(url), url).toBe(true);
    }
  });

  it('cancels anything that could leave the machine or read the disk', () => {
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:8080/api/x',
      'wss://example.org/socket',
      'ftp://example.org/f',
      'file:///etc/passwd',
      'app://evil/index.html',
      'mailto:someone@example.org',
      'garbage',
    ]) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
  });
});

describe('describeUrlForLog', () => {
  it('keeps the scheme and host but never the path or query', () => {
    expect(describeUrlForLog('https://evil.example:8443/steal?text=my%20mother%20was')).toBe(
      'https://evil.example:8443/…',
    );
    expect(describeUrlForLog('data:text/plain,secret')).toBe('data:…');
    expect(describeUrlForLog('::')).toBe('(unparseable URL)');
  });
});
