/**
 * The renderer's Content-Security-Policy, one string for every place that sends it: the Electron
 * app:// protocol and session headers, the local HTTP host, and index.html's <meta>.
 * Only our own scripts; no remote anything (transcripts must never leave the machine).
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

/** The same policy for a <meta> tag: browsers ignore (and warn about) frame-ancestors there. */
export const CONTENT_SECURITY_POLICY_META = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ');
