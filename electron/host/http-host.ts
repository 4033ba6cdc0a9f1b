import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { ApiErrorType, ApiResult } from '../../shared/api/result.ts';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp.ts';
import type { AppEventBus } from '../services/app-events.ts';
import type { Dispatcher } from '../services/dispatcher.ts';

export interface HttpHost {
  /** Full URL to open, token included. */
  url: string;
  origin: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export interface HttpHostOptions {
  dispatcher: Dispatcher;
  staticDir: string;
  port?: number;
  token?: string;
  events?: AppEventBus;
  /** Largest accepted request body; a 5 MB transcript as JSON fits with room. */
  maxBodyBytes?: number;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

const STATUS: Record<ApiErrorType, number> = {
  validation: 400,
  'unknown-method': 404,
  unauthorized: 401,
  'no-project': 409,
  'not-found': 404,
  conflict: 409,
  refused: 409,
  passphrase: 403,
  io: 500,
  'read-only': 409,
  'disk-full': 507,
  busy: 503,
  internal: 500,
};

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

function sendJson(res: ServerResponse, status: number, body: ApiResult<unknown>): void {
  const data = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(data);
}

function fail(res: ServerResponse, status: number, type: ApiErrorType, message: string, method: string): void {
  sendJson(res, status, { ok: false, error: { type, message, method } });
}

const sizeText = (bytes: number) =>
  bytes >= 1 << 20 ? `${Math.round(bytes / (1 << 20))} MB` : `${Math.round(bytes / 1024)} KB`;

function tokenMatches(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        // Stop buffering but keep draining, so the client still receives our 413.
        req.off('data', onData);
        req.resume();
        resolve('too-large');
      } else chunks.push(c);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function badRequest(res: ServerResponse, message: string): void {
  res.writeHead(400, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end(message);
}

/**
 * The path of a request target, without query or fragment, still %-encoded; null when the target is
 * neither origin-form (`/path?query`) nor an absolute `http://` URL (RFC 9112 §3.2).
 */
export function requestPath(target: string): string | null {
  let path = target;
  if (!path.startsWith('/')) {
    if (!/^http:\/\//i.test(path)) return null;
    try {
      path = new URL(path).pathname;
    } catch {
      return null;
    }
  }
  const cut = path.search(/[?#]/);
  return cut === -1 ? path : path.slice(0, cut);
}

/** %-decoded path, or null for malformed %-encoding, invalid UTF-8 or a NUL (no file name holds one). */
export function decodePath(path: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  return decoded.includes('\0') ? null : decoded;
}

/** `pathname` is already %-decoded (and holds no NUL). */
function serveStatic(staticDir: string, res: ServerResponse, pathname: string, headOnly: boolean): void {
  const rel = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = normalize(staticDir + sep);
  const file = normalize(join(root, rel));
  if (!file.startsWith(root)) {
    res.writeHead(403, SECURITY_HEADERS).end('forbidden');
    return;
  }
  if (!existsSync(file) || !statSync(file).isFile()) {
    if (rel === 'index.html') {
      res
        .writeHead(503, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
        .end('The Attune UI is not built yet: run `npm run build`.');
    } else res.writeHead(404, SECURITY_HEADERS).end('not found');
    return;
  }
  const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    // Hashed asset names can be cached; the page itself must always be fresh.
    'Cache-Control': rel === 'index.html' ? 'no-store' : 'no-cache',
  });
  if (headOnly) res.end();
  else
    createReadStream(file)
      // A file that vanished or became unreadable after the check: end this response, keep the host.
      .on('error', () => res.destroy())
      .pipe(res);
}

/**
 * The local host for the browser UI and scripted tests: the same dispatcher as Electron's IPC,
 * bound to 127.0.0.1 only, every API call gated by a per-launch token.
 */
export async function startHttpHost(opts: HttpHostOptions): Promise<HttpHost> {
  const token = opts.token ?? randomBytes(32).toString('base64url');
  const limit = opts.maxBodyBytes ?? 64 * 1024 * 1024;
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const server = createServer((req, res) => {
    // Nothing a request carries may stop the host: any unexpected failure answers 500 and the host goes on.
    try {
      route(req, res);
    } catch (e) {
      if (!res.headersSent) fail(res, 500, 'internal', e instanceof Error ? e.message : String(e), '');
      else res.destroy();
    }
  });

  function route(req: IncomingMessage, res: ServerResponse): void {
    // Host check defeats DNS rebinding: a foreign page resolving its name to 127.0.0.1 is refused.
    if (!req.headers.host || !allowedHosts().has(req.headers.host.toLowerCase())) {
      res.writeHead(403, SECURITY_HEADERS).end('forbidden host');
      return;
    }
    const path = requestPath(req.url ?? '/');
    if (path === null) {
      badRequest(res, 'the request target is not a valid path');
      return;
    }
    if (path.startsWith('/api/')) {
      const method = decodePath(path.slice('/api/'.length));
      if (method === null) return fail(res, 400, 'validation', 'the method name is not valid %-encoding', '');
      void handleApi(req, res, method);
    } else if (req.method === 'GET' || req.method === 'HEAD') {
      const decoded = decodePath(path);
      if (decoded === null) badRequest(res, 'the path is not valid %-encoding');
      else serveStatic(opts.staticDir, res, decoded, req.method === 'HEAD');
    } else {
      res.writeHead(405, SECURITY_HEADERS).end('method not allowed');
    }
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    try {
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, '').toLowerCase())) {
        return fail(res, 403, 'unauthorized', 'cross-origin API calls are refused', method);
      }
      const auth = req.headers.authorization;
      if (!auth || !auth.startsWith('Bearer '))
        return fail(res, 401, 'unauthorized', 'missing token: open the URL that `attune serve` printed', method);
      if (!tokenMatches(auth.slice('Bearer '.length).trim(), token))
        return fail(res, 403, 'unauthorized', 'wrong token', method);
      if (req.method !== 'POST') return fail(res, 405, 'validation', 'API calls use POST', method);
      if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json'))
        return fail(res, 415, 'validation', 'API calls send JSON (content-type: application/json)', method);
      if (Number(req.headers['content-length'] ?? 0) > limit) {
        res.setHeader('Connection', 'close');
        return fail(res, 413, 'validation', `request body over ${sizeText(limit)}`, method);
      }
      const body = await readBody(req, limit);
      if (body === 'too-large') {
        res.setHeader('Connection', 'close');
        return fail(res, 413, 'validation', `request body over ${sizeText(limit)}`, method);
      }
      let arg: unknown = {};
      if (body.length > 0) {
        try {
          arg = JSON.parse(body.toString('utf8'));
        } catch {
          return fail(res, 400, 'validation', 'the request body is not valid JSON', method);
        }
      }
      const result = await opts.dispatcher.dispatch(method, arg);
      sendJson(res, result.ok ? 200 : STATUS[result.error.type], result);
    } catch (e) {
      if (!res.headersSent) fail(res, 500, 'internal', e instanceof Error ? e.message : String(e), method);
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        opts.events?.closeAll();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
