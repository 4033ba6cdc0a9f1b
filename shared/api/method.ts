import type { z } from 'zod';

/**
 * One API method: its argument schema and (as a type only) what it resolves with. Declared as
 * `takes(schema).returns<Value>()` so each method's schema sits beside its types, and callers,
 * handlers and the dispatcher all derive theirs from this one declaration.
 */
export interface Method<S extends z.ZodType, R> {
  readonly args: S;
  /** Never set: carries the value type for `ApiValue`. */
  readonly value?: R;
}

export function takes<S extends z.ZodType>(args: S): { returns<R>(): Method<S, R> } {
  return { returns: () => ({ args }) };
}
