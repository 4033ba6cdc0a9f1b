import { maskRanges } from '../../../shared/transcript/redact.ts';
import { importFile, importText, previewFile, transcriptStructure, updateMetadata } from '../transcript-import.ts';
import type { ProjectStore } from '../project-store.ts';
import { ServiceError } from '../service-error.ts';
import { packageInfo } from '../study/package.ts';
import { assertMayWithdraw, deleteTranscript, transcriptWithdrawal } from '../withdrawal.ts';
import type { DomainHandlers } from './types.ts';

/**
 * A coder package holds the transcripts the lead sent, stored text and hash as in the lead's project:
 * a transcript added there could never be matched on return (and would bypass pseudonymisation).
 */
function refuseInPackage(store: ProjectStore): void {
  const p = packageInfo(store);
  if (p)
    throw new ServiceError(
      'refused',
      `this is ${p.coderName}'s coder package from study ${p.originName}: transcripts are imported in the lead's project, which sends them in packages`,
    );
}

export const transcriptHandlers: DomainHandlers<'transcript'> = {
  'transcript-list': async (_, ctx) => ctx.project.listTranscripts(ctx.access.globallyVisibleCoderIds()),
  'transcript-get': async ({ id }, ctx) => {
    const t = ctx.project.getTranscript(id);
    const a = ctx.access;
    const visible = new Set(a.visibleCoderIds(id));
    return {
      ...t,
      text: maskRanges(t.text, ctx.hiddenRanges(t.text)),
      metadata: a.visibleMetadata(t.metadata),
      annotations: ctx.project.listAnnotations(id).filter((x) => visible.has(x.coderId)).length,
    };
  },
  'transcript-import-text': async (arg, ctx) => {
    refuseInPackage(ctx.project);
    return importText(ctx.project, arg);
  },
  'transcript-preview': async (arg, ctx) => {
    refuseInPackage(ctx.project);
    return previewFile(ctx.project, arg, ctx.project.settings());
  },
  'transcript-import-file': async (arg, ctx) => {
    refuseInPackage(ctx.project);
    return importFile(ctx.project, arg, ctx.project.settings());
  },
  'transcript-get-structure': async ({ id }, ctx) => transcriptStructure(ctx.project, id),
  'transcript-update-metadata': async ({ id, metadata }, ctx) => {
    ctx.assertMayEditStructure('changing transcript metadata');
    return updateMetadata(ctx.project, id, metadata);
  },
  'transcript-get-withdrawal': async ({ id }, ctx) => {
    assertMayWithdraw(ctx.access, 'a transcript');
    return transcriptWithdrawal(ctx.project, id);
  },
  'transcript-delete': async (a, ctx) => {
    assertMayWithdraw(ctx.access, 'a transcript');
    const done = deleteTranscript(ctx.project, ctx.access.coder, a);
    ctx.events.push({ type: 'project-changed' });
    return done;
  },
};
