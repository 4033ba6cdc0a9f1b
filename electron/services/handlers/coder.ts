import { roleForNewCoder, setCoderRole } from '../roles.ts';
import { assertMayWithdraw, coderWithdrawal, deleteCoder } from '../withdrawal.ts';
import type { DomainHandlers } from './types.ts';

export const coderHandlers: DomainHandlers<'coder'> = {
  'coder-list': async (_, ctx) => ctx.project.listCoders(),
  // One transaction: two windows adding a project's first coder at once cannot both make a lead.
  'coder-create': async ({ name, role }, ctx) =>
    ctx.project.db.transaction(() => ctx.project.createCoder(name, roleForNewCoder(ctx.project, ctx.access, role))),
  'coder-set-role': async ({ coderId, role }, ctx) => {
    const coder = setCoderRole(ctx.project, ctx.access, coderId, role);
    ctx.events.push({ type: 'project-changed' });
    return coder;
  },
  'coder-get-withdrawal': async ({ id }, ctx) => {
    assertMayWithdraw(ctx.access, 'a coder');
    return coderWithdrawal(ctx.project, id);
  },
  'coder-delete': async (a, ctx) => {
    assertMayWithdraw(ctx.access, 'a coder');
    const done = deleteCoder(ctx.project, ctx.access.coder, a);
    ctx.events.push({ type: 'project-changed' });
    return done;
  },
};
