import { useEffect, useMemo } from 'react';
import type { MenuCommand } from '../../../../shared/api/app.ts';
import { useRegisterCommands } from '../../../state/commands.ts';
import type { CodingController } from '../use-coding-controller.ts';
import { codingCommands, type CodingCommandActions } from './coding-commands.ts';
import type { CodingKey } from './coding-keys.ts';
import { useCodingKeys } from './use-coding-keys.ts';

/**
 * Every way to reach the coding view's actions besides its buttons: the command palette and the
 * shortcut sheet (the command registry), window-wide keys, and the app's menu commands.
 */
export function useCodingShortcuts(
  c: CodingController,
  menuCommand: { command: MenuCommand; seq: number } | null,
  onShowShortcuts: () => void,
): void {
  const { data, highlights, boundary, tools, find, importer, view, tagging } = c;
  const act: CodingCommandActions = {
    showShortcuts: () => onShowShortcuts(),
    stepHighlight: (direction) => highlights.stepHighlight(direction),
    closeHighlights: highlights.close,
    moveBoundary: boundary.moveBoundary,
    deleteOpenHighlight: () => void (highlights.openOne && highlights.deleteAnnotation(highlights.openOne.id)),
    openFilter: () => tools.setFilterOpen(true),
    setHiddenCodes: tools.setHiddenCodes,
    openFind: find.openBar,
    openSearch: () => tools.setTool('search'),
    openImport: importer.chooseFiles,
    tagWith: (codeId) => {
      const sel = tools.takePaletteSelection();
      void tagging.tag(codeId, sel && sel.end > sel.start ? sel : null);
      view.focus();
    },
    changeCodeTo: (codeId) => {
      highlights.changeCode(codeId);
      view.focus();
    },
  };
  const codebook = data.codebook?.codebook;
  const commands = useMemo(
    () =>
      codingCommands(act, {
        codes: codebook?.codes,
        groups: codebook?.groups,
        openCodeId: highlights.openOne?.codeId ?? null,
        anyHidden: tools.hiddenCodes.size > 0,
      }),
    // The run functions read this render's state; the list is rebuilt when anything they show changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      codebook?.codes,
      codebook?.groups,
      highlights.openOne,
      tools.hiddenCodes,
      data.annotations,
      data.transcript,
      highlights.activeIds,
    ],
  );
  useRegisterCommands(commands);

  useCodingKeys(c.looks.hotkeys, data.transcript !== null, (key: CodingKey) => {
    if (key.kind === 'palette') tools.openPalette();
    else if (key.kind === 'search') tools.setTool('search');
    else if (key.kind === 'step') highlights.stepHighlight(key.direction);
    else if (key.kind === 'move') boundary.moveBoundary(key.edge, key.delta);
    else if (key.kind === 'shortcuts') onShowShortcuts();
    else if (key.kind === 'find') find.openBar();
    else if (key.kind === 'close') highlights.close();
    else if (key.kind === 'delete') {
      const open = highlights.openOne;
      if (!open) {
        if (highlights.activeAnnotations.length > 1)
          c.setNotice('Several highlights are open: delete one with its card.');
        return;
      }
      void highlights.deleteAnnotation(open.id).then(() => c.setNotice('Highlight deleted. Ctrl/⌘+Z brings it back.'));
    } else void tagging.tag(key.codeId); // without a selection this only explains what to do
  });

  useEffect(() => {
    if (!menuCommand) return;
    if (menuCommand.command === 'import-transcript') importer.chooseFiles();
    if (menuCommand.command === 'find') find.openBar();
    if (menuCommand.command === 'command-palette') tools.openPalette();
    // openBar reads the current transcript; only a new menu command should trigger this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [menuCommand]);
}
