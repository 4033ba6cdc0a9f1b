import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/support/temp-dir.ts';
import { createServices, type Services } from '../services/services.ts';
import { startHttpHost, type HttpHost } from './http-host.ts';

/** Raw HTTP so tests can set Host/Origin headers that fetch() would not let us forge. */
function raw(host: HttpHost, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>(
    (resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: host.port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      if (opts.body !== undefined) req.write(opts.body);
      req.end();
    },
  );
}

describe('local HTTP host', () => {
  let dir: ReturnType<typeof tempDir>;
  let services: Services;
  let host: HttpHost;
  const api = (name: string, arg: unknown, headers: Record<string, string> = {}) =>
    raw(host, {
      method: 'POST',
      path: `/api/${name}`,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}`, ...headers },
      body: JSON.stringify(arg),
    });

  beforeEach(async () => {
    dir = tempDir();
    const ui = dir.file('ui');
    mkdirSync(ui);
    writeFileSync(dir.file('ui/index.html'), '<!doctype html><title>Attune</title>');
    writeFileSync(dir.file('secret.txt'), 'outside the UI folder');
    services = createServices({ dataDir: dir.file('data'), transport: 'http', version: 'test' });
    host = await startHttpHost({ dispatcher: services.dispatcher, staticDir: ui, events: services.events });
  });
  afterEach(async () => {
    await host.close();
    services.close();
    dir.remove();
  });

  it('listens on 127.0.0.1 only and prints a URL carrying a long random token', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.url).toBe(`${host.origin}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(40);
  });

  it('refuses API calls without the token (401) or with a wrong one (403), changing nothing', async () => {
    const missing = await raw(host, {
      method: 'POST',
      path: '/api/project-create',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path: dir.file('x.attune') }),
    });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { type: 'unauthorized' } });
    const wrong = await api(
      'project-create',
      { path: dir.file('x.attune') },
      { authorization: 'Bearer not-the-token' },
    );
    expect(wrong.status).toBe(403);
    expect((await api('project-get-current', {})).body).toBe('{"ok":true,"value":null}');
  });

  it('answers malformed calls with typed errors and matching status codes', async () => {
    expect((await api('no-such-method', {})).status).toBe(404);
    const bad = await api('coder-create', { name: '' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({
      ok: false,
      error: {
        type: 'validation',
        message: 'name: a coder needs a name',
        method: 'coder-create',
        issues: [{ path: 'name', message: 'a coder needs a name' }],
      },
    });
    const notJson = await raw(host, {
      method: 'POST',
      path: '/api/project-current',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).error.message).toBe('the request body is not valid JSON');
    const form = await raw(host, {
      method: 'POST',
      path: '/api/project-current',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${host.token}` },
      body: '{}',
    });
    expect(form.status).toBe(415);
    expect((await api('coder-list', {})).status).toBe(409); // no project open
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    expect((await raw(host, { path: '/', headers: { host: 'attacker.example:80' } })).status).toBe(403);
    expect((await api('project-get-current', {}, { origin: 'http://attacker.example' })).status).toBe(403);
    expect((await api('project-get-current', {}, { origin: host.origin })).status).toBe(200);
  });

  it('serves the UI with a strict CSP and never a file outside its folder', async () => {
    const page = await raw(host, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Attune</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("object-src 'none'");
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect((await raw(host, { path: '/../secret.txt' })).body).not.toContain('outside');
    const encoded = await raw(host, { path: '/%2e%2e/secret.txt' });
    expect(encoded.status).not.toBe(200);
    expect(encoded.body).not.toContain('outside');
    expect((await raw(host, { path: '/missing.js' })).status).toBe(404);
  });

  it('rejects an oversized body with 413', async () => {
    await host.close();
    host = await startHttpHost({ dispatcher: services.dispatcher, staticDir: dir.file('ui'), maxBodyBytes: 1024 });
    const r = await api('transcript-import-text', { fileName: 'big.txt', text: 'x'.repeat(5000) });
    expect(r.status).toBe(413);
  });
});

describe('local HTTP host: malformed request targets', () => {
  let dir: ReturnType<typeof tempDir>;
  let services: Services;
  let host: HttpHost;

  beforeEach(async () => {
    dir = tempDir();
    mkdirSync(dir.file('ui'));
    writeFileSync(dir.file('ui/index.html'), '<!doctype html><title>Attune</title>');
    services = createServices({ dataDir: dir.file('data'), transport: 'http', version: 'test' });
    host = await startHttpHost({ dispatcher: services.dispatcher, staticDir: dir.file('ui'), events: services.events });
  });
  afterEach(async () => {
    await host.close();
    services.close();
    dir.remove();
  });

  it('answers 400 to bad %-encodings and bracket targets, without the token, and keeps serving', async () => {
    for (const path of ['/%', '/%c0%af', '/assets/%ff', '/%00', '/%ed%a0%80']) {
      const r = await raw(host, { path });
      expect(r.status, path).toBe(400);
    }
    expect((await raw(host, { path: '//[' })).status).toBe(404);
    const api = await raw(host, {
      method: 'POST',
      path: '/api/%',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
      body: '{}',
    });
    expect(api.status).toBe(400);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { type: 'validation' } });
    expect((await raw(host, { path: '/' })).status).toBe(200);
  });
});
