import { codebookSchema, type Codebook } from '../../../../shared/codebook/codebook-schema.ts';
import { hotkeyProblem, RESERVED_KEYS } from './hotkeys.ts';
import { subtypeKey } from './classification.ts';

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
