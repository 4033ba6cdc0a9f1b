import type { DomainHandlers } from './types.ts';

export const settingsHandlers: DomainHandlers<'settings'> = {
  'settings-get': async (_, ctx) => ctx.visibleSettings(),
  'settings-update': async (patch, ctx) => {
    ctx.access.assertPrivileged('changing project settings');
    const next = ctx.project.updateSettings(patch);
    ctx.events.push({ type: 'project-changed' });
    return next;
  },
};
