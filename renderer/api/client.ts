import type { ApiArg, ApiName, ApiValue } from '../../shared/api/index.ts';
import type { AttuneBridge } from '../../shared/api/bridge.ts';
import type { ApiErrorType, ApiIssue, ApiResult } from '../../shared/api/result.ts';

declare global {
  interface Window {
    /** Present only inside the Electron window (exposed by the preload). */
    attune?: AttuneBridge;
  }
}

/** 'network' is not an API error type: the host could not be reached at all. */
export type CallErrorType = ApiErrorType | 'network';

export class ApiCallError extends Error {
  constructor(
    readonly type: CallErrorType,
    message: string,
    /** The method called ('' when the host could not be reached). */
    readonly method = '',
    /** Validation errors: each argument problem with its field's path. */
    readonly issues: readonly ApiIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

const TOKEN_KEY = 'attune.token';

type Transport = (name: string, arg: unknown) => Promise<unknown>;

/**
 * The page was opened at http://127.0.0.1:PORT/?token=TOKEN. Read the token once, keep it for
 * reloads in sessionStorage (per tab, gone when the tab closes) and take it out of the address bar
 * so it is not left in history or shown on screen.
 */
function takeTokenFromLocation(): string {
  const url = new URL(window.location.href);
  const fromQuery = url.searchParams.get('token');
  if (fromQuery) {
    sessionStorage.setItem(TOKEN_KEY, fromQuery);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromQuery;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpTransport(): Transport {
  const token = takeTokenFromLocation();
  return async (name, arg) => {
    let response: Response;
    try {
      response = await fetch('/api/' + name, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
        body: JSON.stringify(arg ?? {}),
      });
    } catch {
      throw new ApiCallError('network', 'Attune’s local host is not reachable. Is `attune serve` still running?');
    }
    try {
      // The body is an ApiResult whatever the status code.
      return (await response.json()) as unknown;
    } catch {
      throw new ApiCallError('network', `The local host sent an unreadable answer (HTTP ${response.status}).`);
    }
  };
}

function pickTransport(): Transport {
  const bridge = typeof window !== 'undefined' ? window.attune : undefined;
  if (bridge && typeof bridge.invoke === 'function') return (name, arg) => bridge.invoke(name, arg);
  return httpTransport();
}

let transport: Transport | null = null;

function isApiResult(x: unknown): x is ApiResult<unknown> {
  return typeof x === 'object' && x !== null && typeof (x as { ok?: unknown }).ok === 'boolean';
}

/** The one way the UI talks to the app: a typed call that resolves with the value or throws ApiCallError. */
export async function send<N extends ApiName>(name: N, arg: ApiArg<N>): Promise<ApiValue<N>> {
  transport ??= pickTransport();
  const result = await transport(name, arg);
  if (!isApiResult(result)) throw new ApiCallError('internal', 'the host answered in an unexpected shape', name);
  if (!result.ok) throw new ApiCallError(result.error.type, result.error.message, name, result.error.issues ?? []);
  return result.value as ApiValue<N>;
}

/** A message fit for the UI from anything a call may throw. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

/**
 * For a form beside its one field: the field's own message ("a coder needs a name") when the host
 * named exactly one problem, else the whole message.
 */
export function fieldErrorMessage(e: unknown): string {
  if (e instanceof ApiCallError && e.issues.length === 1) return e.issues[0]!.message;
  return errorMessage(e);
}
