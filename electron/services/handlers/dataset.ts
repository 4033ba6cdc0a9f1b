import { codingsCsvLong, codingsCsvWide } from '../../../shared/reliability/codings-csv.ts';
import { fileStem, gatherVisible, refuseIfBlind, today } from '../agreement-data.ts';
import type { DomainHandlers } from './types.ts';

export const datasetHandlers: DomainHandlers<'dataset'> = {
  'dataset-export': async ({ layout, transcriptIds, coderIds }, ctx) => {
    // In a blind, unrevealed project an identified coder exports only their own coding; without an
    // identity (the CLI, scripts) nothing is visible, and a header-only file would pass for an empty study.
    if (!ctx.access.coder) refuseIfBlind(ctx, 'exporting codings');
    // Exports keep consensus records (as their own coder): a lab may analyse them.
    const g = gatherVisible(ctx, { transcriptIds, coderIds }, true);
    return {
      fileName: `${fileStem(ctx.project.name)}-codings-${layout}-${today()}.csv`,
      content: layout === 'long' ? codingsCsvLong(g.input) : codingsCsvWide(g.input),
      mimeType: 'text/csv',
      encoding: 'utf8',
    };
  },
};
