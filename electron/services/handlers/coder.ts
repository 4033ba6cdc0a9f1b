import type { DomainHandlers } from './types.ts';

export const coderHandlers: DomainHandlers<'coder'> = {
  'coder-list': async (_, ctx) => ctx.project.listCoders(),
  'coder-create': async ({ name, role }, ctx) => {
    if (role === 'consensus' && ctx.access.coder) ctx.access.assertPrivileged('creating a consensus record');
    return ctx.project.createCoder(name, role);
  },
};
