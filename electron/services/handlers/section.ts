import { createSection, deleteSection, updateSection } from '../transcript-import.ts';
import type { DomainHandlers } from './types.ts';

const WHAT = 'changing question sections';

export const sectionHandlers: DomainHandlers<'section'> = {
  'section-create': async (arg, ctx) => {
    ctx.assertMayEditStructure(WHAT);
    return createSection(ctx.project, arg);
  },
  'section-update': async (arg, ctx) => {
    ctx.assertMayEditStructure(WHAT);
    return updateSection(ctx.project, arg);
  },
  'section-delete': async ({ id }, ctx) => {
    ctx.assertMayEditStructure(WHAT);
    deleteSection(ctx.project, id);
    return null;
  },
};
