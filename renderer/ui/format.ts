import type { FormatStyle } from '../../shared/api/prefs.ts';

/**
 * Every date, time and count the UI shows, written one way: the system locale through Intl, or ISO
 * (2026-12-07 14:03, "." decimals, no grouping) when the user chooses it in Settings. Statistics are not
 * formatted here: they keep their fixed decimals and "." on screen as in every export and report
 * (shared/reliability/format.ts), so a figure copied from the dashboard reads the same as in the CSV.
 */
export interface Formatter {
  style: FormatStyle;
  /** 7 December 2026 / 2026-12-07 */
  date: (at: Date | string | number) => string;
  /** 7 Dec 2026, 14:03 / 2026-12-07 14:03 */
  dateTime: (at: Date | string | number) => string;
  /** 14:03 (or 2:03 PM) / 14:03 */
  time: (at: Date | string | number) => string;
  /** 6,422 / 6422 */
  count: (n: number) => string;
  /** A measured number with at most `digits` decimals: 3.5 / 3,5 / 3.5 */
  number: (n: number, digits?: number) => string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const toDate = (at: Date | string | number) => (at instanceof Date ? at : new Date(at));

/** What could not be read as a time is shown as it came, never as "Invalid Date". */
function safe(f: (d: Date) => string) {
  return (at: Date | string | number) => {
    const d = toDate(at);
    return Number.isNaN(d.getTime()) ? String(at) : f(d);
  };
}

function isoFormatter(): Formatter {
  const date = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const time = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return {
    style: 'iso',
    date: safe(date),
    dateTime: safe((d) => `${date(d)} ${time(d)}`),
    time: safe(time),
    count: (n) => String(n),
    number: (n, digits = 2) => String(Number(n.toFixed(digits))),
  };
}

function localeFormatter(locale: string | undefined): Formatter {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const numbers = new Map<number, Intl.NumberFormat>();
  return {
    style: 'system',
    date: safe((d) => date.format(d)),
    dateTime: safe((d) => dateTime.format(d)),
    time: safe((d) => time.format(d)),
    count: (n) => count.format(n),
    number: (n, digits = 2) => {
      let f = numbers.get(digits);
      if (!f) numbers.set(digits, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
      return f.format(n);
    },
  };
}

/** `locale` undefined: the system's (the browser's or Electron's, which follow the operating system). */
export function makeFormatter(style: FormatStyle, locale?: string): Formatter {
  return style === 'iso' ? isoFormatter() : localeFormatter(locale);
}
