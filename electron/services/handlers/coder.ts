import { roleForNewCoder, setCoderRole } from '../roles.ts';
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
};
