import fs from 'node:fs';
import path from 'node:path';
import { parseWindowState, type WindowState } from './window-state.ts';

export const WINDOW_STATE_FILE = 'window-state.json';

/** The saved state, or null if there is none or it is unreadable/invalid (never throws). */
export function readWindowState(file: string): WindowState | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    return parseWindowState(JSON.parse(text));
  } catch {
    return null;
  }
}

/** Written to a temp file and renamed, so a crash mid-write cannot leave half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
  fs.renameSync(tmp, file);
}
