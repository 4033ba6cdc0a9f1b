import { ServiceError } from '../service-error.ts';
import type { DomainHandlers } from './types.ts';

// Everyone codes with the project's codebook, so only leads and trainers (who set up the coding and
// teach it) change it; a coder or trainee is refused (scripts with no identity may, like other structure).
const SAVING = 'saving a codebook version';

export const codebookHandlers: DomainHandlers<'codebook'> = {
  'codebook-get-active': async (_, ctx) => ctx.project.activeCodebook(),
  'codebook-get': async ({ key }, ctx) => ctx.project.getCodebook(key),
  'codebook-list': async (_, ctx) => ctx.project.listCodebooks(),
  'codebook-save': async ({ codebook }, ctx) => {
    ctx.assertMayEditStructure(SAVING);
    const saved = ctx.project.saveCodebookVersion(codebook);
    ctx.events.push({ type: 'project-changed' });
    return saved;
  },
  'codebook-import': async ({ json, fileName }, ctx) => {
    ctx.assertMayEditStructure(SAVING);
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
    ctx.assertMayEditStructure('switching the codebook version');
    const active = ctx.project.activateCodebook(key);
    ctx.events.push({ type: 'project-changed' }); // open windows switch their code panel and hotkeys to it
    return active;
  },
};
