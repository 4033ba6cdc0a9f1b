import type { DomainHandlers } from './types.ts';

export const appHandlers: DomainHandlers<'app'> = {
  'app-wait-event': async ({ after, timeoutMs }, ctx) => ctx.events.next(after, timeoutMs),
  'app-get-info': async (_, ctx) => ({ version: ctx.version, transport: ctx.state.transport }),
};
