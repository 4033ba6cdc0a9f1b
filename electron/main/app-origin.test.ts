import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, isAppUrl, mimeTypeFor, resolveAppAsset } from './app-origin.ts';

const root = path.resolve('/opt/attune/dist/renderer');

describe('isAppUrl', () => {
  it('accepts our origin only', () => {
    expect(isAppUrl(APP_INDEX_URL)).toBe(true);
    expect(isAppUrl('app://attune/assets/x.js?v=1#h')).toBe(true);
    expect(isAppUrl('app://attune.evil/index.html')).toBe(false);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('app://user:pw@attune/index.html')).toBe(false);
    expect(isAppUrl('https://attune/index.html')).toBe(false);
    expect(isAppUrl('file:///opt/attune/dist/renderer/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl('')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });
});

describe('resolveAppAsset', () => {
  it('maps the root and files to paths inside the renderer directory', () => {
    expect(resolveAppAsset('app://attune/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset('app://attune/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset('app://attune/assets/index-abc.js?x=1', root)).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppAsset('app://attune/assets/a%20b.css', root)).toBe(path.join(root, 'assets', 'a b.css'));
  });

  it('never resolves outside the renderer directory', () => {
    const hostile = [
      'app://attune/../../etc/passwd',
      'app://attune/%2e%2e/%2e%2e/etc/passwd',
      'app://attune/assets/..%2f..%2f..%2fsecret',
      'app://attune/..%5c..%5csecret',
      'app://attune/a%00.html',
      'app://attune/%E0%A4%A',
      'app://attune/%2F%2Fetc/passwd',
    ];
    for (const url of hostile) {
      const file = resolveAppAsset(url, root);
      if (file !== null) expect(file.startsWith(root + path.sep), `${url} -> ${file}`).toBe(true);
    }
    // Encoded separators, backslashes, NUL and malformed escapes are refused outright.
    expect(resolveAppAsset('app://attune/assets/..%2f..%2f..%2fsecret', root)).toBeNull();
    expect(resolveAppAsset('app://attune/..%5c..%5csecret', root)).toBeNull();
    expect(resolveAppAsset('app://attune/a%00.html', root)).toBeNull();
    expect(resolveAppAsset('app://attune/%E0%A4%A', root)).toBeNull();
  });

  it('refuses other origins', () => {
    expect(resolveAppAsset('app://evil/index.html', root)).toBeNull();
    expect(resolveAppAsset('file:///etc/passwd', root)).toBeNull();
  });
});

describe('mimeTypeFor', () => {
  it('knows what Vite emits and falls back to an opaque type', () => {
    expect(mimeTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/x/a.bin')).toBe('application/octet-stream');
  });
});
