import type { Codebook } from '../../shared/codebook/codebook-schema.ts';
import { ServiceError } from './service-error.ts';

/**
 * What the codebook allows, checked the same way in the app and in the coding exchange, so a file
 * cannot carry what the UI refuses.
 */

/**
 * What is wrong with a rating under a scale, or null: the scale's targets, range, step and the
 * not-rateable rule.
 */
export function ratingProblem(
  scale: Codebook['scales'][number],
  r: { target: string; value: number | null; notRateable: boolean },
): string | null {
  const kind = r.target.startsWith('event:') ? 'event' : r.target;
  if (!scale.targets.includes(kind as never))
    return `${scale.label} is rated for ${scale.targets.join(', ')}, not ${kind}`;
  if (r.notRateable && !scale.notRateableAllowed) return `${scale.label} cannot be marked not rateable`;
  if (r.notRateable && r.value !== null)
    return `${scale.label} for ${r.target} is marked not rateable but also has the value ${r.value}`;
  if (!r.notRateable && r.value === null)
    return `${scale.label} for ${r.target} has neither a value nor "not rateable"`;
  if (r.value !== null) {
    if (!Number.isFinite(r.value) || r.value < scale.min || r.value > scale.max)
      return `${scale.label} runs from ${scale.min} to ${scale.max}; ${r.value} is outside`;
    const steps = (r.value - scale.min) / scale.step;
    if (Math.abs(steps - Math.round(steps)) > 1e-9)
      return `${scale.label} moves in steps of ${scale.step}; ${r.value} is between steps`;
  }
  return null;
}

/** Throws a validation error naming what the codebook's classification scheme does not allow. */
export function validateClassification(
  codebook: Codebook,
  c: { primary: string; subtype: string | null; alternative: string | null; secondAlternative: string | null },
): void {
  const scheme = codebook.classification;
  if (!scheme) throw new ServiceError('validation', 'the active codebook defines no classification');
  const primary = scheme.primary.find((p) => p.id === c.primary);
  const names = scheme.primary.map((p) => p.id).join(', ');
  if (!primary)
    throw new ServiceError('validation', `"${c.primary}" is not a classification of this codebook (${names})`);
  if (c.subtype !== null && !primary.subtypes.some((s) => s.id === c.subtype))
    throw new ServiceError('validation', `"${c.subtype}" is not a subtype of ${primary.id}`);
  const organised = scheme.primary.filter((p) => !p.requiresAlternative).map((p) => p.id);
  if (primary.requiresAlternative && c.alternative === null)
    throw new ServiceError(
      'validation',
      `${primary.id} is always recorded with a best-fitting alternative (${organised.join(', ')})`,
    );
  for (const [field, value] of [
    ['alternative', c.alternative],
    ['second alternative', c.secondAlternative],
  ] as const) {
    if (
      value !== null &&
      !organised.includes(value) &&
      !scheme.primary.some((p) => p.subtypes.some((s) => s.id === value))
    )
      throw new ServiceError(
        'validation',
        `the ${field} must be an organised category or subtype (${organised.join(', ')}), not "${value}"`,
      );
  }
}
