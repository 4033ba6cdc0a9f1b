import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/support/temp-dir.ts';
import { createServices, type Services } from '../services/services.ts';
import { startHttpHost, type HttpHost } from './http-host.ts';

/** One request written byte for byte on a socket (no client library to tidy the target up), and the status. */
function rawRequest(port: number, bytes: Buffer): Promise<number | 'closed' | 'no-answer'> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.setTimeout(5_000, () => {
      socket.destroy();
      resolve('no-answer');
    });
    socket.on('data', (d) => (answer += d.toString('latin1')));
    socket.on('error', () => resolve('closed'));
    socket.on('close', () => {
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(answer);
      resolve(m ? Number(m[1]) : 'closed');
    });
    // Not end(): a half-closed socket may be dropped before the answer; `Connection: close` ends it instead.
    socket.write(bytes);
  });
}

const HEX = '0123456789abcdefABCDEFxz%';
/** Targets made of the characters that broke the host: %-escapes (valid, truncated, overlong UTF-8), brackets, slashes. */
const pieces = fc.oneof(
  fc.constantFrom('/', '//', '%', '%%', '%c0%af', '%ff', '%ed%a0%80', '%00', '[', ']', '..', '?', '#', '@', ':', '\\'),
  fc.constantFrom('api/', 'assets/', 'index.html', 'api/project-get-current', 'token='),
  fc.string({ unit: fc.constantFrom(...HEX), maxLength: 6 }).map((s) => `%${s}`),
  fc.string({ unit: 'grapheme', maxLength: 4 }).map((s) => encodeURI(s)),
  fc.string({ maxLength: 6 }),
);
const target = fc.oneof(
  fc.array(pieces, { maxLength: 8 }).map((a) => `/${a.join('')}`),
  fc.array(pieces, { maxLength: 6 }).map((a) => a.join('')),
  fc.constantFrom('//[', '*', 'http://[', 'http://127.0.0.1/%', 'http://x:99999/', ''),
);
const method = fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH', 'BREW', 'get');
const extraHeader = fc.oneof(
  fc.constantFrom(
    'Authorization: Bearer',
    'Authorization: Bearer %',
    'Authorization: Basic Zm9vOmJhcg==',
    'Content-Type: application/json',
    'Content-Type: application/json; charset=utf-16',
    'Content-Length: -1',
    'Content-Length: 99999999999999999999',
    'Transfer-Encoding: chunked',
    'Origin: null',
    'Origin: http://127.0.0.1:1',
    'Origin: %',
    'Cookie: a=%',
  ),
  fc
    .tuple(
      fc.string({ unit: fc.constantFrom(...'abcXYZ-_'), minLength: 1, maxLength: 10 }),
      fc.string({ maxLength: 20 }),
    )
    .map(([k, v]) => `${k}: ${v.replace(/[\r\n]/g, ' ')}`),
);

describe('local HTTP host under hostile requests (fuzz)', () => {
  let dir: ReturnType<typeof tempDir>;
  let services: Services;
  let host: HttpHost;

  beforeAll(async () => {
    dir = tempDir();
    mkdirSync(dir.file('ui/assets'), { recursive: true });
    writeFileSync(dir.file('ui/index.html'), '<!doctype html><title>Attune</title>');
    writeFileSync(dir.file('ui/assets/a.js'), 'export {}');
    services = createServices({ dataDir: dir.file('data'), transport: 'http', version: 'test' });
    host = await startHttpHost({ dispatcher: services.dispatcher, staticDir: dir.file('ui'), events: services.events });
  });
  afterAll(async () => {
    await host.close();
    services.close();
    dir.remove();
  });

  const healthy = async () => {
    const r = await fetch(`${host.origin}/api/project-get-current`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
      body: '{}',
    });
    return r.status;
  };

  it('answers every malformed target, %-encoding, header and method with a status (never 5xx for a bad path) and keeps serving', async () => {
    await fc.assert(
      fc.asyncProperty(
        method,
        target,
        fc.array(extraHeader, { maxLength: 4 }),
        fc.boolean(),
        async (m, t, headers, withToken) => {
          const lines = [`${m} ${t} HTTP/1.1`, `Host: 127.0.0.1:${host.port}`, 'Connection: close', ...headers];
          if (withToken) lines.push(`Authorization: Bearer ${host.token}`);
          const status = await rawRequest(host.port, Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'));
          // A request the HTTP parser itself rejects may be closed without an answer; a printable one gets one.
          if (/^[\x21-\x7e]+$/.test(t) && headers.every((h) => /^[\x20-\x7e]*$/.test(h)))
            expect(status, `${m} ${t}`).not.toBe('closed');
          expect(status, `${m} ${t}`).not.toBe('no-answer');
          if (typeof status === 'number') {
            expect(status).toBeGreaterThanOrEqual(200);
            expect(status).toBeLessThan(600);
            if (/^\/?api\//.test(t) === false && /%/.test(t)) expect(status).not.toBe(500);
          }
        },
      ),
      // Bounded in count and in time so `npm test` stays quick on a loaded machine.
      { numRuns: 300, interruptAfterTimeLimit: 20_000, seed: Date.now() % 2 ** 31 },
    );
    expect(await healthy()).toBe(200);
  });

  it('survives raw bytes that are not HTTP at all', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 200 }), async (bytes) => {
        await rawRequest(host.port, Buffer.concat([Buffer.from(bytes), Buffer.from('\r\n\r\n')]));
      }),
      { numRuns: 60, interruptAfterTimeLimit: 10_000 },
    );
    expect(await healthy()).toBe(200);
  });
});
