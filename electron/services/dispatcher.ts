import type { z } from 'zod';
import { api, isApiName } from '../../shared/api/index.ts';
import type { ApiIssue, ApiResult } from '../../shared/api/result.ts';
import type { ServiceContext } from './context.ts';
import type { Handlers } from './handlers/types.ts';
import { storageError } from './db/storage-errors.ts';
import { ServiceError } from './service-error.ts';

export interface Dispatcher {
  /** Validate and run one call. Never throws: every failure is a typed error result. */
  dispatch(name: string, arg: unknown): Promise<ApiResult<unknown>>;
}

export function zodIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

export function formatZodError(error: z.ZodError): string {
  return zodIssues(error)
    .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
    .join('; ');
}

/**
 * The single entry point both transports (Electron IPC and the local HTTP host) call, so validation
 * and error shaping cannot differ between them. Each call gets a fresh context from `contextFor`.
 */
export function createDispatcher(
  handlers: Handlers,
  contextFor: () => ServiceContext,
  log: (msg: string) => void = () => {},
  /** The open project's file name for storage messages (none open: "the project file"). */
  projectFileName: () => string | null = () => null,
): Dispatcher {
  return {
    async dispatch(method, arg) {
      if (!isApiName(method))
        return { ok: false, error: { type: 'unknown-method', message: `unknown method "${method}"`, method } };
      const parsed = (api[method].args as z.ZodType).safeParse(arg ?? {});
      if (!parsed.success) {
        const issues = zodIssues(parsed.error);
        return { ok: false, error: { type: 'validation', message: formatZodError(parsed.error), method, issues } };
      }
      try {
        const handler = handlers[method] as (a: unknown, ctx: ServiceContext) => Promise<unknown>;
        const value = await handler(parsed.data, contextFor());
        return { ok: true, value: value === undefined ? null : value };
      } catch (e) {
        if (e instanceof ServiceError)
          return {
            ok: false,
            error: { type: e.type, message: e.message, method, ...(e.issues ? { issues: e.issues } : {}) },
          };
        const storage = storageError(e, projectFileName() ?? 'the project file');
        if (storage) return { ok: false, error: { type: storage.type, message: storage.message, method } };
        // Unexpected: log the detail locally, show the user a message without a stack.
        log(`${method} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        const message = e instanceof Error ? e.message : String(e);
        return { ok: false, error: { type: 'internal', message, method } };
      }
    },
  };
}
