import type JSZip from 'jszip';
import { decodeWindows1252 } from './cp1252.ts';
import { docxToText } from './docx.ts';
import { ODT_MIMETYPE, odtToText } from './odt.ts';
import { looksLikeRtf, rtfToText } from './rtf.ts';
import { checkZipSize, MAX_UNZIPPED_BYTES } from './zip-limits.ts';

/**
 * Turn the bytes of a transcript file into text, or into one clear sentence saying why not.
 *
 * The format is sniffed from the content (magic bytes), not trusted from the extension: a PDF named
 * .docx is reported as a PDF, and a Word document named .txt is read as Word (with a warning).
 * The text returned is as decoded, NOT normalised: the import step normalises it once
 * (shared/transcript/normalize.ts) before hashing and storing. Nothing here writes anywhere.
 */
export type DecodeFormat = 'txt' | 'docx' | 'rtf' | 'odt';

export type DecodeResult =
  | { ok: true; text: string; format: DecodeFormat; encoding?: string; warnings: string[] }
  | { ok: false; error: string };

/** The most text a transcript may have, in UTF-8 bytes ("over 5 MB of text" is refused). */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;
/** Files larger than this are refused before any parsing (a docx with images can be large, text cannot). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

const EXTENSION_NOUN: Record<string, string> = {
  docx: 'a Word document',
  doc: 'a Word document',
  docm: 'a Word document',
  txt: 'a text file',
  text: 'a text file',
  rtf: 'an RTF document',
  odt: 'an OpenDocument text file',
};

const SAVE_AS = 'Save it as .docx or .txt and import again.';

function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() || fileName;
}

function extensionOf(name: string): string {
  const m = /\.([^.]+)$/.exec(name);
  return m ? m[1]!.toLowerCase() : '';
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

function startsWith(bytes: Uint8Array, sig: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + sig.length) return false;
  return sig.every((b, i) => bytes[offset + i] === b);
}

function ascii(s: string): number[] {
  return [...s].map((c) => c.charCodeAt(0));
}

type Sniffed =
  'pdf' | 'zip' | 'rtf' | 'ole' | 'utf8-bom' | 'utf16le-bom' | 'utf16be-bom' | 'audio-video' | 'image' | 'unknown';

/** What the first bytes say the file is. */
export function sniff(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, ascii('%PDF'))) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (looksLikeRtf(bytes)) return 'rtf';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf8-bom';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf16le-bom';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf16be-bom';
  if (
    startsWith(bytes, ascii('ID3')) ||
    startsWith(bytes, [0xff, 0xfb]) ||
    startsWith(bytes, ascii('fLaC')) ||
    startsWith(bytes, ascii('OggS')) ||
    (startsWith(bytes, ascii('RIFF')) &&
      (startsWith(bytes, ascii('WAVE'), 8) || startsWith(bytes, ascii('AVI '), 8))) ||
    startsWith(bytes, ascii('ftyp'), 4)
  )
    return 'audio-video';
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, ascii('GIF8'))
  )
    return 'image';
  return 'unknown';
}

/**
 * Decode one transcript file. Never throws: every failure is `{ ok: false, error }` with a message
 * that names the file and the problem in one sentence.
 */
export async function decodeTranscriptFile(fileName: string, bytes: Uint8Array): Promise<DecodeResult> {
  const name = baseName(fileName);
  const ext = extensionOf(name);
  const fail = (problem: string): DecodeResult => ({ ok: false, error: `${name}: ${problem}` });

  if (bytes.length === 0) return fail('the file is empty.');
  if (bytes.length > MAX_FILE_BYTES)
    return fail(
      `the file is too large to import (${megabytes(bytes.length)}; the limit is ${megabytes(MAX_FILE_BYTES)}).`,
    );

  let result: DecodeResult;
  try {
    result = await decodeByContent(name, ext, bytes, fail);
  } catch (err) {
    // Parsers for damaged files throw all sorts of things; the user needs one clear sentence.
    void err;
    return fail(damagedMessage(ext));
  }
  if (!result.ok) return result;
  if (result.text.trim().length === 0) return fail('the file contains no text.');
  const size = Buffer.byteLength(result.text, 'utf8');
  if (size > MAX_TEXT_BYTES)
    return fail(
      `the transcript is too large (${megabytes(size)} of text; the limit is 5 MB). Split it into smaller files and import them separately.`,
    );
  return result;
}

function damagedMessage(ext: string): string {
  const noun = EXTENSION_NOUN[ext] ?? 'a document';
  return `the file is damaged and cannot be opened (it looks like ${noun}, but its contents are incomplete or invalid). Open it in your word processor, save it again and import the new copy.`;
}

function mislabelledWarning(name: string, ext: string, actual: DecodeFormat): string | null {
  const expected: Record<DecodeFormat, string[]> = {
    txt: ['txt', 'text', ''],
    docx: ['docx', 'docm'],
    odt: ['odt'],
    rtf: ['rtf'],
  };
  if (expected[actual].includes(ext)) return null;
  if (actual === 'txt' && !EXTENSION_NOUN[ext]) return null; // .md, .csv …: plain text is expected
  const what = { txt: 'plain text', docx: 'a Word document', odt: 'an OpenDocument text file', rtf: 'an RTF document' }[
    actual
  ];
  return `${name} is ${what} although its name ends in .${ext || '(nothing)'}; it was read as ${what}.`;
}

async function decodeByContent(
  name: string,
  ext: string,
  bytes: Uint8Array,
  fail: (problem: string) => DecodeResult,
): Promise<DecodeResult> {
  const notA = EXTENSION_NOUN[ext] ? `, not ${EXTENSION_NOUN[ext]}` : '';
  const kind = sniff(bytes);
  switch (kind) {
    case 'pdf':
      return fail(ext === 'pdf' ? `PDF files cannot be imported. ${SAVE_AS}` : `this is a PDF file${notA}. ${SAVE_AS}`);
    case 'ole':
      return fail(
        `this is an old-style Word document (.doc) or other legacy Office file, which cannot be read. Save it as .docx and import again.`,
      );
    case 'audio-video':
      return fail(`this is an audio or video file${notA}; only transcripts can be imported.`);
    case 'image':
      return fail(`this is an image${notA}. ${SAVE_AS}`);
    case 'zip':
      return decodeZip(name, ext, bytes, fail, notA);
    case 'rtf': {
      const { text, skippedPictures, truncated } = rtfToText(bytes);
      const warnings = [
        mislabelledWarning(name, ext, 'rtf'),
        truncated
          ? `${name} ends before the document does (it looks cut off, e.g. by a failed copy): the text may stop mid-way. Check its end in the preview, or import a complete copy.`
          : null,
        skippedPictures ? 'Pictures and embedded objects were left out.' : null,
      ];
      return { ok: true, text, format: 'rtf', warnings: warnings.filter((w): w is string => w !== null) };
    }
    default:
      return decodePlainText(name, ext, bytes, kind, fail);
  }
}

async function decodeZip(
  name: string,
  ext: string,
  bytes: Uint8Array,
  fail: (problem: string) => DecodeResult,
  notA: string,
): Promise<DecodeResult> {
  // Before JSZip or mammoth inflate anything: a small file may unpack to gigabytes.
  const size = checkZipSize(bytes);
  if (!size.ok && size.reason === 'too-large')
    return fail(
      `the document unpacks to more than ${megabytes(MAX_UNZIPPED_BYTES)}${size.bytes ? ` (${megabytes(size.bytes)})` : ''}, far more than any transcript needs, so it was not opened. Save the text as a new .docx or .txt and import that.`,
    );
  let zip: JSZip;
  try {
    zip = await (await import('jszip')).default.loadAsync(bytes, { checkCRC32: true }); // loaded on first use
  } catch {
    return fail(damagedMessage(ext === 'odt' ? 'odt' : 'docx'));
  }
  const mimetype = (await zip.file('mimetype')?.async('string'))?.trim();
  const contentTypes = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';

  if (zip.file('word/document.xml') || /wordprocessingml\.document/.test(contentTypes)) {
    const { text, warnings } = await docxToText(bytes);
    const mis = mislabelledWarning(name, ext, 'docx');
    return { ok: true, text, format: 'docx', warnings: mis ? [mis, ...warnings] : warnings };
  }
  if (mimetype === ODT_MIMETYPE || mimetype === `${ODT_MIMETYPE}-template`) {
    const { text, warnings } = await odtToText(zip);
    const mis = mislabelledWarning(name, ext, 'odt');
    return { ok: true, text, format: 'odt', warnings: mis ? [mis, ...warnings] : warnings };
  }
  if (/spreadsheetml/.test(contentTypes) || mimetype?.includes('opendocument.spreadsheet'))
    return fail(`this is a spreadsheet${notA}. ${SAVE_AS}`);
  if (/presentationml/.test(contentTypes) || mimetype?.includes('opendocument.presentation'))
    return fail(`this is a presentation${notA}. ${SAVE_AS}`);
  return fail(`this is a ZIP archive${notA || ', not a transcript'}. ${SAVE_AS}`);
}

/** Control characters that never occur in real text (everything below U+0020 except tab, LF, VT, FF, CR). */
// eslint-disable-next-line no-control-regex
const BINARY_CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const controls = text.match(BINARY_CONTROL)?.length ?? 0;
  const replacement = text.match(/\uFFFD/g)?.length ?? 0;
  const bad = controls + replacement;
  return bad >= 3 && bad / text.length > 0.005;
}

/** BOM-less UTF-16 guess: nearly every other byte zero in the first few KB (Latin-script text). */
function guessUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 16) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.6 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.6 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

function decodePlainText(
  name: string,
  ext: string,
  bytes: Uint8Array,
  kind: Sniffed,
  fail: (problem: string) => DecodeResult,
): DecodeResult {
  // Every encoding we read takes at most 2 bytes per UTF-8 byte of text, so larger files are too
  // large whatever they contain; refusing them here avoids decoding tens of megabytes first.
  if (bytes.length > 2 * MAX_TEXT_BYTES + 4)
    return fail(
      `the transcript is too large (${megabytes(bytes.length)} file; the limit is 5 MB of text). Split it into smaller files and import them separately.`,
    );
  const warnings: string[] = [];
  const mis = mislabelledWarning(name, ext, 'txt');
  if (mis) warnings.push(mis);
  const binary = () =>
    fail(`this is not a text file (it contains binary data). Import a .docx, .odt, .rtf or .txt transcript.`);
  const strict = (label: string, data: Uint8Array): string | null => {
    try {
      // ignoreBOM: false (the default) removes a leading byte-order mark.
      return new TextDecoder(label, { fatal: true }).decode(data);
    } catch {
      return null;
    }
  };

  let text: string | null;
  let encoding: string;
  if (kind === 'utf16le-bom' || kind === 'utf16be-bom') {
    encoding = kind === 'utf16le-bom' ? 'utf-16le' : 'utf-16be';
    text = strict(encoding, bytes);
    if (text === null)
      return fail(
        `the file says it is UTF-16 text but is damaged (invalid UTF-16). Save it again as UTF-8 text and import the new copy.`,
      );
  } else {
    const guessed = kind === 'unknown' ? guessUtf16WithoutBom(bytes) : null;
    if (guessed) {
      encoding = guessed;
      text = strict(guessed, bytes);
      if (text === null) return binary();
      warnings.push(
        `Read as ${guessed === 'utf-16le' ? 'UTF-16 (little-endian)' : 'UTF-16 (big-endian)'} without a byte-order mark; check that the text looks right.`,
      );
    } else {
      if (bytes.includes(0)) return binary();
      encoding = 'utf-8';
      text = strict('utf-8', bytes);
      if (text === null) {
        if (kind === 'utf8-bom') {
          // Marked as UTF-8 but not valid: keep what can be read rather than guess another encoding.
          text = new TextDecoder('utf-8').decode(bytes);
          warnings.push('The file is marked as UTF-8 but contains invalid bytes; they were replaced by �.');
        } else {
          encoding = 'windows-1252';
          text = decodeWindows1252(bytes);
          warnings.push(
            'The file is not UTF-8; it was read as Windows-1252 (Western European). Check that accented letters look right.',
          );
        }
      }
    }
  }
  if (looksBinary(text)) return binary();
  return { ok: true, text, format: 'txt', encoding, warnings };
}
