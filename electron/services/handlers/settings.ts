import { recordAudit } from '../audit.ts';
import type { DomainHandlers } from './types.ts';

export const settingsHandlers: DomainHandlers<'settings'> = {
  'settings-get': async (_, ctx) => ctx.visibleSettings(),
  'settings-update': async (patch, ctx) => {
    ctx.access.assertPrivileged('changing project settings');
    const store = ctx.project;
    const next = store.db.transaction(() => {
      const wasRevealed = store.settings().revealed;
      const updated = store.updateSettings(patch);
      // The project-wide reveal (and hiding again) is a decision behind every published figure.
      if (updated.revealed !== wasRevealed)
        recordAudit(store.db, {
          action: 'reveal',
          actorId: ctx.access.coder?.id ?? null,
          subjectId: null,
          detail: { scope: 'project', revealed: String(updated.revealed) },
        });
      return updated;
    });
    ctx.events.push({ type: 'project-changed' });
    return next;
  },
};
