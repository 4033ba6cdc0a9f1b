import { describe, expect, it } from 'vitest';
import { makeFormatter } from './format.ts';

// A fixed local time (the Date is built from local fields, so the test holds in any time zone).
const at = new Date(2026, 11, 7, 14, 3, 9);

describe('one way to write dates and numbers', () => {
  it('ISO: 2026-12-07 14:03, "." decimals and no grouping, whatever the locale', () => {
    const f = makeFormatter('iso', 'de-DE');
    expect(f.dateTime(at)).toBe('2026-12-07 14:03');
    expect(f.date(at)).toBe('2026-12-07');
    expect(f.time(at)).toBe('14:03');
    expect(f.count(1234567)).toBe('1234567');
    expect(f.number(3.14159, 2)).toBe('3.14');
    expect(f.number(3.5)).toBe('3.5');
  });

  it('system: the locale through Intl (German grouping and decimal comma, British day-month order)', () => {
    const de = makeFormatter('system', 'de-DE');
    expect(de.count(6422)).toBe('6.422');
    expect(de.number(3.5)).toBe('3,5');
    expect(de.date(at)).toBe('07.12.2026');
    expect(de.time(at)).toBe('14:03');
    const gb = makeFormatter('system', 'en-GB');
    expect(gb.count(6422)).toBe('6,422');
    expect(gb.date(at)).toBe('7 Dec 2026');
    expect(gb.dateTime(at)).toBe('7 Dec 2026, 14:03');
    const us = makeFormatter('system', 'en-US');
    expect(us.time(at)).toMatch(/^2:03\sPM$/);
  });

  it('shows a value that is not a time as it came, never "Invalid Date"', () => {
    expect(makeFormatter('system', 'en-GB').dateTime('not a time')).toBe('not a time');
    expect(makeFormatter('iso').date('')).toBe('');
  });
});
