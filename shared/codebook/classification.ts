import { ALTERNATIVE, type ClassificationScheme } from './codebook-schema.ts';

export interface ClassificationCoding {
  primary: string;
  alternative: string | null;
}

export type DerivedLabel = { level: string; label: string } | { level: string; label: null; reason: string };

/**
 * Derive one level's label from a single stored coding. U and CC resolve through
 * their organised alternative where the level says so (3-way counts U/E2 as E).
 */
export function deriveLevel(scheme: ClassificationScheme, levelId: string, coding: ClassificationCoding): DerivedLabel {
  const level = scheme.levels.find((l) => l.id === levelId);
  if (!level) return { level: levelId, label: null, reason: `unknown level "${levelId}"` };
  const target = level.map[coding.primary];
  if (target === undefined)
    return { level: levelId, label: null, reason: `level ${level.label} does not map "${coding.primary}"` };
  if (target !== ALTERNATIVE) return { level: levelId, label: target };
  if (!coding.alternative)
    return { level: levelId, label: null, reason: `${coding.primary} has no alternative recorded` };
  // The alternative is an organised category or one of its subtypes ("U/E2" counts as E at 3-way).
  const altPrimary =
    scheme.primary.find((p) => p.id === coding.alternative || p.subtypes.some((s) => s.id === coding.alternative))
      ?.id ?? coding.alternative;
  const viaAlt = level.map[altPrimary];
  if (viaAlt === undefined || viaAlt === ALTERNATIVE)
    return {
      level: levelId,
      label: null,
      reason: `alternative "${coding.alternative}" is not an organised category at ${level.label}`,
    };
  return { level: levelId, label: viaAlt };
}

export function deriveAllLevels(scheme: ClassificationScheme, coding: ClassificationCoding): DerivedLabel[] {
  return scheme.levels.map((l) => deriveLevel(scheme, l.id, coding));
}
