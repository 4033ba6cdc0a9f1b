import { z } from 'zod';

/**
 * A codebook is data, not code: labs rename, add, archive or replace it entirely
 * (MGH is not the only coding system). This schema validates the JSON file format
 * used for the shipped default, for import/export, and for what the store returns.
 */
const slug = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'ids use letters, digits, dot, dash and underscore');

export const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb');

export const codeGroupSchema = z
  .object({
    id: slug,
    label: z.string().min(1).max(80),
    description: z.string().max(2000).default(''),
  })
  .strict();

export const codeSchema = z
  .object({
    id: slug,
    label: z.string().min(1).max(120),
    group: slug,
    color: hexColor,
    /** A single printable key (e.g. "1", "q") or null. */
    hotkey: z.string().length(1).nullable().default(null),
    description: z.string().max(4000).default(''),
    archived: z.boolean().default(false),
    /** Unresolved indicators are linked to a loss/trauma event. */
    eventLinked: z.boolean().default(false),
  })
  .strict();

export const scaleTarget = z.enum(['mother', 'father', 'other', 'event', 'transcript']);
export type ScaleTarget = z.infer<typeof scaleTarget>;

export const scaleSchema = z
  .object({
    id: slug,
    label: z.string().min(1).max(120),
    group: z.string().min(1).max(80),
    targets: z.array(scaleTarget).min(1, 'a scale is rated for at least one target'),
    min: z.number().default(1),
    max: z.number().default(9),
    step: z.number().positive().default(0.5),
    notRateableAllowed: z.boolean().default(true),
    /** How per-target ratings combine into the reported value (unresolved scales: max over events). */
    aggregate: z.enum(['none', 'max']).default('none'),
    description: z.string().max(4000).default(''),
    /** Retired, like an archived code: kept for the ratings already made with it; not meant to be offered for new ones. */
    archived: z.boolean().default(false),
  })
  .strict();

export const subtypeSchema = z
  .object({
    id: slug,
    label: z.string().min(1).max(160),
    description: z.string().max(4000).default(''),
  })
  .strict();

export const primaryCategorySchema = z
  .object({
    id: slug,
    label: z.string().min(1).max(120),
    description: z.string().max(4000).default(''),
    subtypes: z.array(subtypeSchema).default([]),
    /** U and CC are always recorded with a best-fitting organised alternative. */
    requiresAlternative: z.boolean().default(false),
  })
  .strict();

/** A grouping level maps each primary category to a label; "@alternative" means "use the coding's alternative". */
export const ALTERNATIVE = '@alternative';
export const classificationLevelSchema = z
  .object({
    id: slug,
    label: z.string().min(1).max(120),
    map: z.record(z.string(), z.string().min(1)),
  })
  .strict();

export const classificationSchemeSchema = z
  .object({
    primary: z.array(primaryCategorySchema).min(1),
    levels: z.array(classificationLevelSchema).default([]),
  })
  .strict()
  .superRefine((scheme, ctx) => {
    // Codings store these ids, and an alternative is looked up among primaries and subtypes alike
    // (classification.ts), so one id must name one category.
    const ids = new Map<string, string>();
    scheme.primary.forEach((p, i) => {
      if (ids.has(p.id))
        ctx.addIssue({ code: 'custom', path: ['primary', i, 'id'], message: `category id "${p.id}" is used twice` });
      ids.set(p.id, p.label);
    });
    scheme.primary.forEach((p, i) =>
      p.subtypes.forEach((s, j) => {
        if (ids.has(s.id))
          ctx.addIssue({
            code: 'custom',
            path: ['primary', i, 'subtypes', j, 'id'],
            message: `id "${s.id}" is used twice: by “${ids.get(s.id)}” and by “${s.label}”`,
          });
        ids.set(s.id, s.label);
      }),
    );
    const needsAlternative = scheme.primary.filter((p) => p.requiresAlternative);
    if (needsAlternative.length > 0 && needsAlternative.length === scheme.primary.length)
      ctx.addIssue({
        code: 'custom',
        path: ['primary'],
        message: 'at least one category must not require an alternative: the alternative is chosen among those',
      });
    const levelIds = new Set<string>();
    scheme.levels.forEach((l, i) => {
      if (levelIds.has(l.id))
        ctx.addIssue({ code: 'custom', path: ['levels', i, 'id'], message: `level id "${l.id}" is used twice` });
      levelIds.add(l.id);
      for (const [from, to] of Object.entries(l.map)) {
        const p = scheme.primary.find((x) => x.id === from);
        if (!p)
          ctx.addIssue({
            code: 'custom',
            path: ['levels', i, 'map', from],
            message: `level “${l.label}” maps "${from}", which is not a primary category`,
          });
        else if (to === ALTERNATIVE && !p.requiresAlternative)
          ctx.addIssue({
            code: 'custom',
            path: ['levels', i, 'map', from],
            message: `level “${l.label}” counts ${from} under its alternative, so ${from} must require an alternative`,
          });
      }
    });
  });

export const codebookSchema = z
  .object({
    id: slug,
    name: z.string().min(1).max(160),
    version: z.number().int().positive(),
    description: z.string().max(8000).default(''),
    groups: z.array(codeGroupSchema).min(1),
    codes: z.array(codeSchema),
    scales: z.array(scaleSchema).default([]),
    classification: classificationSchemeSchema.nullable().default(null),
  })
  .strict()
  .superRefine((cb, ctx) => {
    const groups = new Set(cb.groups.map((g) => g.id));
    const seen = new Set<string>();
    const keys = new Set<string>();
    cb.codes.forEach((c, i) => {
      if (seen.has(c.id))
        ctx.addIssue({ code: 'custom', path: ['codes', i, 'id'], message: `duplicate code id "${c.id}"` });
      seen.add(c.id);
      if (!groups.has(c.group))
        ctx.addIssue({
          code: 'custom',
          path: ['codes', i, 'group'],
          message: `code "${c.id}" names unknown group "${c.group}"`,
        });
      if (c.hotkey && !c.archived) {
        const k = c.hotkey.toLowerCase();
        if (keys.has(k))
          ctx.addIssue({ code: 'custom', path: ['codes', i, 'hotkey'], message: `hotkey "${c.hotkey}" is used twice` });
        keys.add(k);
      }
    });
    const scaleIds = new Set<string>();
    cb.scales.forEach((s, i) => {
      if (scaleIds.has(s.id))
        ctx.addIssue({ code: 'custom', path: ['scales', i, 'id'], message: `duplicate scale id "${s.id}"` });
      scaleIds.add(s.id);
      if (new Set(s.targets).size !== s.targets.length)
        ctx.addIssue({
          code: 'custom',
          path: ['scales', i, 'targets'],
          message: `scale “${s.label}” names a target twice`,
        });
      if (!(s.max > s.min))
        ctx.addIssue({
          code: 'custom',
          path: ['scales', i, 'max'],
          message: `scale “${s.label}”: the top of the range (${s.max}) must be above the bottom (${s.min})`,
        });
      else {
        // Every value a coder can give is min + k·step, so the range must end on a step.
        const steps = (s.max - s.min) / s.step;
        if (Math.abs(steps - Math.round(steps)) > 1e-9)
          ctx.addIssue({
            code: 'custom',
            path: ['scales', i, 'step'],
            message: `scale “${s.label}”: steps of ${s.step} from ${s.min} do not land on ${s.max}`,
          });
        else if (steps > 200)
          ctx.addIssue({
            code: 'custom',
            path: ['scales', i, 'step'],
            message: `scale “${s.label}” has more than 200 points (${s.min} to ${s.max} in steps of ${s.step})`,
          });
      }
    });
  });

export type Codebook = z.infer<typeof codebookSchema>;
export type Code = z.infer<typeof codeSchema>;
export type CodeGroup = z.infer<typeof codeGroupSchema>;
export type Scale = z.infer<typeof scaleSchema>;
export type PrimaryCategory = z.infer<typeof primaryCategorySchema>;
export type Subtype = z.infer<typeof subtypeSchema>;
export type ClassificationScheme = z.infer<typeof classificationSchemeSchema>;
