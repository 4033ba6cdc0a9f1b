import type { SessionInfo } from '../../../shared/api/session.ts';
import type { ServiceContext } from '../context.ts';
import type { DomainHandlers } from './types.ts';

const session = (ctx: ServiceContext): SessionInfo => ({ coder: ctx.access.coder, settings: ctx.visibleSettings() });

export const sessionHandlers: DomainHandlers<'session'> = {
  'session-get': async (_, ctx) => session(ctx),
  'session-set-coder': async ({ coderId }, ctx) => {
    ctx.actAs(coderId);
    return session(ctx);
  },
};
