import type JSZip from 'jszip';
import { MAX_FILE_BYTES } from '../import/decode.ts';
import { checkZipSize, MAX_UNZIPPED_BYTES } from '../import/zip-limits.ts';
import { ServiceError } from '../service-error.ts';
import { readProject, type QdaProject } from './qde-read.ts';

const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;

/** A .qdpx opened: its project.qde read and checked, and its entries by lower-case path for the sources. */
export interface QdpxArchive {
  project: QdaProject;
  entries: Map<string, JSZip.JSZipObject>;
}

const refuse = (message: string): never => {
  throw new ServiceError('validation', message);
};

/**
 * Open a .qdpx within the limits every zip import has (file size, and the unpacked size checked before
 * anything is inflated), then read and check project.qde against the schema.
 */
export async function openQdpx(fileName: string, bytes: Uint8Array): Promise<QdpxArchive> {
  if (bytes.length > MAX_FILE_BYTES)
    refuse(`${fileName} is too large to import (${mb(bytes.length)}; the limit is ${mb(MAX_FILE_BYTES)}).`);
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
  if (!isZip)
    refuse(`${fileName} is not a zip archive, so it is not a REFI-QDA project (a .qdpx is a zip holding project.qde).`);
  const size = checkZipSize(bytes);
  if (!size.ok && size.reason === 'too-large')
    refuse(
      `${fileName} unpacks to more than ${mb(MAX_UNZIPPED_BYTES)}${size.bytes ? ` (${mb(size.bytes)})` : ''}, over the import limit, so it was not opened.`,
    );
  let zip: JSZip;
  try {
    if (!size.ok) throw new Error('unreadable');
    zip = await (await import('jszip')).default.loadAsync(bytes, { checkCRC32: true }); // loaded on first use
  } catch {
    return refuse(`${fileName} is a damaged zip archive and cannot be read.`);
  }
  const entries = new Map<string, JSZip.JSZipObject>();
  zip.forEach((path, entry) => {
    if (!entry.dir) entries.set(path.replace(/\\/g, '/').toLowerCase(), entry);
  });
  // The standard names it project.qde at the top; accept any case, or one lone .qde at the top.
  const top = [...entries.keys()].filter((p) => !p.includes('/') && p.endsWith('.qde'));
  const qde = entries.get('project.qde') ?? (top.length === 1 ? entries.get(top[0]!) : undefined);
  if (!qde) refuse(`${fileName} holds no project.qde, so it is not a REFI-QDA project.`);
  const project = readProject(`${fileName} (project.qde)`, await qde!.async('uint8array'));
  return { project, entries };
}

export type TextRead = { ok: true; text: string; where: string } | { ok: false; why: string };

/** Decode a text file of the archive as UTF-8 (the standard's encoding), dropping a byte-order mark. */
async function utf8(entry: JSZip.JSZipObject, label: string): Promise<TextRead> {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await entry.async('uint8array'));
    return { ok: true, text: text.replace(/^\uFEFF/, ''), where: label };
  } catch {
    return { ok: false, why: `its text file ${label} is not UTF-8` };
  }
}

/**
 * Where a plainTextPath points inside the archive: internal://NAME is sources/NAME; a relative path
 * (relative://… or no scheme) is looked for in the archive, then in sources/. absolute:// paths are on
 * the exporting machine and never read (nothing outside the file is opened).
 */
export async function readSourceText(
  archive: QdpxArchive,
  source: { content: string | undefined; plainTextPath: string | undefined },
): Promise<TextRead> {
  if (source.content !== undefined) return { ok: true, text: source.content, where: 'PlainTextContent' };
  const path = source.plainTextPath;
  if (!path) return { ok: false, why: 'it has neither PlainTextContent nor a plainTextPath' };
  const m = /^([a-z]+):\/\/\/?(.*)$/i.exec(path);
  const scheme = m ? m[1]!.toLowerCase() : null;
  const rest = (m ? m[2]! : path).replace(/\\/g, '/').replace(/^\.?\//, '');
  if (scheme === 'absolute' || (scheme !== null && scheme !== 'internal' && scheme !== 'relative'))
    return { ok: false, why: `its text is outside the file (${path})` };
  if (rest.split('/').includes('..')) return { ok: false, why: `its text path ${path} leaves the archive` };
  const lower = rest.toLowerCase();
  const candidates = scheme === 'internal' ? [`sources/${lower}`] : [lower, `sources/${lower}`];
  for (const c of candidates) {
    const entry = archive.entries.get(c);
    if (entry) return utf8(entry, c);
  }
  return { ok: false, why: `its text file ${path} is not in the archive` };
}
