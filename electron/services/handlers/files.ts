import { createFolder, fileTarget, listFolder } from '../local/file-browser.ts';
import type { DomainHandlers } from './types.ts';

export const filesHandlers: DomainHandlers<'files'> = {
  'files-list': async ({ path, kinds, hidden }, ctx) => listFolder({ home: ctx.state.home, path, kinds, hidden }),
  'files-get': async ({ folder, name }, ctx) => fileTarget({ home: ctx.state.home, folder, name }),
  'files-create': async ({ folder, name, kinds }, ctx) => createFolder({ home: ctx.state.home, folder, name, kinds }),
};
