import {
  codebookSchema,
  type Code,
  type CodeGroup,
  type Codebook,
  type PrimaryCategory,
  type Scale,
  type Subtype,
} from '../../../shared/codebook/codebook-schema.ts';
import { TARGET_LABELS } from '../score-sheet/index.ts';

/**
 * Pure edits of a codebook draft for the codebook editor. Nothing here saves: the editor saves the
 * whole draft as a new version ('codebook-save'), which the services validate again.
 */

/**
 * Printable keys the coding view uses itself, so they cannot be code hotkeys. Everything else the app
 * binds (Enter, Esc, Tab, arrows, Ctrl/⌘ or Alt combinations) is not a single printable key anyway.
 */
export const RESERVED_KEYS: Record<string, string> = {
  ' ': 'Space is reserved: it moves through the transcript and presses buttons',
};

/** Distinct, saturated colours that stay readable as underline bands on the paper background. */
export const PALETTE = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#d55e00',
  '#56b4e9',
  '#8c6d1f',
  '#6a3d9a',
  '#b2182b',
  '#1b7837',
  '#c51b7d',
  '#2166ac',
  '#a6761d',
  '#4d4d4d',
  '#7570b3',
  '#66a61e',
];

const keyName = (k: string) => (/^[a-z]$/i.test(k) ? k.toUpperCase() : k);

/**
 * The built-in reserved keys plus any single printable key an app command is bound to (from the
 * command registry; code hotkeys themselves, registered as "code.*", do not count).
 */
export function reservedKeys(
  commands: readonly { id: string; title: string; keys?: readonly string[] | undefined }[],
): Record<string, string> {
  const out: Record<string, string> = { ...RESERVED_KEYS };
  for (const c of commands) {
    if (c.id.startsWith('code.')) continue;
    for (const k of c.keys ?? [])
      if ([...k].length === 1 && k !== ' ')
        out[k.toLowerCase()] ??= `${keyName(k)} is reserved: it is the key for “${c.title}”`;
  }
  return out;
}

/** Why `key` cannot be the hotkey of `codeId` (null when it can; "" means no hotkey). */
export function hotkeyProblem(
  codes: readonly Code[],
  codeId: string,
  key: string,
  reserved: Record<string, string> = RESERVED_KEYS,
): string | null {
  if (key === '') return null;
  if ([...key].length !== 1) return 'A hotkey is a single key.';
  const why = reserved[key.toLowerCase()] ?? reserved[key];
  if (why) return `${why}.`;
  if (!/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(key)) return 'Choose a letter, digit or symbol.';
  const other = codes.find(
    (c) => c.id !== codeId && !c.archived && c.hotkey !== null && c.hotkey.toLowerCase() === key.toLowerCase(),
  );
  if (other) return `Key ${keyName(key)} is already used by “${other.label}”. Give that code another key first.`;
  return null;
}

export type DraftSection = 'codes' | 'scales' | 'classification';

export interface DraftProblem {
  section: DraftSection;
  codeId: string | null;
  groupId: string | null;
  scaleId: string | null;
  /** A primary category id, or "<primary id>/<subtype index>" for a subtype. */
  categoryKey: string | null;
  message: string;
}

const problem = (
  section: DraftSection,
  message: string,
  at: Partial<Pick<DraftProblem, 'codeId' | 'groupId' | 'scaleId' | 'categoryKey'>> = {},
): DraftProblem => ({
  section,
  codeId: null,
  groupId: null,
  scaleId: null,
  categoryKey: null,
  ...at,
  message,
});

const capitalise = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/**
 * What stops the draft from being saved, phrased for the coder. The editor's own checks come first
 * (empty names, hotkeys, numbers); then whatever the shared codebook schema refuses, so the rules
 * the services enforce on save are the ones the editor shows before it.
 */
export function draftProblems(cb: Codebook, reserved: Record<string, string> = RESERVED_KEYS): DraftProblem[] {
  const out: DraftProblem[] = [];
  // Paths the checks here already explain, so the schema's wording for the same field is not repeated.
  const covered = new Set<string>();
  const add = (path: string, p: DraftProblem) => {
    covered.add(path);
    out.push(p);
  };
  cb.groups.forEach((g, i) => {
    if (!g.label.trim()) add(`groups.${i}.label`, problem('codes', 'A group needs a name.', { groupId: g.id }));
  });
  cb.codes.forEach((c, i) => {
    if (!c.label.trim()) add(`codes.${i}.label`, problem('codes', `Code ${c.id} needs a label.`, { codeId: c.id }));
    if (c.hotkey && !c.archived) {
      // A clash is reported once, on the later of the two codes.
      const p = hotkeyProblem(cb.codes.slice(0, i), c.id, c.hotkey, reserved);
      if (p) add(`codes.${i}.hotkey`, problem('codes', `${c.label || c.id}: ${p}`, { codeId: c.id }));
    }
  });
  cb.scales.forEach((s, i) => {
    const at = { scaleId: s.id };
    const name = s.label.trim() || s.id;
    if (!s.label.trim()) add(`scales.${i}.label`, problem('scales', `Scale ${s.id} needs a label.`, at));
    if (!s.group.trim()) add(`scales.${i}.group`, problem('scales', `${name}: choose or name a group.`, at));
    if (!Number.isFinite(s.min))
      add(`scales.${i}.min`, problem('scales', `${name}: the lowest value must be a number.`, at));
    if (!Number.isFinite(s.max))
      add(`scales.${i}.max`, problem('scales', `${name}: the highest value must be a number.`, at));
    if (s.targets.length === 0)
      add(`scales.${i}.targets`, problem('scales', `${name}: tick at least one “Rated for” target.`, at));
  });
  cb.classification?.primary.forEach((p, i) => {
    if (!p.label.trim())
      add(
        `classification.primary.${i}.label`,
        problem('classification', `Category ${p.id} needs a label.`, { categoryKey: p.id }),
      );
    p.subtypes.forEach((st, j) => {
      const at = { categoryKey: subtypeKey(p.id, j) };
      if (!st.id.trim())
        add(
          `classification.primary.${i}.subtypes.${j}.id`,
          problem('classification', `A subtype of ${p.id} needs an id (such as ${p.id}1).`, at),
        );
      if (!st.label.trim())
        add(
          `classification.primary.${i}.subtypes.${j}.label`,
          problem('classification', `Subtype ${st.id || `of ${p.id}`} needs a label.`, at),
        );
    });
  });
  const parsed = codebookSchema.safeParse(cb);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      if (covered.has(path.join('.')) || out.some((p) => p.message === capitalise(issue.message))) continue;
      out.push(schemaProblem(cb, path, issue.code === 'custom', issue.message));
    }
  return out;
}

/** Place a schema issue on the item it concerns, naming the item when zod's wording does not. */
function schemaProblem(cb: Codebook, path: string[], phrased: boolean, message: string): DraftProblem {
  const [head, a, b, c, d] = path;
  // "Subtype Ds 5 (id): ids use letters…" for zod's own wording; the schema's custom messages name their item already.
  const say = (name: string, rest: string[]) => {
    if (phrased) return capitalise(message);
    const field = rest.filter((x) => !/^\d+$/.test(x)).join('.');
    return `${name}${field ? ` (${field})` : ''}: ${message}`;
  };
  if (head === 'codes' && a !== undefined) {
    const code = cb.codes[Number(a)];
    return problem('codes', say(code?.label || code?.id || 'A code', path.slice(2)), { codeId: code?.id ?? null });
  }
  if (head === 'groups' && a !== undefined) {
    const g = cb.groups[Number(a)];
    return problem('codes', say(`Group ${g?.label || g?.id}`, path.slice(2)), { groupId: g?.id ?? null });
  }
  if (head === 'scales' && a !== undefined) {
    const s = cb.scales[Number(a)];
    return problem('scales', say(s?.label || s?.id || 'A scale', path.slice(2)), { scaleId: s?.id ?? null });
  }
  if (head === 'classification') {
    const p = a === 'primary' && b !== undefined ? cb.classification?.primary[Number(b)] : undefined;
    if (p && c === 'subtypes' && d !== undefined)
      return problem('classification', say(`Subtype ${p.subtypes[Number(d)]?.id || `of ${p.id}`}`, path.slice(5)), {
        categoryKey: subtypeKey(p.id, Number(d)),
      });
    if (p) return problem('classification', say(`Category ${p.id}`, path.slice(3)), { categoryKey: p.id });
    return problem('classification', say('Classification', path.slice(1)));
  }
  return problem('codes', say('Codebook', path));
}

/** A stable id from a label: lower case, words joined by "_", unique among `taken`. */
export function idFromLabel(label: string, taken: readonly string[], prefix = '', fallback = 'code'): string {
  const base =
    prefix +
    (label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 60) || fallback);
  if (!taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}_${n}`)) n++;
  return `${base}_${n}`;
}

export function updateCode(cb: Codebook, id: string, patch: Partial<Code>): Codebook {
  return { ...cb, codes: cb.codes.map((c) => (c.id === id ? { ...c, ...patch } : c)) };
}

export function updateGroup(cb: Codebook, id: string, patch: Partial<CodeGroup>): Codebook {
  return { ...cb, groups: cb.groups.map((g) => (g.id === id ? { ...g, ...patch } : g)) };
}

/** A first free palette colour (then cycling), so a new code does not look like its neighbours. */
export function nextColor(cb: Codebook): string {
  const used = new Set(cb.codes.map((c) => c.color.toLowerCase()));
  return PALETTE.find((p) => !used.has(p)) ?? PALETTE[cb.codes.length % PALETTE.length]!;
}

export function addCode(cb: Codebook, groupId: string, label = 'New code'): { codebook: Codebook; id: string } {
  const id = idFromLabel(
    label,
    cb.codes.map((c) => c.id),
  );
  const code: Code = {
    id,
    label,
    group: groupId,
    color: nextColor(cb),
    hotkey: null,
    description: '',
    archived: false,
    eventLinked: false,
  };
  // After the last code of its group, so it appears where the coder clicked "Add".
  let at = -1;
  cb.codes.forEach((c, i) => {
    if (c.group === groupId) at = i;
  });
  const codes = [...cb.codes];
  codes.splice(at === -1 ? codes.length : at + 1, 0, code);
  return { codebook: { ...cb, codes }, id };
}

export function addGroup(cb: Codebook, label = 'New group'): { codebook: Codebook; id: string } {
  const id = idFromLabel(
    label,
    cb.groups.map((g) => g.id),
  );
  return { codebook: { ...cb, groups: [...cb.groups, { id, label, description: '' }] }, id };
}

/** Swap a code with its neighbour in the same group (Alt+↑/↓); unchanged at either end. */
export function moveCode(cb: Codebook, id: string, delta: -1 | 1): Codebook {
  const code = cb.codes.find((c) => c.id === id);
  if (!code) return cb;
  const sameGroup = cb.codes.map((c, i) => [c, i] as const).filter(([c]) => c.group === code.group);
  const pos = sameGroup.findIndex(([c]) => c.id === id);
  const other = sameGroup[pos + delta];
  if (!other) return cb;
  const from = sameGroup[pos]![1];
  const codes = [...cb.codes];
  codes[from] = other[0];
  codes[other[1]] = code;
  return { ...cb, codes };
}

/** Drag and drop: put a code before another (taking that code's group), or at the end of a group. */
export function moveCodeTo(
  cb: Codebook,
  id: string,
  target: { beforeCodeId: string } | { endOfGroup: string },
): Codebook {
  const code = cb.codes.find((c) => c.id === id);
  if (!code || ('beforeCodeId' in target && target.beforeCodeId === id)) return cb;
  const rest = cb.codes.filter((c) => c.id !== id);
  if ('beforeCodeId' in target) {
    const at = rest.findIndex((c) => c.id === target.beforeCodeId);
    const before = rest[at];
    if (!before) return cb;
    rest.splice(at, 0, { ...code, group: before.group });
  } else {
    let at = -1;
    rest.forEach((c, i) => {
      if (c.group === target.endOfGroup) at = i;
    });
    rest.splice(at === -1 ? rest.length : at + 1, 0, { ...code, group: target.endOfGroup });
  }
  return { ...cb, codes: rest };
}

/**
 * Codes, groups and scales new in this draft get their id from their final label when saved (they
 * were added as "New code" and so on); those in the saved version keep theirs, since highlights and
 * ratings refer to them (and codes to their group).
 */
export function finalizeNewIds(cb: Codebook, saved: Pick<Codebook, 'codes' | 'groups' | 'scales'>): Codebook {
  const fresh = <T extends { id: string; label: string }>(
    items: readonly T[],
    savedIds: ReadonlySet<string>,
    fallback: string,
  ): Map<string, string> => {
    const taken = items.filter((x) => savedIds.has(x.id)).map((x) => x.id);
    const renamed = new Map<string, string>();
    for (const x of items) {
      if (savedIds.has(x.id)) continue;
      const id = idFromLabel(x.label, taken, '', fallback);
      taken.push(id);
      renamed.set(x.id, id);
    }
    return renamed;
  };
  const groupIds = fresh(cb.groups, new Set(saved.groups.map((g) => g.id)), 'group');
  const codeIds = fresh(cb.codes, new Set(saved.codes.map((c) => c.id)), 'code');
  const scaleIds = fresh(cb.scales, new Set(saved.scales.map((s) => s.id)), 'scale');
  return {
    ...cb,
    groups: cb.groups.map((g) => ({ ...g, id: groupIds.get(g.id) ?? g.id })),
    codes: cb.codes.map((c) => ({ ...c, id: codeIds.get(c.id) ?? c.id, group: groupIds.get(c.group) ?? c.group })),
    scales: cb.scales.map((s) => ({ ...s, id: scaleIds.get(s.id) ?? s.id })),
  };
}

/** Regroup: move a code to the end of another group. */
export function regroupCode(cb: Codebook, id: string, groupId: string): Codebook {
  return moveCodeTo(cb, id, { endOfGroup: groupId });
}

/** The file name an exported codebook gets: "<id>-v<version>.json". */
export function exportFileName(cb: Pick<Codebook, 'id' | 'version'>): string {
  return `${cb.id}-v${cb.version}.json`;
}

/** The services' validation message as a list ("the codebook is not valid: a; b" → [a, b]). */
export function validationLines(message: string): string[] {
  const m = /^the codebook is not valid: (.*)$/s.exec(message);
  return m ? m[1]!.split('; ') : [message];
}

// Scales. A scale's group is its "group" text: scales with the same text are listed (and laid out
// on the score sheet) together, in the order of their first scale.

export interface ScaleGroup {
  name: string;
  scales: Scale[];
}

export function scaleGroups(cb: Pick<Codebook, 'scales'>): ScaleGroup[] {
  const out: ScaleGroup[] = [];
  for (const s of cb.scales) {
    const g = out.find((x) => x.name === s.group);
    if (g) g.scales.push(s);
    else out.push({ name: s.group, scales: [s] });
  }
  return out;
}

export function updateScale(cb: Codebook, id: string, patch: Partial<Scale>): Codebook {
  return { ...cb, scales: cb.scales.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
}

/** Insert after the last scale of `group` (or at the end). */
function insertInGroup(scales: readonly Scale[], scale: Scale): Scale[] {
  let at = -1;
  scales.forEach((s, i) => {
    if (s.group === scale.group) at = i;
  });
  const out = [...scales];
  out.splice(at === -1 ? out.length : at + 1, 0, scale);
  return out;
}

/**
 * A new scale at the end of its group. It starts like the group's last scale (targets, range, step,
 * aggregation), since scales in one group are usually rated the same way; 1–9 in half points,
 * rated for the transcript, in a new group.
 */
export function addScale(cb: Codebook, group: string, label = 'New scale'): { codebook: Codebook; id: string } {
  const id = idFromLabel(
    label,
    cb.scales.map((s) => s.id),
    '',
    'scale',
  );
  const like = [...cb.scales].reverse().find((s) => s.group === group);
  const scale: Scale = {
    id,
    label,
    group,
    targets: like ? [...like.targets] : ['transcript'],
    min: like?.min ?? 1,
    max: like?.max ?? 9,
    step: like?.step ?? 0.5,
    notRateableAllowed: like?.notRateableAllowed ?? true,
    aggregate: like?.aggregate ?? 'none',
    description: '',
    archived: false,
  };
  return { codebook: { ...cb, scales: insertInGroup(cb.scales, scale) }, id };
}

/** A new group holds one new scale (a group is only the name its scales share). */
export function addScaleGroup(cb: Codebook, name = 'New group'): { codebook: Codebook; id: string; group: string } {
  const names = scaleGroups(cb).map((g) => g.name);
  let group = name;
  for (let n = 2; names.includes(group); n++) group = `${name} ${n}`;
  return { ...addScale(cb, group), group };
}

/**
 * Rename a group: exactly the scales that were in it when the coder chose it get the new name, so
 * typing through a name another group has merges nothing for good.
 */
export function renameScaleGroup(cb: Codebook, scaleIds: readonly string[], name: string): Codebook {
  return { ...cb, scales: cb.scales.map((s) => (scaleIds.includes(s.id) ? { ...s, group: name } : s)) };
}

/** Move a scale to the end of another group. */
export function regroupScale(cb: Codebook, id: string, group: string): Codebook {
  const scale = cb.scales.find((s) => s.id === id);
  if (!scale || scale.group === group) return cb;
  return {
    ...cb,
    scales: insertInGroup(
      cb.scales.filter((s) => s.id !== id),
      { ...scale, group },
    ),
  };
}

/** Swap a scale with its neighbour in the same group (Alt+↑/↓); unchanged at either end. */
export function moveScale(cb: Codebook, id: string, delta: -1 | 1): Codebook {
  const scale = cb.scales.find((s) => s.id === id);
  if (!scale) return cb;
  const same = cb.scales.map((s, i) => [s, i] as const).filter(([s]) => s.group === scale.group);
  const pos = same.findIndex(([s]) => s.id === id);
  const other = same[pos + delta];
  if (!other) return cb;
  const scales = [...cb.scales];
  scales[same[pos]![1]] = other[0];
  scales[other[1]] = scale;
  return { ...cb, scales };
}

/**
 * Why a scale (or subtype) cannot be removed, or null when it can. Like codes, anything a saved
 * version holds may already be referred to (ratings store the scale id, classifications the
 * subtype id), so it can only be archived once any coding uses this codebook; the project keeps
 * no per-scale count the editor could check instead.
 */
export function removalProblem(
  kind: 'scale' | 'subtype',
  label: string,
  saved: boolean,
  codingsUseThisCodebook: number,
): string | null {
  if (!saved || codingsUseThisCodebook === 0) return null;
  const n = codingsUseThisCodebook;
  return kind === 'scale'
    ? `“${label}” cannot be removed: ${n} ${n === 1 ? 'coding uses' : 'codings use'} this codebook, so ratings may refer to it. Archive it instead: it stays in the codebook for the ratings made with it.`
    : `“${label}” cannot be removed: ${n} ${n === 1 ? 'coding uses' : 'codings use'} this codebook, so classifications may refer to it. Rename it instead.`;
}

export function removeScale(cb: Codebook, id: string): Codebook {
  return { ...cb, scales: cb.scales.filter((s) => s.id !== id) };
}

/** "Mother, Father, Other figure" / "Each event, highest reported" as the scale list shows a scale's targets. */
export function targetsText(s: Pick<Scale, 'targets' | 'aggregate'>): string {
  const names = s.targets.map((t) => (t === 'event' ? 'Each event' : TARGET_LABELS[t]));
  return `${names.join(', ')}${s.aggregate === 'max' ? ', highest reported' : ''}`;
}

/** "1–9 by 0.5" (or "1–5" in whole points) as the scale list shows a range. */
export function rangeText(s: Pick<Scale, 'min' | 'max' | 'step'>): string {
  return `${s.min}–${s.max}${s.step === 1 ? '' : ` by ${s.step}`}`;
}

// Classification.

export const subtypeKey = (primaryId: string, index: number) => `${primaryId}/${index}`;

function withPrimary(cb: Codebook, primaryId: string, edit: (p: PrimaryCategory) => PrimaryCategory): Codebook {
  if (!cb.classification) return cb;
  return {
    ...cb,
    classification: {
      ...cb.classification,
      primary: cb.classification.primary.map((p) => (p.id === primaryId ? edit(p) : p)),
    },
  };
}

/** Label, description or "requires an alternative" of a primary category (its id is fixed: codings store it). */
export function updatePrimary(
  cb: Codebook,
  primaryId: string,
  patch: Partial<Omit<PrimaryCategory, 'id' | 'subtypes'>>,
): Codebook {
  return withPrimary(cb, primaryId, (p) => ({ ...p, ...patch }));
}

export function updateSubtype(cb: Codebook, primaryId: string, index: number, patch: Partial<Subtype>): Codebook {
  return withPrimary(cb, primaryId, (p) => ({
    ...p,
    subtypes: p.subtypes.map((s, i) => (i === index ? { ...s, ...patch } : s)),
  }));
}

/** A new subtype at the end of its category, with the next free numbered id (F6, Ds5, …). */
export function addSubtype(cb: Codebook, primaryId: string): { codebook: Codebook; index: number } {
  const scheme = cb.classification;
  const p = scheme?.primary.find((x) => x.id === primaryId);
  if (!scheme || !p) return { codebook: cb, index: -1 };
  const taken = new Set(
    scheme.primary.flatMap((x) => [x.id, ...x.subtypes.map((s) => s.id)]).map((x) => x.toLowerCase()),
  );
  // Numbered after the highest number the category's subtypes use ("F5" → "F6"; "Ds3b" counts as 3).
  const used = p.subtypes
    .map((s) => new RegExp(`^${p.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)`).exec(s.id)?.[1])
    .map(Number)
    .filter(Number.isFinite);
  let n = Math.max(0, ...used) + 1;
  while (taken.has(`${p.id}${n}`.toLowerCase())) n++;
  const id = `${p.id}${n}`;
  return {
    codebook: withPrimary(cb, primaryId, (x) => ({
      ...x,
      subtypes: [...x.subtypes, { id, label: `${id}: new subtype`, description: '' }],
    })),
    index: p.subtypes.length,
  };
}

export function removeSubtype(cb: Codebook, primaryId: string, index: number): Codebook {
  return withPrimary(cb, primaryId, (p) => ({ ...p, subtypes: p.subtypes.filter((_, i) => i !== index) }));
}
