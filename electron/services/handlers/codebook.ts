import { ServiceError } from '../service-error.ts';
import type { DomainHandlers } from './types.ts';

export const codebookHandlers: DomainHandlers<'codebook'> = {
  'codebook-get-active': async (_, ctx) => ctx.project.activeCodebook(),
  'codebook-get': async ({ key }, ctx) => ctx.project.getCodebook(key),
  'codebook-list': async (_, ctx) => ctx.project.listCodebooks(),
  'codebook-save': async ({ codebook }, ctx) => {
    const saved = ctx.project.saveCodebookVersion(codebook);
    ctx.events.push({ type: 'project-changed' });
    return saved;
  },
  'codebook-import': async ({ json, fileName }, ctx) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch (e) {
      throw new ServiceError(
        'validation',
        `${fileName ?? 'the codebook file'} is not valid JSON (${(e as Error).message})`,
      );
    }
    const saved = ctx.project.saveCodebookVersion(parsed);
    ctx.events.push({ type: 'project-changed' });
    return saved;
  },
  'codebook-activate': async ({ key }, ctx) => {
    const active = ctx.project.activateCodebook(key);
    ctx.events.push({ type: 'project-changed' }); // open windows switch their code panel and hotkeys to it
    return active;
  },
};
