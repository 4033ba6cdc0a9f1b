import { inflateRawSync } from 'node:zlib';

/**
 * Zip-bomb guard for .docx and .odt, run BEFORE any zip library sees the bytes (JSZip's CRC check and
 * mammoth both inflate every entry in memory).
 *
 * Two checks, because the sizes in a zip's central directory are only claims:
 * 1. the sum of the declared uncompressed sizes must stay within the limit (and no ZIP64 sizes:
 *    a transcript never needs them);
 * 2. every deflated entry is actually inflated with node's `maxOutputLength` set to what is left of
 *    the limit, so an entry that lies about its size stops at the limit instead of filling memory.
 * Damaged archives are left to the decoder to report (it says "damaged"); this only judges size.
 */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

const EOCD = 0x06054b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;

export type ZipSizeVerdict =
  | { ok: true; declared: number }
  | { ok: false; reason: 'too-large'; bytes: number | null }
  | { ok: false; reason: 'unreadable' };

function findEocd(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= min; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

export function checkZipSize(bytes: Uint8Array, limit = MAX_UNZIPPED_BYTES): ZipSizeVerdict {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22) return { ok: false, reason: 'unreadable' };
  const eocd = findEocd(view);
  if (eocd < 0) return { ok: false, reason: 'unreadable' };
  const entries = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || cdOffset === 0xffffffff) return { ok: false, reason: 'too-large', bytes: null };

  let declared = 0;
  let actual = 0;
  let p = cdOffset;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > bytes.byteLength || view.getUint32(p, true) !== CEN) return { ok: false, reason: 'unreadable' };
    const method = view.getUint16(p + 10, true);
    const compressed = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    if (size === 0xffffffff || compressed === 0xffffffff) return { ok: false, reason: 'too-large', bytes: null };
    declared += size;
    if (declared > limit) return { ok: false, reason: 'too-large', bytes: declared };

    if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== LOC)
      return { ok: false, reason: 'unreadable' };
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const dataEnd = dataStart + compressed;
    if (dataEnd > bytes.byteLength) return { ok: false, reason: 'unreadable' };
    if (method === 0) actual += compressed;
    else if (method === 8) {
      try {
        actual += inflateRawSync(bytes.subarray(dataStart, dataEnd), {
          maxOutputLength: Math.max(1, limit - actual + 1),
        }).byteLength;
      } catch (e) {
        if (e instanceof RangeError || (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
          return { ok: false, reason: 'too-large', bytes: null };
        return { ok: false, reason: 'unreadable' };
      }
    }
    if (actual > limit) return { ok: false, reason: 'too-large', bytes: actual };
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { ok: true, declared };
}
