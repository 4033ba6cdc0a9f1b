import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, withCspHeader } from './csp.ts';

describe('CONTENT_SECURITY_POLICY', () => {
  it('has every directive the security checklist requires, and nothing that loosens scripts', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data:",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
      'form-action': "'none'",
    });
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});

describe('withCspHeader', () => {
  it('adds the policy and keeps other headers as arrays', () => {
    expect(withCspHeader({ 'Content-Type': 'text/html', 'X-A': ['1', '2'] })).toEqual({
      'Content-Type': ['text/html'],
      'X-A': ['1', '2'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });

  it('replaces any existing policy whatever its letter case, including report-only', () => {
    const out = withCspHeader({
      'content-security-policy': 'default-src *',
      'CONTENT-SECURITY-POLICY-REPORT-ONLY': ['script-src *'],
    });
    expect(out).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('works when the response had no headers', () => {
    expect(withCspHeader(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});
