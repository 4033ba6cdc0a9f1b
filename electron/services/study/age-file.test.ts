import { armor } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { decryptWithPassphrase, encryptWithPassphrase, isAgeEncrypted } from './age-file.ts';

describe('age passphrase encryption (age-encryption.org/v1)', () => {
  it('round trips binary and armored files; a wrong passphrase and a cut-short file each get one clear sentence', async () => {
    const text = 'SYNTHETIC - NOT REAL DATA: ümlauts, emoji 🙂 and a NUL-free line\n';
    const binary = (await encryptWithPassphrase(text, 'four random words here')) as Uint8Array;
    // One scrypt per call (work factor 2^18): the armored form is the same file, so it is not encrypted twice.
    const armored = armor.encode(binary);
    expect(isAgeEncrypted(binary)).toBe(true);
    expect(isAgeEncrypted(armored)).toBe(true);
    expect(isAgeEncrypted('{"format":"attune-coding"}')).toBe(false);
    expect(armored).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----\n[\s\S]+-----END AGE ENCRYPTED FILE-----\n?$/);
    expect(
      Buffer.from(await decryptWithPassphrase(armored, 'four random words here', 'a.attune-coding')).toString(),
    ).toBe(text);
    await expect(decryptWithPassphrase(binary, 'three random words', 'a.attune.age')).rejects.toMatchObject({
      type: 'passphrase',
      message: 'wrong passphrase for a.attune.age: nothing was opened or written',
    });
    await expect(
      decryptWithPassphrase(binary.subarray(0, binary.length - 3), 'four random words here', 'b.age'),
    ).rejects.toMatchObject({
      type: 'passphrase',
      message: 'b.age could not be decrypted: the file is damaged or cut short; nothing was opened or written',
    });
    await expect(encryptWithPassphrase(text, '   ')).rejects.toMatchObject({ type: 'validation' });
  }, 300_000);
});
