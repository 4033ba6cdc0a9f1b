import type { Replacement } from '../../../../shared/transcript/pseudonymize.ts';
import { defaultMatchCase, type ListedReplacement } from '../../../../shared/transcript/replacement-list.ts';

/**
 * A row of the import dialog's replacement list. `caseSensitive` undefined means the user has not chosen:
 * the row follows defaultMatchCase(find) while the name is typed, so "Rose" gets match case as soon as
 * it is written with its capital. Ticking or unticking the box fixes the choice for that row.
 */
export type ReplacementRow = Replacement;

export function matchCaseOf(row: ReplacementRow): boolean {
  return row.caseSensitive ?? defaultMatchCase(row.find);
}

/** What the host previews and imports, and what "Save list…" writes: named rows, case setting resolved. */
export function resolvedReplacements(rows: readonly ReplacementRow[]): Replacement[] {
  return rows
    .filter((r) => r.find.trim() !== '')
    .map((r) => ({ find: r.find, replace: r.replace, caseSensitive: matchCaseOf(r) }));
}

/** The matcher's notion of "the same name" (pseudonymize.ts keeps only the first of these). */
function nameKey(find: string): string {
  return find
    .normalize('NFC')
    .trim()
    .replace(/[ \t]+/g, ' ')
    .toLowerCase();
}

/** Row index → index of the earlier row with the same name (the later row has no effect). */
export function repeatedNames(rows: readonly ReplacementRow[]): Map<number, number> {
  const first = new Map<string, number>();
  const out = new Map<number, number>();
  rows.forEach((r, i) => {
    const key = nameKey(r.find);
    if (!key) return;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else out.set(i, earlier);
  });
  return out;
}

/**
 * A loaded list goes after the rows already there (rows without a name are dropped); an entry that is
 * already listed with the same replacement and case setting is not added twice.
 */
export function addLoaded(
  rows: readonly ReplacementRow[],
  loaded: readonly ListedReplacement[],
): { rows: ReplacementRow[]; added: number } {
  const kept = rows.filter((r) => r.find.trim() !== '');
  const same = (a: ReplacementRow, b: ReplacementRow) =>
    nameKey(a.find) === nameKey(b.find) && a.replace === b.replace && matchCaseOf(a) === matchCaseOf(b);
  const fresh = loaded.filter((e) => !kept.some((r) => same(r, e)));
  return { rows: [...kept, ...fresh], added: fresh.length };
}
