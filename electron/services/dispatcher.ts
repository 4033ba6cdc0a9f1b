import type { z } from 'zod';
import { apiSchemas, isApiName, type ApiHandlers, type ApiName } from '../../shared/api/index.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import { ServiceError } from './service-error.ts';

export interface Dispatcher {
  /** Validate and run one call. Never throws: every failure is a typed error result. */
  dispatch(name: string, arg: unknown): Promise<ApiResult<unknown>>;
}

export function formatZodError(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

/**
 * The single entry point both transports (Electron IPC and the local HTTP host) call,
 * so validation and error shaping cannot differ between them.
 */
export function createDispatcher(handlers: ApiHandlers, log: (msg: string) => void = () => {}): Dispatcher {
  return {
    async dispatch(name, arg) {
      if (!isApiName(name))
        return { ok: false, error: { type: 'unknown-method', message: `unknown method "${name}"` } };
      const parsed = (apiSchemas[name] as z.ZodType).safeParse(arg ?? {});
      if (!parsed.success)
        return { ok: false, error: { type: 'validation', message: `${name}: ${formatZodError(parsed.error)}` } };
      try {
        const handler = handlers[name] as (a: unknown) => Promise<unknown>;
        const value = await handler(parsed.data);
        return { ok: true, value: value === undefined ? null : value };
      } catch (e) {
        if (e instanceof ServiceError) return { ok: false, error: { type: e.type, message: e.message } };
        // Unexpected: log the detail locally, show the user a message without a stack.
        log(`${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        return {
          ok: false,
          error: { type: 'internal', message: `${name} failed: ${e instanceof Error ? e.message : String(e)}` },
        };
      }
    },
  };
}

export type { ApiName };
