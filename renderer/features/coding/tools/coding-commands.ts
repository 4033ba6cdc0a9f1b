import type { Codebook } from '../../../../shared/codebook/codebook-schema.ts';
import type { Command } from '../../../state/commands.ts';

/** What the coding view's commands do (each reads the coding view's state when run). */
export interface CodingCommandActions {
  showShortcuts: () => void;
  stepHighlight: (direction: 1 | -1) => void;
  closeHighlights: () => void;
  moveBoundary: (edge: 'start' | 'end', delta: 1 | -1) => void;
  deleteOpenHighlight: () => void;
  openFilter: () => void;
  setHiddenCodes: (hidden: ReadonlySet<string>) => void;
  openFind: () => void;
  openSearch: () => void;
  openImport: () => void;
  /** Tag the selection (as it was when the palette opened). */
  tagWith: (codeId: string) => void;
  /** Give the open highlight another code. */
  changeCodeTo: (codeId: string) => void;
}

export interface CodingCommandState {
  codes: Codebook['codes'] | undefined;
  groups: Codebook['groups'] | undefined;
  /** The code of the one open highlight, if any. */
  openCodeId: string | null;
  anyHidden: boolean;
}

const nothing = () => {};

/** Listed in the palette and the shortcut sheet: the palette, the sheet, and stepping through or closing highlights. */
function viewCommands(act: CodingCommandActions): Command[] {
  return [
    {
      id: 'view.palette',
      title: 'Command palette: find any code or action by name',
      group: 'General',
      keys: ['Mod+K', 'Mod+Shift+P'],
      sheetOnly: true,
      run: nothing,
    },
    { id: 'view.shortcuts', title: 'Show keyboard shortcuts', group: 'General', keys: ['?'], run: act.showShortcuts },
    {
      id: 'highlight.next',
      title: 'Next highlight',
      group: 'Highlights',
      keys: [']', 'Alt+↓'],
      run: () => act.stepHighlight(1),
    },
    {
      id: 'highlight.previous',
      title: 'Previous highlight',
      group: 'Highlights',
      keys: ['[', 'Alt+↑'],
      run: () => act.stepHighlight(-1),
    },
    {
      id: 'highlight.open-at-caret',
      title: 'Open the highlights under the caret',
      group: 'Highlights',
      keys: ['Enter'],
      sheetOnly: true,
      run: nothing,
    },
    {
      id: 'highlight.close',
      title: 'Close the highlight details',
      group: 'Highlights',
      keys: ['Esc'],
      run: act.closeHighlights,
    },
  ];
}

/** Changing the open highlight, filtering, and the keys that select and tag text. */
function editCommands(act: CodingCommandActions, s: CodingCommandState): Command[] {
  return [
    {
      id: 'highlight.start-earlier',
      title: 'Move the open highlight’s start one character left / right',
      group: 'Highlights',
      keys: ['Alt+←', 'Alt+→'],
      run: () => act.moveBoundary('start', -1),
    },
    {
      id: 'highlight.end-later',
      title: 'Move the open highlight’s end one character left / right',
      group: 'Highlights',
      keys: ['Alt+Shift+←', 'Alt+Shift+→'],
      run: () => act.moveBoundary('end', 1),
    },
    {
      id: 'highlight.delete',
      title: 'Delete the open highlight (Ctrl/⌘+Z brings it back)',
      group: 'Highlights',
      keys: ['Delete'],
      disabled: s.openCodeId === null,
      run: act.deleteOpenHighlight,
    },
    { id: 'highlight.filter', title: 'Filter highlights by code or group…', group: 'Highlights', run: act.openFilter },
    {
      id: 'highlight.show-all',
      title: 'Show all highlights',
      group: 'Highlights',
      disabled: !s.anyHidden,
      run: () => act.setHiddenCodes(new Set()),
    },
    {
      id: 'select.extend',
      title: 'Extend the selection (by word with Ctrl/⌘)',
      group: 'Selecting text',
      keys: ['Shift+← → ↑ ↓', 'Mod+Shift+← →'],
      sheetOnly: true,
      run: nothing,
    },
    {
      id: 'codes.keys',
      title: 'Tag the selection with the code whose key is shown beside it',
      group: 'Selecting text',
      keys: ['1–9, Q…V'],
      sheetOnly: true,
      run: nothing,
    },
  ];
}

/** Find, search, notes and import. */
function toolCommands(act: CodingCommandActions): Command[] {
  return [
    {
      id: 'find.open',
      title: 'Find in the transcript (Enter next, Shift+Enter previous, Esc selects the match)',
      group: 'Search',
      keys: ['Mod+F'],
      run: act.openFind,
    },
    {
      id: 'search.project',
      title: 'Search all transcripts in the project',
      group: 'Search',
      keys: ['Mod+Shift+F'],
      run: act.openSearch,
    },
    {
      id: 'note.save',
      title: 'Save the note you are typing',
      group: 'Highlights',
      keys: ['Mod+Enter'],
      sheetOnly: true,
      run: nothing,
    },
    { id: 'import.open', title: 'Import transcripts…', group: 'General', run: act.openImport },
  ];
}

/** One command per code (tag with it; with a highlight open, change it to it), then one filter per group. */
function codeCommands(act: CodingCommandActions, s: CodingCommandState): Command[] {
  const codes = s.codes ?? [];
  const list: Command[] = [];
  for (const c of codes) {
    if (c.archived) continue;
    list.push({
      id: `code.apply.${c.id}`,
      title: `Tag with ${c.label}`,
      group: 'Codes',
      keys: c.hotkey ? [c.hotkey.toUpperCase()] : undefined,
      keywords: [c.id, s.groups?.find((g) => g.id === c.group)?.label ?? ''],
      color: c.color,
      run: () => act.tagWith(c.id),
    });
    // With a highlight open: give it another code (undoable like every change).
    if (s.openCodeId !== null && s.openCodeId !== c.id)
      list.push({
        id: `code.change.${c.id}`,
        title: `Change the open highlight to ${c.label}`,
        group: 'Change code',
        keywords: [c.id, 'change code'],
        color: c.color,
        run: () => act.changeCodeTo(c.id),
      });
  }
  for (const g of s.groups ?? []) {
    const ids = codes.filter((c) => c.group === g.id).map((c) => c.id);
    list.push({
      id: `filter.only.${g.id}`,
      title: `Show only ${g.label} highlights`,
      group: 'Highlights',
      run: () => act.setHiddenCodes(new Set(codes.map((c) => c.id).filter((id) => !ids.includes(id)))),
    });
  }
  return list;
}

/** Everything the coding view can do, by name, for the command palette and the shortcut sheet. */
export function codingCommands(act: CodingCommandActions, s: CodingCommandState): Command[] {
  return [...viewCommands(act), ...editCommands(act, s), ...toolCommands(act), ...codeCommands(act, s)];
}
