import { describe, expect, it } from 'vitest';
import { cleanText, countLoneSurrogates, replaceLoneSurrogates } from './clean-text.ts';
import { checkCoderName, nameSkeleton } from './coder-name.ts';

describe('cleanText: one set of rules for every stored text', () => {
  it('replaces lone surrogates with U+FFFD, keeping pairs (emoji) and the UTF-16 length', () => {
    const s = 'a\ud800b\udc00c😀d\udbff';
    expect(replaceLoneSurrogates(s)).toBe('a\ufffdb\ufffdc😀d\ufffd');
    expect(replaceLoneSurrogates(s).length).toBe(s.length);
    expect(countLoneSurrogates(s)).toBe(3);
    // Well-formed: survives a UTF-8 round trip unchanged.
    const clean = cleanText(s);
    expect(Buffer.from(clean, 'utf8').toString('utf8')).toBe(clean);
  });

  it('drops NUL, other controls and bidi controls, keeps tab and LF, makes CRLF LF, and is idempotent', () => {
    const s = 'x\u0000y\r\nz\u202Eevil\u2066\u2069\tq\u0007';
    expect(cleanText(s)).toBe('xy\nzevil\tq');
    expect(cleanText(cleanText(s))).toBe(cleanText(s));
  });
});

describe('coder names', () => {
  it('stores NFKC with single spaces: full-width forms become plain letters', () => {
    expect(checkCoderName('  Ａｄａ   Lovelace ')).toEqual({ ok: true, name: 'Ada Lovelace' });
  });

  it.each([
    ['Ada\u200B', 'U+200B'],
    ['A\u200Dda', 'U+200D'],
    ['Ada\u202E', 'U+202E'],
    ['Ad\u00ADa', 'U+00AD'],
    ['\u3164', 'U+3164'],
  ])('refuses the invisible character in %j', (name, cp) => {
    expect(checkCoderName(name)).toEqual({ ok: false, problem: `the name holds an invisible character (${cp})` });
  });

  it('refuses NUL and other control characters, and lone surrogates', () => {
    expect(checkCoderName('Ada\u0000')).toEqual({ ok: false, problem: 'the name holds a control character (U+0000)' });
    expect(checkCoderName('Ada\u0085')).toMatchObject({ ok: false });
    expect(checkCoderName('Ada\ud800')).toMatchObject({ ok: false });
  });

  it('gives look-alike names (Cyrillic А, Greek Ο, any case) the same skeleton, and different names different ones', () => {
    expect(nameSkeleton('\u0410da')).toBe(nameSkeleton('Ada'));
    expect(nameSkeleton('ΟΤΤΟ')).toBe(nameSkeleton('otto'));
    expect(nameSkeleton('Ｂｅｎ')).toBe(nameSkeleton('ben'));
    expect(nameSkeleton('Zoë')).not.toBe(nameSkeleton('Zoe'));
    expect(nameSkeleton('Ian')).not.toBe(nameSkeleton('Lan'));
  });
});
