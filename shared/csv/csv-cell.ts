/**
 * Cells of every CSV Attune writes. A spreadsheet program runs a cell that starts with `=`, `+`, `-` or
 * `@` as a formula (and a leading tab or carriage return can hide one), so a transcript title or coder
 * name such as `=cmd|' /C calc'!A0` could run a command when an analyst opens the export. Following
 * OWASP's advice on CSV injection, such a text cell gets a leading `'`, which the spreadsheet shows as
 * plain text. Numbers are left alone (`-3` stays a number for R, SPSS and spreadsheets), and the cell
 * is quoted whenever it holds a quote, the separator, or a line break.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A formula start, or quote marks before one (so a text that already starts `'=` reads back as written). */
function looksLikeFormula(text: string): boolean {
  // Fast path (exports write millions of cells): only these first characters can start a formula.
  const first = text.charCodeAt(0);
  if (first !== 39 && first !== 61 && first !== 43 && first !== 45 && first !== 64 && first !== 9 && first !== 13)
    return false;
  const rest = text.replace(/^'+/, '');
  return FORMULA_START.test(rest) && !PLAIN_NUMBER.test(rest);
}

/** The text as a spreadsheet must read it: a formula-looking text (not a number) gets a leading `'`. */
export function neutralizeFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/** Undo neutralizeFormula when reading back a file Attune wrote (a `'` before a formula start is ours). */
export function restoreFormula(text: string): string {
  return text.startsWith("'") && looksLikeFormula(text) ? text.slice(1) : text;
}

/** One CSV cell (RFC 4180 quoting), neutralised; `mustQuote` lists the characters that force quotes. */
export function csvCell(value: string | number, mustQuote: RegExp = /[",\r\n]/): string {
  if (typeof value === 'number') return String(value);
  const s = neutralizeFormula(value);
  return mustQuote.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
