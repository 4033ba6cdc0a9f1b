import { listFolder } from '../local/file-browser.ts';
import type { DomainHandlers } from './types.ts';

export const filesHandlers: DomainHandlers<'files'> = {
  'files-list': async ({ path, kinds, hidden }, ctx) => listFolder({ home: ctx.state.home, path, kinds, hidden }),
};
