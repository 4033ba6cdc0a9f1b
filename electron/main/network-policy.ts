import { isAppUrl } from './app-origin.ts';

/**
 * Requests the renderer may make: our own app:// origin and in-memory data, plus the
 * devtools' internal schemes. Everything else (http, https, ws, file, ftp, other custom
 * schemes) is cancelled, so a bug or injected markup cannot send transcript text anywhere.
 */
export function isAllowedRequest(url: string): boolean {
  if (isAppUrl(url)) return true;
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return false;
  }
  return protocol === 'data:' || protocol === 'blob:' || protocol === 'devtools:';
}

/**
 * Only the scheme and host go to the log: a blocked URL's path or query could carry
 * transcript text (that is exactly what an exfiltration attempt would look like).
 */
export function describeUrlForLog(url: string): string {
  try {
    const u = new URL(url);
    return u.host ? `${u.protocol}//${u.host}/…` : `${u.protocol}…`;
  } catch {
    return '(unparseable URL)';
  }
}
