import { ServiceError } from '../service-error.ts';
import type { DomainHandlers } from './types.ts';

export const annotationHandlers: DomainHandlers<'annotation'> = {
  'annotation-list': async ({ transcriptId, coderId }, ctx) => {
    if (coderId) {
      ctx.access.assertCanSee(coderId, transcriptId);
      return ctx.project.listAnnotations(transcriptId, coderId);
    }
    const visible = new Set(ctx.access.visibleCoderIds(transcriptId));
    return ctx.project.listAnnotations(transcriptId).filter((a) => visible.has(a.coderId));
  },
  'annotation-create': async (a, ctx) => {
    ctx.access.assertCanWrite(a.coderId);
    // Archived codes stay on existing highlights (and undo can put those back), but new passages cannot get them.
    const code = ctx.project.activeCodebook().codebook.codes.find((c) => c.id === a.codeId);
    if (code?.archived)
      throw new ServiceError(
        'validation',
        `"${code.label}" is archived: it stays on existing highlights but cannot be applied`,
      );
    return ctx.project.createAnnotation(a);
  },
  'annotation-update': async (u, ctx) => {
    ctx.access.assertCanWrite(
      ctx.access.visibleRecord('annotation', u.id, () => ctx.project.getAnnotation(u.id)).coderId,
    );
    return ctx.project.updateAnnotation(u);
  },
  'annotation-delete': async ({ id }, ctx) => {
    ctx.access.assertCanWrite(ctx.access.visibleRecord('annotation', id, () => ctx.project.getAnnotation(id)).coderId);
    ctx.project.deleteAnnotation(id);
    return null;
  },
  'annotation-restore': async (a, ctx) => {
    ctx.access.assertCanWrite(a.coderId);
    return ctx.project.createAnnotation(a);
  },
};
