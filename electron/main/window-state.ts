import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;

/** What window-state.json holds. Anything else (hand-edited, truncated, older) is ignored. */
export const windowStateSchema = z.object({
  x: z.number().int().min(-100_000).max(100_000).optional(),
  y: z.number().int().min(-100_000).max(100_000).optional(),
  width: z.number().int().min(100).max(100_000),
  height: z.number().int().min(100).max(100_000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof windowStateSchema>;

/** Parsed state, or null when the file content is not a valid state (the caller uses defaults). */
export function parseWindowState(raw: unknown): WindowState | null {
  const parsed = windowStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export interface RestoredWindow extends Rect {
  maximized: boolean;
}

function intersectionArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function clampSize(width: number, height: number, area: Rect): { width: number; height: number } {
  // The minimum wins over the work area only if the screen is tinier than the minimum itself.
  return {
    width: Math.max(Math.min(width, area.width), Math.min(MIN_WINDOW_SIZE.width, area.width)),
    height: Math.max(Math.min(height, area.height), Math.min(MIN_WINDOW_SIZE.height, area.height)),
  };
}

function centredIn(area: Rect, width: number, height: number): Rect {
  const size = clampSize(width, height, area);
  return {
    x: Math.round(area.x + (area.width - size.width) / 2),
    y: Math.round(area.y + (area.height - size.height) / 2),
    ...size,
  };
}

/**
 * Where to put the window: the saved bounds if they still overlap a display (moved fully
 * onto it and shrunk to fit), otherwise centred on the primary display. Monitors get
 * unplugged and resolutions change between sessions, so a saved position is only a hint.
 */
export function restoreWindowBounds(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  primary: Rect,
): RestoredWindow {
  if (!saved) return { ...centredIn(primary, DEFAULT_WINDOW_SIZE.width, DEFAULT_WINDOW_SIZE.height), maximized: false };
  if (saved.x === undefined || saved.y === undefined) {
    return { ...centredIn(primary, saved.width, saved.height), maximized: saved.maximized };
  }
  const want: Rect = { x: saved.x, y: saved.y, width: saved.width, height: saved.height };
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = intersectionArea(want, area);
    if (overlap > bestArea) {
      best = area;
      bestArea = overlap;
    }
  }
  if (!best) return { ...centredIn(primary, saved.width, saved.height), maximized: saved.maximized };
  const size = clampSize(saved.width, saved.height, best);
  const x = Math.min(Math.max(saved.x, best.x), best.x + best.width - size.width);
  const y = Math.min(Math.max(saved.y, best.y), best.y + best.height - size.height);
  return { x, y, ...size, maximized: saved.maximized };
}

/** Rounds Electron's bounds into a valid state to save. */
export function toWindowState(bounds: Rect, maximized: boolean): WindowState {
  return {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.max(100, Math.round(bounds.width)),
    height: Math.max(100, Math.round(bounds.height)),
    maximized,
  };
}
