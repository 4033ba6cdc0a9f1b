import { useMemo } from 'react';
import { setStatus, STATUS_LABELS, type Owner } from '../../../state/coding-data.ts';
import { useRegisterCommands, type Command } from '../../../state/commands.ts';
import { redo, undo } from '../../../state/undo-stack.ts';
import { TABS, type CodingTab } from './coding-tabs.tsx';

const TAB_TITLES: Record<CodingTab, string> = {
  codes: 'Show the codes',
  scores: 'Show the score sheet',
  classification: 'Show the classification',
  memo: 'Show the memo',
};

/** Keys that act in place (rating fields, the codebook editor): listed on the shortcut sheet only. */
const SHEET_ONLY: Command[] = [
  {
    id: 'score-sheet.step',
    title: 'Step a rating by the scale’s step (type 4.5, or N for not rateable)',
    group: 'Score sheet',
    keys: ['↑', '↓'],
    sheetOnly: true,
    run: () => {},
  },
  {
    id: 'score-sheet.detail',
    title: 'From a rating field: its whole scale, note and linked highlights (Esc goes back to the field)',
    group: 'Score sheet',
    keys: ['Alt+Enter'],
    sheetOnly: true,
    run: () => {},
  },
  {
    id: 'codebook.reorder',
    title: 'Move the selected code up or down in the codebook editor',
    group: 'Codebook',
    keys: ['Alt+↑', 'Alt+↓'],
    sheetOnly: true,
    run: () => {},
  },
];

const ignore = () => {
  // reported by the save indicator and error banner
};

/** The coding panel in the command palette and the generated shortcut sheet. */
export function usePanelCommands(
  { transcriptId, coderId }: Owner,
  setTab: (tab: CodingTab) => void,
  onOpenCodebook: (() => void) | undefined,
): void {
  const commands = useMemo<Command[]>(() => {
    const who = { transcriptId, coderId };
    return [
      ...TABS.map((t) => ({
        id: `coding-panel.${t.id}`,
        title: TAB_TITLES[t.id],
        group: 'Coding panel',
        keys: [`Alt+${t.key}`],
        run: () => setTab(t.id),
      })),
      {
        id: 'edit.undo',
        title: 'Undo the last coding action',
        group: 'Edit',
        keys: ['Mod+Z'],
        run: () => void undo().catch(ignore),
      },
      {
        id: 'edit.redo',
        title: 'Redo',
        group: 'Edit',
        keys: ['Mod+Shift+Z', 'Mod+Y'],
        run: () => void redo().catch(ignore),
      },
      ...(['not-started', 'in-progress', 'complete'] as const).map((s) => ({
        id: `status.${s}`,
        title: `Mark this transcript ${STATUS_LABELS[s].toLowerCase()}`,
        group: 'Coding panel',
        keywords: ['status', 'progress', 'done'],
        run: () => setStatus(who, s).catch(ignore),
      })),
      ...SHEET_ONLY,
      ...(onOpenCodebook
        ? [
            {
              id: 'codebook.edit',
              title: 'Edit the codebook',
              group: 'Codebook',
              keywords: ['import', 'export', 'hotkeys', 'codes'],
              run: onOpenCodebook,
            },
          ]
        : []),
    ];
  }, [transcriptId, coderId, setTab, onOpenCodebook]);
  useRegisterCommands(commands);
}
