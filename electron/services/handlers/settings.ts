import { recordAudit } from '../audit.ts';
import type { DomainHandlers } from './types.ts';

export const settingsHandlers: DomainHandlers<'settings'> = {
  'settings-get': async (_, ctx) => ctx.visibleSettings(),
  'settings-update': async (patch, ctx) => {
    ctx.access.assertPrivileged('changing project settings');
    const store = ctx.project;
    const next = store.db.transaction(() => {
      const before = store.settings();
      const after = store.updateSettings(patch);
      // Revealing the whole project is a decision a published figure depends on: logged with the change.
      if (after.blindMode && after.revealed && !(before.blindMode && before.revealed))
        recordAudit(store.db, {
          action: 'reveal',
          actorId: ctx.access.coder?.id ?? null,
          detail: { scope: 'project' },
        });
      return after;
    });
    ctx.events.push({ type: 'project-changed' });
    return next;
  },
};
