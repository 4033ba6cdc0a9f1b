import { useEffect, useState } from 'react';

/** "" and anything not a number become NaN, which the draft's problems explain; "4,5" reads as 4.5. */
export const parseNumber = (t: string) => (t.trim() === '' ? Number.NaN : Number(t.trim().replace(',', '.')));
const shown = (v: number) => (Number.isFinite(v) ? String(v) : '');

/**
 * The text of a number field, kept apart from the number so "4." or "" can be typed through. When the
 * number changes under it (Revert, or undo of a field) the text shows it, unless it already says it.
 */
export function useNumberText(value: number): [string, (text: string) => void] {
  const [text, setText] = useState(shown(value));
  useEffect(() => {
    setText((t) => (Object.is(parseNumber(t), value) ? t : shown(value)));
  }, [value]);
  return [text, setText];
}
