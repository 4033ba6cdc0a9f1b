/**
 * Coder names identify people in every view, file and report, so two names that look the same must not
 * both exist. A name is stored in Unicode NFKC (full-width "Ａｄａ" is "Ada"), with single spaces; a name
 * holding invisible characters (zero-width, bidi controls, soft hyphen, fillers) or control characters
 * (NUL …) is refused, and so is a name whose skeleton equals an existing coder's (Cyrillic "А" next to
 * Latin "A", Greek "Ο" for "O", any case).
 */
import { countLoneSurrogates } from './clean-text.ts';

/**
 * The common confusables between Cyrillic, Greek and Latin letters (after Unicode's confusables.txt,
 * UTS #39), each mapped to the Latin letter it imitates; applied before lower-casing.
 */
const CONFUSABLES: Record<string, string> = {
  // Cyrillic capitals and small letters
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  Ѕ: 'S',
  І: 'I',
  Ј: 'J',
  Ԛ: 'Q',
  Ԝ: 'W',
  Һ: 'h',
  Ӏ: 'l',
  Ь: 'b',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ј: 'j',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ӏ: 'l',
  ь: 'b',
  ѵ: 'v',
  ɡ: 'g',
  // Greek capitals and small letters
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'o',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  ρ: 'p',
  υ: 'u',
  χ: 'x',
  α: 'a',
  ı: 'i',
};

/** Characters no one can see: format characters (zero-width, bidi, soft hyphen) and blank fillers. */
// Variation selectors (U+FE00–U+FE0F) are invisible on their own too; listed apart from the class.
const INVISIBLE = /\p{Cf}|[\u115F\u1160\u3164\uFFA0\u2800\u180E]|[\uFE00-\uFE0F]/u;
const CONTROL = /[\p{Cc}]/u;

const codePoint = (ch: string) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The name as stored, or what is wrong with it (a sentence naming the character). */
export function checkCoderName(raw: string): { ok: true; name: string } | { ok: false; problem: string } {
  if (countLoneSurrogates(raw) > 0)
    return { ok: false, problem: 'the name holds a broken character (a lone surrogate)' };
  const control = CONTROL.exec(raw.replace(/[ \t]/g, ''));
  if (control) return { ok: false, problem: `the name holds a control character (${codePoint(control[0])})` };
  const name = raw.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  const invisible = INVISIBLE.exec(raw) ?? INVISIBLE.exec(name);
  if (invisible) return { ok: false, problem: `the name holds an invisible character (${codePoint(invisible[0])})` };
  if (!name) return { ok: false, problem: 'a coder needs a name' };
  if (name.length > 80) return { ok: false, problem: 'a coder name has at most 80 characters' };
  return { ok: true, name };
}

/** What a name looks like: confusable letters folded to Latin, any case, so look-alike names compare equal. */
export function nameSkeleton(name: string): string {
  const folded = [...name.normalize('NFKC')].map((ch) => CONFUSABLES[ch] ?? ch).join('');
  return [...folded.toLowerCase()].map((ch) => CONFUSABLES[ch] ?? ch).join('');
}
