import { maskRanges } from '../../../shared/transcript/redact.ts';
import { exportQdc, importQdc } from '../qda/qda-codebook.ts';
import { exportQdpx } from '../qda/qdpx-export.ts';
import { importQdpx, previewQdpx } from '../qda/qdpx-import.ts';
import type { DomainHandlers } from './types.ts';

const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

export const qdaHandlers: DomainHandlers<'qda'> = {
  'qda-export': async ({ transcriptIds, coderIds }, ctx) => {
    const a = ctx.access;
    return exportQdpx(ctx.project, {
      transcriptIds,
      coderIds,
      version: ctx.version,
      // The file holds what the acting coder may see: blind coding, trainer keys and hidden fields hold.
      view: {
        canSee: (coderId, transcriptId) => a.canSee(coderId, transcriptId),
        metadata: (m) => a.visibleMetadata(m),
        text: (t) => maskRanges(t, ctx.hiddenRanges(t)),
      },
    });
  },
  'qda-preview': async ({ fileName, contentBase64 }, ctx) => {
    if (ctx.access.coder) ctx.access.assertPrivileged('importing a REFI-QDA project');
    return previewQdpx(ctx.project, fileName, bytesOf(contentBase64));
  },
  'qda-import': async ({ fileName, contentBase64 }, ctx) => {
    // It brings in other coders' work, like coding-import: the lead's job (and it would unblind a coder).
    if (ctx.access.coder) ctx.access.assertPrivileged('importing a REFI-QDA project');
    const result = await importQdpx(ctx.project, fileName, bytesOf(contentBase64), ctx.project.settings());
    ctx.events.push({ type: 'project-changed' });
    return result;
  },
  'qda-export-codebook': async (_, ctx) => exportQdc(ctx.project, ctx.version),
  'qda-import-codebook': async ({ fileName, contentBase64 }, ctx) => {
    ctx.assertMayEditStructure('saving a codebook version'); // the same rule as codebook-import
    const result = importQdc(ctx.project, fileName, bytesOf(contentBase64));
    ctx.events.push({ type: 'project-changed' });
    return result;
  },
};
