import { decodeWindows1252 } from './cp1252.ts';

/**
 * A conservative RTF-to-plain-text extractor.
 *
 * Why our own: the maintained RTF packages on npm either de-encapsulate Outlook HTML only
 * (rtf-stream-parser), need a DOM (rtf.js), or are unmaintained with old dependencies (rtf-parser).
 * Transcripts use a tiny part of RTF (paragraphs, tabs, bold, special characters), so a small
 * extractor that skips everything it does not understand is safer than any of those.
 *
 * Handled: groups; ignorable destinations `{\*\…}`; known non-text destinations (font, colour and
 * style tables, info, pictures, objects, headers/footers, footnotes, annotations, field instructions,
 * themes, list tables …) are skipped; `\par`, `\line`, `\sect`, `\page`, `\row` → LF; `\tab`, `\cell` → tab;
 * `\'hh` bytes decoded in the document code page (`\ansicpg`, default 1252, multi-byte pages too);
 * `\uN` with `\ucN` fallback skipping (surrogate pairs join naturally); `\~` NBSP, `\_` hyphen, `\-`
 * dropped; `\emdash`, `\endash`, quotes, bullets; `\binN` data skipped. Field results (`\fldrslt`) are kept.
 */

const SKIP_DESTINATIONS = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'info',
  'pict',
  'object',
  'objdata',
  'header',
  'headerl',
  'headerr',
  'headerf',
  'footer',
  'footerl',
  'footerr',
  'footerf',
  'footnote',
  'annotation',
  'atnid',
  'atnauthor',
  'atndate',
  'atnref',
  'fldinst',
  'themedata',
  'colorschememapping',
  'latentstyles',
  'datastore',
  'xmlnstbl',
  'listtable',
  'listoverridetable',
  'rsidtbl',
  'generator',
  'mmathPr',
  'revtbl',
  'filetbl',
  'template',
  'userprops',
  'docvar',
  'xe',
  'tc',
  'pntxta',
  'pntxtb',
  'nonshppict',
  'shppict',
  'shp',
  'shpinst',
  'sp',
  'sn',
  'sv',
  'bkmkstart',
  'bkmkend',
  'private',
  'pgdsctbl',
  'wgrffmtfilter',
  'passwordhash',
  'blipuid',
  'falt',
  'panose',
  'leveltext',
  'levelnumbers',
  'listname',
  'fchars',
  'lchars',
]);

const SYMBOLS: Record<string, string> = {
  par: '\n',
  line: '\n',
  sect: '\n',
  page: '\n',
  row: '\n',
  nestrow: '\n',
  tab: '\t',
  cell: '\t',
  nestcell: '\t',
  emdash: '\u2014',
  endash: '\u2013',
  bullet: '\u2022',
  lquote: '\u2018',
  rquote: '\u2019',
  ldblquote: '\u201C',
  rdblquote: '\u201D',
  emspace: '\u2003',
  enspace: '\u2002',
  qmspace: '\u2005',
  zwj: '\u200D',
  zwnj: '\u200C',
  ltrmark: '\u200E',
  rtlmark: '\u200F',
};

interface GroupState {
  skip: boolean;
  uc: number;
}

export class RtfError extends Error {}

/** Extract text from an RTF document given as its raw bytes. Throws RtfError on a document that is not RTF. */
export function rtfToText(bytes: Uint8Array): { text: string; skippedPictures: boolean } {
  // RTF is 7-bit; 8-bit bytes can only appear as raw code-page text, handled via the byte buffer.
  const src = bytes;
  const n = src.length;
  if (!startsWithRtf(src)) throw new RtfError('not an RTF document');

  let codepage = 1252;
  let decoder = makeDecoder(codepage);
  const out: string[] = [];
  let pendingBytes: number[] = [];
  const flushBytes = () => {
    if (pendingBytes.length) {
      out.push(decoder.decode(Uint8Array.from(pendingBytes)));
      pendingBytes = [];
    }
  };
  const emit = (s: string) => {
    flushBytes();
    out.push(s);
  };

  const stack: GroupState[] = [];
  let state: GroupState = { skip: false, uc: 1 };
  let groupStart = false; // true right after '{', until the first token of the group
  let ignorable = false; // saw \* at the group start
  let skipFallback = 0; // characters still to skip after a \uN
  let skippedPictures = false;
  let i = 0;

  const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

  while (i < n) {
    const c = src[i]!;
    if (c === 0x7b /* { */) {
      stack.push(state);
      state = { ...state };
      groupStart = true;
      ignorable = false;
      skipFallback = 0;
      i++;
      continue;
    }
    if (c === 0x7d /* } */) {
      state = stack.pop() ?? state;
      groupStart = false;
      skipFallback = 0;
      i++;
      continue;
    }
    if (c === 0x5c /* \ */) {
      const next = src[i + 1];
      if (next === undefined) break;
      if (isLetter(next)) {
        let j = i + 1;
        while (j < n && j - i <= 33 && isLetter(src[j]!)) j++;
        const word = String.fromCharCode(...src.subarray(i + 1, j));
        let param: number | null = null;
        let k = j;
        if (src[k] === 0x2d /* - */ && isDigit(src[k + 1] ?? 0)) k++;
        while (k < n && isDigit(src[k]!) && k - j < 11) k++;
        if (k > j) param = Number(String.fromCharCode(...src.subarray(j, k)));
        if (src[k] === 0x20) k++; // the delimiting space belongs to the control word
        i = k;
        const atStart = groupStart;
        groupStart = false;

        if (word === 'bin' && param !== null && param > 0) {
          i += param; // raw binary data
          continue;
        }
        if (atStart && (ignorable || SKIP_DESTINATIONS.has(word))) {
          if (word === 'pict' || word === 'shppict' || word === 'object') skippedPictures = true;
          state.skip = true;
          continue;
        }
        if (state.skip) continue;
        if (skipFallback > 0 && word !== 'u') {
          // A control word inside a \u fallback counts as one fallback character.
          skipFallback--;
          continue;
        }
        if (word === 'u' && param !== null) {
          emit(String.fromCharCode(param < 0 ? param + 0x10000 : param));
          skipFallback = state.uc;
          continue;
        }
        if (word === 'uc' && param !== null) {
          state.uc = Math.max(0, param);
          continue;
        }
        if (word === 'ansicpg' && param !== null) {
          flushBytes();
          codepage = param;
          decoder = makeDecoder(codepage);
          continue;
        }
        const sym = SYMBOLS[word];
        if (sym !== undefined) emit(sym);
        continue;
      }
      // Control symbols
      i += 2;
      const atStart = groupStart;
      groupStart = false;
      if (next === 0x2a /* * */) {
        if (atStart) {
          ignorable = true;
          groupStart = true; // the destination word follows
        }
        continue;
      }
      if (state.skip) {
        if (next === 0x27) i += 2;
        continue;
      }
      if (next === 0x27 /* ' */) {
        const hex = String.fromCharCode(src[i] ?? 0, src[i + 1] ?? 0);
        i += 2;
        if (skipFallback > 0) {
          skipFallback--;
          continue;
        }
        if (/^[0-9a-fA-F]{2}$/.test(hex)) pendingBytes.push(parseInt(hex, 16));
        continue;
      }
      if (skipFallback > 0) {
        skipFallback--;
        continue;
      }
      if (next === 0x5c || next === 0x7b || next === 0x7d) emit(String.fromCharCode(next));
      else if (next === 0x7e /* ~ */) emit('\u00A0');
      else if (next === 0x5f /* _ */) emit('-');
      else if (next === 0x0a || next === 0x0d) emit('\n'); // "\<newline>" is \par
      // \- (optional hyphen), \| \: and others: nothing
      continue;
    }
    // Plain character
    i++;
    groupStart = false;
    if (c === 0x0a || c === 0x0d) continue; // raw line breaks are not text in RTF
    if (state.skip) continue;
    if (skipFallback > 0) {
      skipFallback--;
      continue;
    }
    if (c >= 0x80) pendingBytes.push(c);
    else emit(String.fromCharCode(c));
  }
  flushBytes();
  return { text: out.join(''), skippedPictures };
}

function startsWithRtf(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  return String.fromCharCode(...bytes.subarray(i, i + 5)) === '{\\rtf';
}

export function looksLikeRtf(bytes: Uint8Array): boolean {
  return startsWithRtf(bytes);
}

interface ByteDecoder {
  decode(bytes: Uint8Array): string;
}

function makeDecoder(codepage: number): ByteDecoder {
  if (codepage === 1252 || codepage === 437 || codepage === 850) return { decode: decodeWindows1252 };
  const label =
    codepage === 65001
      ? 'utf-8'
      : codepage === 932
        ? 'shift_jis'
        : codepage === 936
          ? 'gbk'
          : codepage === 949
            ? 'euc-kr'
            : codepage === 950
              ? 'big5'
              : codepage === 10000
                ? 'macintosh'
                : `windows-${codepage}`;
  try {
    return new TextDecoder(label);
  } catch {
    return { decode: decodeWindows1252 };
  }
}
