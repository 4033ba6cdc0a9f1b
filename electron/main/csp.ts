/**
 * The renderer's Content-Security-Policy. The same string is sent as a response header by
 * the app:// protocol and by session.webRequest, and the renderer's index.html carries it
 * as a <meta>, so no single layer is load-bearing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

export type ResponseHeaders = Record<string, string | string[]>;

/**
 * Returns response headers with ours as the only CSP. Any CSP already present (any letter
 * case) is dropped rather than merged: two policies would both apply and ours must win.
 */
export function withCspHeader(headers: ResponseHeaders | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'content-security-policy' || lower === 'content-security-policy-report-only') continue;
    out[name] = Array.isArray(value) ? value : [value];
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return out;
}
