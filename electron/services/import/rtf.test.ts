import { describe, expect, it } from 'vitest';
import { RtfError, rtfToText } from './rtf.ts';

const text = (rtf: string) => rtfToText(new TextEncoder().encode(rtf)).text;

describe('rtfToText', () => {
  it('turns paragraphs, line breaks, tabs and table cells into plain characters', () => {
    expect(text('{\\rtf1\\ansi I:\\tab Hello\\par R: Hi\\line there\\par\r\nA\\cell B\\cell\\row}')).toBe(
      'I:\tHello\nR: Hi\nthere\nA\tB\t\n',
    );
  });

  it('skips font, colour and style tables, info, pictures and unknown \\* destinations', () => {
    const rtf =
      '{\\rtf1{\\fonttbl{\\f0 Times;}}{\\colortbl;\\red1;}{\\stylesheet{\\s0 Normal;}}{\\info{\\author X}}' +
      '{\\*\\unknowndest secret}{\\pict\\pngblip 89504e47}{\\*\\shppict{\\pict 00}}{\\nonshppict{\\pict 00}}Text\\par}';
    expect(text(rtf)).toBe('Text\n');
  });

  it('keeps field results but not field instructions, and keeps list numbers', () => {
    expect(text('{\\rtf1{\\field{\\*\\fldinst HYPERLINK "x"}{\\fldrslt link}} and {\\listtext 3.\\tab}Q\\par}')).toBe(
      'link and 3.\tQ\n',
    );
  });

  it("decodes \\'hh in the document code page (1252 by default, \\ansicpg otherwise)", () => {
    expect(text("{\\rtf1\\ansi Jos\\'e9 \\'93q\\'94 \\'96}")).toBe('José “q” –');
    expect(text("{\\rtf1\\ansi\\ansicpg1251 \\'cf\\'f0\\'e8}")).toBe('При');
    expect(text("{\\rtf1\\ansi\\ansicpg932 \\'82\\'a0}")).toBe('あ');
  });

  it('decodes \\uN with \\uc fallbacks, negative values and surrogate pairs', () => {
    expect(text('{\\rtf1 \\u321?ukasz \\u-10179?\\u-9139?}')).toBe('Łukasz 👍');
    expect(text("{\\rtf1\\uc2 \\u321\\'4c\\'4cukasz}")).toBe('Łukasz');
    expect(text('{\\rtf1\\uc0 \\u321 ukasz}')).toBe('Łukasz');
    // \uc is scoped to its group
    expect(text('{\\rtf1{\\uc0 \\u233 }\\u233?}')).toBe('éé');
  });

  it('handles escaped braces and backslashes, control symbols and special words', () => {
    // The space after a control word (\emdash ) delimits it and is not text; control symbols (\~) take none.
    expect(text('{\\rtf1 a\\{b\\}c\\\\d e\\~f g\\_h i\\-j \\emdash \\endash \\ldblquote x\\rdblquote \\bullet}')).toBe(
      'a{b}c\\d e\u00A0f g-h ij —–“x”•',
    );
    expect(text('{\\rtf1 one\\\ntwo}')).toBe('one\ntwo');
  });

  it('skips \\bin data and ignores raw line breaks in the source', () => {
    expect(text('{\\rtf1 a\\bin4 {}\\x b\r\nc}')).toBe('a bc');
  });

  it('rejects input that is not RTF', () => {
    expect(() => rtfToText(new TextEncoder().encode('hello'))).toThrow(RtfError);
  });
});

describe('rtfToText on a cut-off file', () => {
  it('says when the document ends before its groups close, and not for a complete one', () => {
    const full = '{\\rtf1\\ansi {\\b I:} Hello\\par R: Fine.\\par}';
    expect(rtfToText(new TextEncoder().encode(full)).truncated).toBe(false);
    for (const cut of [full.length - 1, 30, full.indexOf('\\par') + 1])
      expect(rtfToText(new TextEncoder().encode(full.slice(0, cut))).truncated, full.slice(0, cut)).toBe(true);
  });
});
