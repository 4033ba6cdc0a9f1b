import fs from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { APP_SCHEME, mimeTypeFor, resolveAppAsset } from './app-origin.ts';
import { CONTENT_SECURITY_POLICY } from './csp.ts';

/** Must run before app 'ready': privileges cannot be granted later. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: a real origin for 'self' and relative URLs; secure: treated like https;
      // corsEnabled/supportFetchAPI: Vite's module scripts load with CORS semantics.
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

const BASE_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

/** Serves dist/renderer (read-only, GET only) on app://attune/ for this session. */
export function serveAppProtocol(ses: Session, rendererDir: string): void {
  ses.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('method not allowed', { status: 405, headers: BASE_HEADERS });
    }
    const file = resolveAppAsset(request.url, rendererDir);
    if (!file) return new Response('not found', { status: 404, headers: BASE_HEADERS });
    let body: Buffer;
    try {
      body = await fs.readFile(file);
    } catch {
      return new Response('not found', { status: 404, headers: BASE_HEADERS });
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...BASE_HEADERS, 'Content-Type': mimeTypeFor(file) },
    });
  });
}
