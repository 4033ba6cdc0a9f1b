import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp.ts';

export { CONTENT_SECURITY_POLICY };

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
