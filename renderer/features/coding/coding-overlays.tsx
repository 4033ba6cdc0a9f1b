import type { Coder } from '../../../shared/api/coder.ts';
import { ProjectSearch } from '../find/index.ts';
import { HoverCard } from '../highlights/index.ts';
import { ImportDialog } from '../import/index.ts';
import { canEditShared } from '../sections/index.ts';
import { CommandPalette } from './tools/command-palette.tsx';
import type { CodingController } from './use-coding-controller.ts';

/** What opens over the coding view: the import dialog, the hover card, the command palette and the project search. */
export function CodingOverlays({ c, coder }: { c: CodingController; coder: Coder }) {
  const { importer, tools, data, view } = c;
  const batch = importer.batch;
  // Back to the text when a tool closes (else focus is left on the page).
  const closeTool = () => {
    tools.setTool(null);
    view.focus();
  };
  return (
    <>
      {batch && (
        <ImportDialog
          initialFiles={batch.files}
          speakerPatterns={batch.speakerPatterns}
          hiddenFields={batch.hiddenFields}
          canSaveDefaults={canEditShared(coder)}
          onClose={(imported) => void importer.importDone(imported)}
        />
      )}
      {data.codebook && (
        <HoverCard
          hover={tools.hover}
          annotations={data.annotations}
          codebook={c.displayCodebook ?? data.codebook.codebook}
          coderName={coder.name}
          events={c.events ?? []}
        />
      )}
      {tools.tool === 'palette' && <CommandPalette onClose={closeTool} onRun={(command) => void command.run()} />}
      {tools.tool === 'search' && (
        <ProjectSearch
          onClose={closeTool}
          onOpen={c.openHit}
          codes={(c.displayCodebook ?? data.codebook?.codebook)?.codes.filter((x) => !x.archived) ?? []}
        />
      )}
    </>
  );
}
