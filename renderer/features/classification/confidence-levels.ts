/** Confidence is recorded as 0..1; coders pick one of three labelled levels. */
export const CONFIDENCE_LEVELS: { label: string; value: number | null }[] = [
  { label: 'Not given', value: null },
  { label: 'Low', value: 0.33 },
  { label: 'Medium', value: 0.67 },
  { label: 'High', value: 1 },
];

/** The level a stored confidence shows as (imported codings may hold any value in 0..1). */
export function nearestLevel(v: number | null): number | null {
  if (v === null) return null;
  let best = CONFIDENCE_LEVELS[1]!.value;
  for (const c of CONFIDENCE_LEVELS)
    if (c.value !== null && best !== null && Math.abs(c.value - v) < Math.abs(best - v)) best = c.value;
  return best;
}
