import type { Annotation } from '../../../shared/api/annotation.ts';
import type { Classification } from '../../../shared/api/classification.ts';
import type { Rating } from '../../../shared/api/rating.ts';

/** How the consensus view writes items: a classification, a rating, a highlight's passage. */

/** "Ds3" or "U/E2": the subtype (else the primary category), with the alternative when there is one. */
export const classText = (c: Pick<Classification, 'primary' | 'subtype' | 'alternative'>) =>
  `${c.subtype ?? c.primary}${c.alternative ? `/${c.alternative}` : ''}`;

export const ratingText = (r: Pick<Rating, 'value' | 'notRateable'>) =>
  r.notRateable ? 'not rateable' : String(r.value);

/** A highlight's passage, cut to 120 characters. */
export function quoteOf(text: string, a: Pick<Annotation, 'start' | 'end'>): string {
  const t = text.slice(a.start, a.end);
  return t.length > 120 ? t.slice(0, 117) + '…' : t;
}

/**
 * One row per scale and target any coder or the consensus rated, in order of first appearance (coders
 * first). Event targets are left out: those ratings are shown with their loss or trauma event.
 */
export function ratingRows<R extends Pick<Rating, 'scaleId' | 'target'>>(
  coderRatings: readonly (readonly R[])[],
  consensusRatings: readonly R[],
): R[] {
  return [
    ...new Map(
      [...coderRatings.flat(), ...consensusRatings]
        .filter((r) => !r.target.startsWith('event:'))
        .map((r) => [`${r.scaleId}|${r.target}`, r]),
    ).values(),
  ];
}
