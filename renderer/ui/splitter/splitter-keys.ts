export const STEP = 16;
export const BIG_STEP = 64;

export interface SplitterKey {
  key: string;
  shiftKey: boolean;
  orientation: 'vertical' | 'horizontal';
  direction: 1 | -1;
  /** The size the key moves from. */
  from: number;
  min: number;
  max: number;
}

/** The size an arrow, Home or End key asks for (within min and max), or null for any other key. */
export function sizeForKey({ key, shiftKey, orientation, direction, from, min, max }: SplitterKey): number | null {
  const step = shiftKey ? BIG_STEP : STEP;
  const grow = orientation === 'vertical' ? ['ArrowRight', 'ArrowLeft'] : ['ArrowDown', 'ArrowUp'];
  let next: number;
  if (key === grow[0]) next = from + step * direction;
  else if (key === grow[1]) next = from - step * direction;
  else if (key === 'Home') next = min;
  else if (key === 'End') next = max;
  else return null;
  return Math.round(Math.min(max, Math.max(min, next)));
}

/**
 * Where the next key press starts from. The size shown is measured after layout, so a held key's repeats
 * (or fast presses) can arrive before it catches up with the last press: they start from what that press
 * asked for, or each would repeat the same step and all but one be lost. Once the measured size moves, it
 * is the truth again (the layout may have given less than was asked).
 */
export function keyStart(shown: number, pending: { asked: number; shown: number } | null): number {
  return pending && pending.shown === shown ? pending.asked : shown;
}
