import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { decodeTranscriptFile } from './decode.ts';
import { checkZipSize, MAX_UNZIPPED_BYTES } from './zip-limits.ts';

/**
 * A minimal zip writer, so a test can state sizes that are lies (what a zip bomb does):
 * `declared` is written into both headers whatever `data` really inflates to.
 */
function rawZip(entries: { name: string; data: Uint8Array; declared: number; method?: 0 | 8 }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const method = e.method ?? 8;
    const body = method === 8 ? deflateRawSync(e.data) : Buffer.from(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(e.declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, eocd]));
}

describe('zip-bomb guard for .docx and .odt', () => {
  it('accepts an ordinary archive and reports the declared size', async () => {
    const z = new JSZip();
    z.file('word/document.xml', 'x'.repeat(5000));
    z.file('a.txt', 'hello');
    const v = checkZipSize(await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(v).toEqual({ ok: true, declared: 5005 });
  });

  it('refuses when the central directory declares more than the limit in total', () => {
    const small = new Uint8Array(10);
    const v = checkZipSize(
      rawZip([
        { name: 'a', data: small, declared: 600 },
        { name: 'b', data: small, declared: 600 },
      ]),
      1000,
    );
    expect(v).toEqual({ ok: false, reason: 'too-large', bytes: 1200 });
  });

  it('refuses an entry that lies about its size: inflation stops at the limit', () => {
    const v = checkZipSize(rawZip([{ name: 'word/document.xml', data: new Uint8Array(5000), declared: 10 }]), 1000);
    expect(v).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('counts stored (uncompressed) entries too, and leaves damaged archives to the decoder', () => {
    expect(
      checkZipSize(rawZip([{ name: 'a', data: new Uint8Array(2000), declared: 1, method: 0 }]), 1000),
    ).toMatchObject({ ok: false, reason: 'too-large' });
    expect(checkZipSize(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({
      ok: false,
      reason: 'unreadable',
    });
  });

  it(`a docx that unpacks to over ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB gets a clear message naming the file; nothing is parsed`, async () => {
    // 101 MB of zeros deflate to ~100 KB: the classic bomb shape, with an honest and with a lying header.
    const zeros = new Uint8Array(MAX_UNZIPPED_BYTES + 1024 * 1024);
    for (const declared of [zeros.length, 1000]) {
      const bomb = rawZip([
        { name: '[Content_Types].xml', data: new TextEncoder().encode('<Types/>'), declared: 8 },
        { name: 'word/document.xml', data: zeros, declared },
      ]);
      expect(bomb.length).toBeLessThan(200 * 1024);
      const r = await decodeTranscriptFile('C:\\interviews\\bomb.docx', bomb);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/^bomb\.docx: the document unpacks to more than 100\.0 MB.*not opened/);
    }
  });
});
