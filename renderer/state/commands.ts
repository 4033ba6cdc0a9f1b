import { useEffect } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/**
 * The command registry: every action a coder can take by name. The command palette (Ctrl/⌘+K,
 * Ctrl/⌘+Shift+P, View ▸ Command palette) lists and runs them, and the shortcut sheet is generated
 * from their `keys`, so an action registered here is reachable without the mouse and documented.
 *
 * Any component may register commands while it is mounted:
 *
 *   const commands = useMemo<Command[]>(() => [
 *     { id: 'score-sheet.open', title: 'Open the score sheet', group: 'Coding', run: () => setTab('scores') },
 *   ], [setTab]);
 *   useRegisterCommands(commands);
 *
 * Keys here are for display and documentation only: the component that owns a shortcut still
 * handles the key press itself (so focus rules stay local to it).
 */
export interface Command {
  /** Unique, dotted: 'highlight.next', 'code.apply.quality.contradiction'. A later registration with the same id wins. */
  id: string;
  /** What the palette shows and fuzzy-matches: an imperative ("Next highlight", "Find in transcript"). */
  title: string;
  /** Heading in the palette and the shortcut sheet ("Navigate", "Codes", "Edit", …). */
  group: string;
  /** Shortcuts as shown to the user, one string per alternative: ['Alt+↓', ']']. Use 'Mod' for Ctrl/⌘. */
  keys?: readonly string[];
  /** Extra words the palette matches on (a code's id, synonyms). */
  keywords?: readonly string[];
  /** A coloured dot beside the title (codes). */
  color?: string;
  /** Not offered in the palette right now (e.g. nothing selected); still listed on the shortcut sheet. */
  disabled?: boolean;
  /** Listed on the shortcut sheet but not in the palette (keys that only make sense in place, like Shift+→). */
  sheetOnly?: boolean;
  run: () => void | Promise<void>;
}

type Source = { commands: readonly Command[] };

const sources = new Set<Source>();
/** Every registered command, rebuilt when a source comes or goes. */
const store = createStore<readonly Command[]>(() => []);

function rebuild(): void {
  const byId = new Map<string, Command>();
  for (const s of sources) for (const c of s.commands) byId.set(c.id, c);
  store.setState([...byId.values()], true);
}

/** Register commands; returns a function that removes exactly these again. */
export function registerCommands(commands: readonly Command[]): () => void {
  const source: Source = { commands };
  sources.add(source);
  rebuild();
  return () => {
    if (sources.delete(source)) rebuild();
  };
}

/** Every registered command (later registrations of an id replace earlier ones). */
export function listCommands(): readonly Command[] {
  return store.getState();
}

/** Run a command by id; false when there is no such (enabled) command. */
export function runCommand(id: string): boolean {
  const c = store.getState().find((x) => x.id === id);
  if (!c || c.disabled) return false;
  void c.run();
  return true;
}

/** Keep `commands` registered while the calling component is mounted (pass a memoised array). */
export function useRegisterCommands(commands: readonly Command[]): void {
  useEffect(() => registerCommands(commands), [commands]);
}

export function useCommands(): readonly Command[] {
  return useStore(store);
}

/** 'Mod' is Ctrl on Windows/Linux and ⌘ on macOS. */
export function displayKey(
  key: string,
  mac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform),
): string {
  return key.replace(/\bMod\b/g, mac ? '⌘' : 'Ctrl');
}

/**
 * Fuzzy score of a query against a text: every query character must appear in order. Higher is
 * better; null when it does not match. Rewards matches at word starts and consecutive runs, so
 * "nh" finds "Next highlight" before "Open shortcuts sheet".
 */
export function fuzzyScore(query: string, text: string): number | null {
  const q = query.trim().toLowerCase();
  if (!q) return 0;
  const t = text.toLowerCase();
  const direct = t.indexOf(q);
  if (direct !== -1) return 1000 - direct + (direct === 0 || /[\s.:/_-]/.test(t[direct - 1] ?? ' ') ? 200 : 0);
  let score = 0;
  let ti = 0;
  let run = 0;
  for (const ch of q) {
    if (ch === ' ') continue;
    const found = t.indexOf(ch, ti);
    if (found === -1) return null;
    const wordStart = found === 0 || /[\s.:/_-]/.test(t[found - 1] ?? ' ');
    run = found === ti ? run + 1 : 0;
    score += 1 + (wordStart ? 8 : 0) + run * 3 - Math.min(found - ti, 10) * 0.2;
    ti = found + 1;
  }
  return score;
}

/** Commands matching a query, best first (ties keep registration order). */
export function searchCommands(commands: readonly Command[], query: string): Command[] {
  const scored: { c: Command; s: number; i: number }[] = [];
  commands.forEach((c, i) => {
    if (c.sheetOnly) return;
    const s = Math.max(
      fuzzyScore(query, c.title) ?? -Infinity,
      ...(c.keywords ?? []).map((k) => (fuzzyScore(query, k) ?? -Infinity) - 1),
      (fuzzyScore(query, `${c.group} ${c.title}`) ?? -Infinity) - 2,
    );
    if (s > -Infinity) scored.push({ c, s, i });
  });
  return scored.sort((a, b) => b.s - a.s || a.i - b.i).map((x) => x.c);
}
