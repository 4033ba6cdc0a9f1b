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

const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** One pass over the bytes: groups, control words, control symbols and plain characters. */
class RtfReader {
  private decoder = makeDecoder(1252);
  private readonly out: string[] = [];
  private pendingBytes: number[] = [];
  private readonly stack: GroupState[] = [];
  private state: GroupState = { skip: false, uc: 1 };
  private groupStart = false; // true right after '{', until the first token of the group
  private ignorable = false; // saw \* at the group start
  private skipFallback = 0; // characters still to skip after a \uN
  private skippedPictures = false;
  private i = 0;

  // RTF is 7-bit; 8-bit bytes can only appear as raw code-page text, handled via the byte buffer.
  constructor(private readonly src: Uint8Array) {}

  read(): { text: string; skippedPictures: boolean; truncated: boolean } {
    const src = this.src;
    let truncated = false;
    while (this.i < src.length) {
      const c = src[this.i]!;
      if (c === 0x7b /* { */) this.openGroup();
      else if (c === 0x7d /* } */) this.closeGroup();
      else if (c === 0x5c /* \ */) {
        const next = src[this.i + 1];
        if (next === undefined) {
          truncated = true;
          break;
        }
        if (isLetter(next)) this.controlWord();
        else this.controlSymbol(next);
      } else this.plainCharacter(c);
    }
    this.flushBytes();
    // A complete document closes every group it opens, the outermost `{\rtf1 …}` last: an open group at
    // the end means the file was cut off (a failed copy or download), so the text may stop mid-way.
    truncated ||= this.stack.length > 0;
    return { text: this.out.join(''), skippedPictures: this.skippedPictures, truncated };
  }

  private flushBytes(): void {
    if (this.pendingBytes.length) {
      this.out.push(this.decoder.decode(Uint8Array.from(this.pendingBytes)));
      this.pendingBytes = [];
    }
  }

  private emit(s: string): void {
    this.flushBytes();
    this.out.push(s);
  }

  private openGroup(): void {
    this.stack.push(this.state);
    this.state = { ...this.state };
    this.groupStart = true;
    this.ignorable = false;
    this.skipFallback = 0;
    this.i++;
  }

  private closeGroup(): void {
    this.state = this.stack.pop() ?? this.state;
    this.groupStart = false;
    this.skipFallback = 0;
    this.i++;
  }

  /** A control word: letters, an optional signed number, and the delimiting space, which belongs to it. */
  private controlWord(): void {
    const { src, i } = this;
    const n = src.length;
    let j = i + 1;
    while (j < n && j - i <= 33 && isLetter(src[j]!)) j++;
    const word = String.fromCharCode(...src.subarray(i + 1, j));
    let param: number | null = null;
    let k = j;
    if (src[k] === 0x2d /* - */ && isDigit(src[k + 1] ?? 0)) k++;
    while (k < n && isDigit(src[k]!) && k - j < 11) k++;
    if (k > j) param = Number(String.fromCharCode(...src.subarray(j, k)));
    if (src[k] === 0x20) k++;
    this.i = k;
    const atStart = this.groupStart;
    this.groupStart = false;
    this.applyControlWord(word, param, atStart);
  }

  private applyControlWord(word: string, param: number | null, atStart: boolean): void {
    if (word === 'bin' && param !== null && param > 0) {
      this.i += param; // raw binary data
      return;
    }
    if (atStart && (this.ignorable || SKIP_DESTINATIONS.has(word))) {
      if (word === 'pict' || word === 'shppict' || word === 'object') this.skippedPictures = true;
      this.state.skip = true;
      return;
    }
    if (this.state.skip) return;
    if (this.skipFallback > 0 && word !== 'u') {
      // A control word inside a \u fallback counts as one fallback character.
      this.skipFallback--;
      return;
    }
    if (word === 'u' && param !== null) {
      this.emit(String.fromCharCode(param < 0 ? param + 0x10000 : param));
      this.skipFallback = this.state.uc;
      return;
    }
    if (word === 'uc' && param !== null) {
      this.state.uc = Math.max(0, param);
      return;
    }
    if (word === 'ansicpg' && param !== null) {
      this.flushBytes();
      this.decoder = makeDecoder(param);
      return;
    }
    const sym = SYMBOLS[word];
    if (sym !== undefined) this.emit(sym);
  }

  /** A backslash and one non-letter: \*, \'hh, escaped braces and backslash, \~, \_, \<newline>. */
  private controlSymbol(next: number): void {
    this.i += 2;
    const atStart = this.groupStart;
    this.groupStart = false;
    if (next === 0x2a /* * */) {
      if (atStart) {
        this.ignorable = true;
        this.groupStart = true; // the destination word follows
      }
      return;
    }
    if (this.state.skip) {
      if (next === 0x27) this.i += 2;
      return;
    }
    if (next === 0x27 /* ' */) {
      const hex = String.fromCharCode(this.src[this.i] ?? 0, this.src[this.i + 1] ?? 0);
      this.i += 2;
      if (this.skipFallback > 0) {
        this.skipFallback--;
        return;
      }
      if (/^[0-9a-fA-F]{2}$/.test(hex)) this.pendingBytes.push(parseInt(hex, 16));
      return;
    }
    if (this.skipFallback > 0) {
      this.skipFallback--;
      return;
    }
    if (next === 0x5c || next === 0x7b || next === 0x7d) this.emit(String.fromCharCode(next));
    else if (next === 0x7e /* ~ */) this.emit('\u00A0');
    else if (next === 0x5f /* _ */) this.emit('-');
    else if (next === 0x0a || next === 0x0d) this.emit('\n'); // "\<newline>" is \par
    // \- (optional hyphen), \| \: and others: nothing
  }

  private plainCharacter(c: number): void {
    this.i++;
    this.groupStart = false;
    if (c === 0x0a || c === 0x0d) return; // raw line breaks are not text in RTF
    if (this.state.skip) return;
    if (this.skipFallback > 0) {
      this.skipFallback--;
      return;
    }
    if (c >= 0x80) this.pendingBytes.push(c);
    else this.emit(String.fromCharCode(c));
  }
}

/** Extract text from an RTF document given as its raw bytes. Throws RtfError on a document that is not RTF. */
export function rtfToText(bytes: Uint8Array): { text: string; skippedPictures: boolean; truncated: boolean } {
  if (!startsWithRtf(bytes)) throw new RtfError('not an RTF document');
  return new RtfReader(bytes).read();
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
