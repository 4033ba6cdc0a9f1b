import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  parseWindowState,
  restoreWindowBounds,
  toWindowState,
  type Rect,
} from './window-state.ts';
import { readWindowState, writeWindowState } from './window-state-file.ts';

const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const right: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

function fitsIn(r: Rect, area: Rect): boolean {
  return (
    r.x >= area.x && r.y >= area.y && r.x + r.width <= area.x + area.width && r.y + r.height <= area.y + area.height
  );
}

describe('parseWindowState', () => {
  it('accepts a saved state and defaults maximized', () => {
    expect(parseWindowState({ x: 10, y: 20, width: 1000, height: 700 })).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('rejects junk instead of throwing', () => {
    for (const bad of [
      null,
      'x',
      [],
      {},
      { width: 'wide', height: 700 },
      { width: 1000.5, height: 700 },
      { width: 5, height: 5 },
      { x: 1e9, y: 0, width: 800, height: 600 },
    ]) {
      expect(parseWindowState(bad)).toBeNull();
    }
  });
});

describe('restoreWindowBounds', () => {
  it('centres the default size on the primary display when nothing was saved', () => {
    const r = restoreWindowBounds(null, [primary], primary);
    expect(r).toEqual({
      x: 320,
      y: 110,
      width: DEFAULT_WINDOW_SIZE.width,
      height: DEFAULT_WINDOW_SIZE.height,
      maximized: false,
    });
  });

  it('keeps saved bounds that are fully visible, on whichever display holds them', () => {
    const saved = { x: 2000, y: 100, width: 1200, height: 900, maximized: true };
    expect(restoreWindowBounds(saved, [primary, right], primary)).toEqual(saved);
  });

  it('centres on the primary display when the saved display is gone', () => {
    const r = restoreWindowBounds({ x: 2000, y: 100, width: 1200, height: 900, maximized: false }, [primary], primary);
    expect(r).toEqual({ x: 360, y: 70, width: 1200, height: 900, maximized: false });
  });

  it('pulls a partly off-screen window fully onto the display it mostly overlaps', () => {
    const r = restoreWindowBounds(
      { x: -300, y: 900, width: 1000, height: 700, maximized: false },
      [primary, right],
      primary,
    );
    expect(r).toEqual({ x: 0, y: 340, width: 1000, height: 700, maximized: false });
    expect(fitsIn(r, primary)).toBe(true);
  });

  it('shrinks a window larger than its display (resolution went down)', () => {
    const small: Rect = { x: 0, y: 0, width: 1280, height: 720 };
    const r = restoreWindowBounds({ x: 0, y: 0, width: 2400, height: 1300, maximized: false }, [small], small);
    expect(r).toEqual({ x: 0, y: 0, width: 1280, height: 720, maximized: false });
  });

  it('never goes below the minimum size unless the display itself is smaller', () => {
    const r = restoreWindowBounds({ x: 10, y: 10, width: 200, height: 150, maximized: false }, [primary], primary);
    expect(r.width).toBe(MIN_WINDOW_SIZE.width);
    expect(r.height).toBe(MIN_WINDOW_SIZE.height);
    const tiny: Rect = { x: 0, y: 0, width: 640, height: 400 };
    const t = restoreWindowBounds({ x: 0, y: 0, width: 1000, height: 800, maximized: false }, [tiny], tiny);
    expect(t).toEqual({ x: 0, y: 0, width: 640, height: 400, maximized: false });
  });

  it('centres a saved size without a position, keeping maximized', () => {
    const r = restoreWindowBounds({ width: 1000, height: 800, maximized: true }, [primary], primary);
    expect(r).toEqual({ x: 460, y: 120, width: 1000, height: 800, maximized: true });
  });

  it('respects a display whose work area does not start at 0,0 (taskbar on the left/top)', () => {
    const area: Rect = { x: 64, y: 32, width: 1856, height: 1048 };
    const r = restoreWindowBounds({ x: 0, y: 0, width: 800, height: 600, maximized: false }, [area], area);
    expect(r).toEqual({ x: 64, y: 32, width: 800, height: 600, maximized: false });
  });
});

describe('window-state.json', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  function tempFile(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attune-window-state-'));
    dirs.push(dir);
    return path.join(dir, 'nested', 'window-state.json');
  }

  it('round-trips through a real file', () => {
    const file = tempFile();
    const state = toWindowState({ x: 10.4, y: 20.6, width: 1000.2, height: 700 }, true);
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual({ x: 10, y: 21, width: 1000, height: 700, maximized: true });
    expect(fs.readdirSync(path.dirname(file))).toEqual(['window-state.json']);
  });

  it('reads a missing, truncated or invalid file as "no state"', () => {
    const file = tempFile();
    expect(readWindowState(file)).toBeNull();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '{"x": 1, "y"');
    expect(readWindowState(file)).toBeNull();
    fs.writeFileSync(file, JSON.stringify({ x: 1, y: 2, width: -5, height: 600 }));
    expect(readWindowState(file)).toBeNull();
  });
});
