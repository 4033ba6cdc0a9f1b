import type { Page } from '@playwright/test';

export type RawResult = { ok: true; value: unknown } | { ok: false; error: { type: string; message: string } };

/**
 * Call the API from inside the page, with the token the page itself holds (sessionStorage), exactly
 * as the UI would: for checking that what the UI hides is refused over the API too.
 */
export function pageApi(page: Page, name: string, arg: unknown = {}): Promise<RawResult> {
  return page.evaluate(
    async ([n, a]) => {
      const token = sessionStorage.getItem('attune.token') ?? '';
      const r = await fetch('/api/' + n, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
        body: JSON.stringify(a),
      });
      return (await r.json()) as RawResult;
    },
    [name, arg] as const,
  );
}
