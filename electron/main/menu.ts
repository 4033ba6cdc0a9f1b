import { Menu } from 'electron';
import type { Dispatcher } from '../services/dispatcher.ts';
import { buildMenuTemplate, type MenuActions } from './menu-template.ts';

export interface AppMenu {
  /** Re-reads the recent projects and installs a fresh application menu. */
  rebuild(): Promise<void>;
}

export function createAppMenu(o: {
  dispatcher: Dispatcher;
  isPackaged: boolean;
  actions: MenuActions;
  log: (msg: string) => void;
}): AppMenu {
  let generation = 0;
  return {
    async rebuild() {
      const mine = ++generation;
      const r = await o.dispatcher.dispatch('project-list-recent', {});
      if (!r.ok) o.log(`could not read recent projects: ${r.error.message}`);
      const recent = r.ok && Array.isArray(r.value) ? r.value.filter((p): p is string => typeof p === 'string') : [];
      // Two quick rebuilds can finish out of order; only the latest may install its menu.
      if (mine !== generation) return;
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate({
            platform: process.platform,
            isPackaged: o.isPackaged,
            appName: 'Attune',
            recent,
            actions: o.actions,
          }),
        ),
      );
    },
  };
}
