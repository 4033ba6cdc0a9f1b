/**
 * The replacement list as a file, shared by `attune import --replacements FILE` and the import dialog's
 * "Load list…" / "Save list…". One row per name: `name,replacement[,case-sensitive]`, an optional header
 * row whose first cell is `name`, `find` or `original`. Such a file pairs real names with tokens (a
 * re-identification key), so it is read and written only at the user's request and never stored in a project.
 *
 * Decisions:
 * - CSV with double-quote quoting (`"Smith, John",[FATHER]`). The delimiter is the first of `,` `;` or tab
 *   found in the first row, so a list saved by a spreadsheet set to a European locale (`;`) or as
 *   "Unicode text" (tab) loads too.
 * - Bytes: a UTF-8/UTF-16 byte-order mark is honoured; otherwise UTF-8, falling back to Windows-1252 (what
 *   Excel on Windows writes for "CSV"), so "Zoë" is not garbled into a name that never matches.
 * - The case-sensitive column accepts true/yes/y/1 and false/no/n/0; a blank cell is reported as
 *   `undefined`, so each caller applies its own default (the CLI: any case; the dialog: see defaultMatchCase).
 * - A bad row is never skipped: every problem is reported with its row number and nothing is returned,
 *   so a half-loaded list cannot leave a name unreplaced unnoticed. Repeated names with the same
 *   replacement are merged; with a different replacement or case setting they are an error (the matcher
 *   would silently ignore the later one).
 */
import { csvCell, restoreFormula } from '../csv/csv-cell.ts';
import type { Replacement } from './pseudonymize.ts';

export interface ListedReplacement {
  find: string;
  replace: string;
  /** From the third column; undefined when that column is blank or absent. */
  caseSensitive?: boolean;
}

export interface ListProblem {
  /** 1-based row as a spreadsheet numbers it: the file line where the row starts (blank lines count). */
  row: number;
  message: string;
}

export type ReplacementListParse = { ok: true; entries: ListedReplacement[] } | { ok: false; problems: ListProblem[] };

/** Same limits as replacementSchema / replacementListSchema, checked here so the file's row can be named. */
export const MAX_LIST_ENTRIES = 5000;
const MAX_CELL_CHARS = 200;
/** A list of 5,000 long names is well under this; anything bigger is not a replacement list. */
export const MAX_LIST_FILE_BYTES = 2 * 1024 * 1024;

const HEADER_FIRST_CELL = /^(find|name|names|original)$/i;
const TRUE_CELL = /^(1|true|yes|y)$/i;
const FALSE_CELL = /^(0|false|no|n)$/i;

/**
 * A name written with a capital and some lower case ("Rose", "Mary-Ann") matches only as written by
 * default, so the verb "rose" or the word "will" is left alone; a name typed in lower case or all capitals
 * matches any case. Used by the import dialog for rows whose case setting the user has not chosen.
 */
export function defaultMatchCase(find: string): boolean {
  const f = find.trim();
  return /^\p{Lu}/u.test(f) && /\p{Ll}/u.test(f);
}

/** The platform's TextDecoder (Node and browsers both have one); passed in so shared/ uses no platform global. */
export type TextDecoderClass = new (
  label: string,
  options?: { fatal?: boolean },
) => { decode(bytes: Uint8Array): string };

/** The text of a list file from its bytes (see the module comment for the encodings accepted). */
export function decodeReplacementList(bytes: Uint8Array, Decoder: TextDecoderClass): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new Decoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new Decoder('utf-16be').decode(bytes);
  try {
    return new Decoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // By table rather than TextDecoder('windows-1252'): some runtimes decode that label as Latin-1.
    let out = '';
    for (const b of bytes) out += b >= 0x80 && b < 0xa0 ? (CP1252_80_9F[b - 0x80] ?? '\uFFFD') : String.fromCharCode(b);
    return out;
  }
}

/** Windows-1252 bytes 0x80–0x9F (the rest are Latin-1); U+FFFD where the code page has no character. */
const CP1252_80_9F = [...'€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ'];

interface Row {
  line: number;
  cells: string[];
}

function detectDelimiter(text: string): string {
  let quoted = false;
  let content = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === ',' || ch === ';' || ch === '\t') return ch;
    // Only the first row with any content decides.
    else if (ch === '\n' || ch === '\r') {
      if (content) break;
    } else if (ch.trim() !== '') content = true;
  }
  return ',';
}

/** CSV rows with the line each starts on; an unclosed quote is a problem at its row. */
function splitRows(text: string, delimiter: string, problems: ListProblem[]): Row[] {
  const rows: Row[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = () => {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && cell.trim() === '') {
      // A quoted cell: "" is a quote; it may contain delimiters and line breaks.
      const startLine = line;
      let j = i + 1;
      let value = '';
      for (;;) {
        if (j >= text.length) {
          problems.push({ row: startLine, message: 'a quoted cell is not closed (a " is missing)' });
          return rows;
        }
        const c = text[j]!;
        if (c === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          j++;
          break;
        }
        if (c === '\n') line++;
        value += c;
        j++;
      }
      // Only spaces may follow the closing quote before the delimiter or the line end.
      let k = j;
      while (k < text.length && (text[k] === ' ' || text[k] === '\t') && text[k] !== delimiter) k++;
      if (k < text.length && text[k] !== delimiter && text[k] !== '\n' && text[k] !== '\r') {
        // Reported once; the rest of the row is still read so it adds no second problem.
        problems.push({ row: startLine, message: 'text after a closing quote; put the whole cell in quotes' });
      }
      cell = value;
      i = k;
      continue;
    }
    if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      endRow();
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      rowLine = line;
    } else cell += ch;
    i++;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}

const quoteName = (s: string) => `“${s.length > 40 ? `${s.slice(0, 40)}…` : s}”`;

function dedupeKey(find: string): string {
  return find
    .normalize('NFC')
    .replace(/[ \t]+/g, ' ')
    .toLowerCase();
}

/** Parse a list file's text: every entry, or every problem with its row number (then no entries). */
export function parseReplacementList(text: string): ReplacementListParse {
  const problems: ListProblem[] = [];
  if (text.includes('\u0000')) return { ok: false, problems: [{ row: 1, message: 'this is not a text file' }] };
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(body);
  const rows = splitRows(body, delimiter, problems).map((r) => ({
    line: r.line,
    cells: r.cells.map((c) => restoreFormula(c.trim())),
  }));
  const filled = rows.filter((r) => r.cells.some((c) => c !== ''));
  if (filled[0] && HEADER_FIRST_CELL.test(filled[0].cells[0] ?? '')) filled.shift();

  const entries: ListedReplacement[] = [];
  const firstSeen = new Map<string, { line: number; entry: ListedReplacement }>();
  const sep = delimiter === '\t' ? 'a tab' : `“${delimiter}”`;
  for (const { line, cells } of filled) {
    const [find = '', replace, caseCell = ''] = cells;
    const extra = cells.slice(3).filter((c) => c !== '');
    const fail = (message: string) => problems.push({ row: line, message });
    if (extra.length) {
      fail(
        `${cells.length} cells where name${delimiter}replacement${delimiter}case-sensitive was expected; put a name that contains ${sep} in double quotes`,
      );
      continue;
    }
    if (find === '') {
      fail('the first cell (the name to replace) is empty');
      continue;
    }
    if (replace === undefined) {
      const hint = /^[^=→]+(=|→)/u.exec(find);
      fail(
        hint
          ? `separate the name and its replacement with ${sep}, not “${hint[1]}” (${hint[0].slice(0, -1).trim()}${delimiter}[TOKEN])`
          : `${quoteName(find)} has no replacement; add one after ${sep} (${find}${delimiter}[TOKEN])`,
      );
      continue;
    }
    if (find.length > MAX_CELL_CHARS || replace.length > MAX_CELL_CHARS) {
      fail(`a name or replacement is longer than ${MAX_CELL_CHARS} characters`);
      continue;
    }
    if (/[\r\n]/.test(find) || /[\r\n]/.test(replace)) {
      fail(`${quoteName(find)}: a name or replacement cannot contain a line break`);
      continue;
    }
    let caseSensitive: boolean | undefined;
    if (TRUE_CELL.test(caseCell)) caseSensitive = true;
    else if (FALSE_CELL.test(caseCell)) caseSensitive = false;
    else if (caseCell !== '') {
      fail(`the case-sensitive cell says ${quoteName(caseCell)}; write true or false, or leave it empty`);
      continue;
    }
    const entry: ListedReplacement = { find, replace, ...(caseSensitive === undefined ? {} : { caseSensitive }) };
    const key = dedupeKey(find);
    const earlier = firstSeen.get(key);
    if (earlier) {
      const same = earlier.entry.replace === replace && earlier.entry.caseSensitive === caseSensitive;
      if (!same)
        fail(
          `${quoteName(find)} is already on row ${earlier.line} with a different ${earlier.entry.replace === replace ? 'case setting' : 'replacement'}`,
        );
      continue;
    }
    firstSeen.set(key, { line, entry });
    if (entries.length === MAX_LIST_ENTRIES) {
      fail(`more than ${MAX_LIST_ENTRIES} names; split the list`);
      break;
    }
    entries.push(entry);
  }
  problems.sort((a, b) => a.row - b.row);
  return problems.length ? { ok: false, problems } : { ok: true, entries };
}

/**
 * A list as a file that parseReplacementList reads back unchanged: header row, the case setting always
 * written out (so the CLI and the dialog read it alike), and a UTF-8 byte-order mark so spreadsheet
 * programs show non-ASCII names correctly.
 */
export function formatReplacementList(list: readonly Replacement[]): string {
  const cell = (s: string) => csvCell(s, /[",;\t\r\n]/);
  const rows = list.map((r) => `${cell(r.find)},${cell(r.replace)},${r.caseSensitive ? 'true' : 'false'}`);
  return `\uFEFFname,replacement,case-sensitive\n${rows.map((r) => `${r}\n`).join('')}`;
}
