import type { Code, Codebook, CodeGroup } from '../../../shared/codebook/codebook-schema.ts';
import type { QdaCode } from './qde-read.ts';

/**
 * REFI-QDA codes onto the active codebook. A code whose name matches an active code's label (ignoring
 * case) is that code; any other code that can be applied is added, in a new codebook version, to a group
 * named after its parent code (found by label or made), or to "Imported" at the top level. A code that
 * cannot be applied (isCodable="false") becomes a group only through its children.
 */
export interface CodeMapping {
  /** File code GUID → Attune code id. */
  byGuid: Map<string, string>;
  matched: number;
  added: number;
  /** The next codebook version to save, or null when every code matched. */
  next: Codebook | null;
  skipped: { what: string; why: string }[];
}

const FALLBACK_COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00', '#56b4e9', '#8c6d1f', '#6a3d9a'];
export const IMPORTED_GROUP = 'Imported';

function slug(label: string, taken: Set<string>, fallback: string): string {
  const base =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 60) || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  taken.add(id);
  return id;
}

/** #RGB and #RRGGBB in any case become #rrggbb, the codebook's form. */
export function colourOf(c: string | undefined): string | null {
  if (!c) return null;
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(c.trim());
  if (!m) return null;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((x) => x + x).join('') : m[1]!;
  return `#${hex.toLowerCase()}`;
}

const key = (s: string) => s.trim().toLowerCase();
const clip = (s: string, n: number) => (s.trim().length > n ? `${s.trim().slice(0, n - 1)}…` : s.trim());

export function mapCodes(active: Codebook, codes: QdaCode[], used: ReadonlySet<string>): CodeMapping {
  const byLabel = new Map<string, Code>();
  // Live codes win over archived ones with the same label.
  for (const c of [...active.codes].sort((a, b) => Number(a.archived) - Number(b.archived)))
    if (!byLabel.has(key(c.label))) byLabel.set(key(c.label), c);
  const groups: CodeGroup[] = active.groups.map((g) => ({ ...g }));
  const added: Code[] = [];
  const codeIds = new Set(active.codes.map((c) => c.id));
  const groupIds = new Set(groups.map((g) => g.id));
  const byGuid = new Map<string, string>();
  const parentOf = new Map(codes.map((c) => [c.guid, c]));
  const hasChildren = new Set(codes.map((c) => c.parent).filter((p) => p !== null));
  const skipped: CodeMapping['skipped'] = [];
  let matched = 0;

  const groupFor = (code: QdaCode): string => {
    const parent = code.parent ? parentOf.get(code.parent) : undefined;
    const label = clip(parent ? parent.name : IMPORTED_GROUP, 80) || IMPORTED_GROUP;
    const found = groups.find((g) => key(g.label) === key(label));
    if (found) return found.id;
    const g: CodeGroup = { id: slug(label, groupIds, 'group'), label, description: parent?.description ?? '' };
    groups.push(g);
    return g.id;
  };

  for (const code of codes) {
    if (!code.isCodable && !used.has(code.guid)) {
      if (!hasChildren.has(code.guid))
        skipped.push({
          what: `code “${code.name}”`,
          why: 'it cannot be applied (isCodable="false") and has no sub-codes',
        });
      continue;
    }
    const existing = byLabel.get(key(code.name));
    if (existing) {
      byGuid.set(code.guid, existing.id);
      if (!added.includes(existing)) matched++;
      continue;
    }
    const label = clip(code.name, 120) || 'Imported code';
    const c: Code = {
      id: slug(label, codeIds, 'code'),
      label,
      group: groupFor(code),
      color: colourOf(code.color) ?? FALLBACK_COLOURS[(active.codes.length + added.length) % FALLBACK_COLOURS.length]!,
      hotkey: null,
      description: code.description.slice(0, 4000),
      archived: false,
      eventLinked: false,
    };
    added.push(c);
    byLabel.set(key(code.name), c);
    byGuid.set(code.guid, c.id);
  }
  return {
    byGuid,
    matched,
    added: added.length,
    next: added.length > 0 ? { ...active, groups, codes: [...active.codes, ...added] } : null,
    skipped,
  };
}
