import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { armor, Decrypter, Encrypter } from 'age-encryption';
import { ServiceError } from '../service-error.ts';

/**
 * Passphrase encryption in the age format (age-encryption.org/v1, scrypt recipient), so the standard
 * `age -d` tool opens what Attune writes and Attune opens what `age -p` writes. Project packages are
 * binary age files; `.attune-coding` files are ASCII-armored age, so they stay text (they travel by
 * e-mail, and the import dialog reads them as text).
 */
const BINARY_MAGIC = 'age-encryption.org/';
const ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';

/** Whether these bytes (or this text) are an age file, binary or armored. */
export function isAgeEncrypted(data: Uint8Array | string): boolean {
  const head = typeof data === 'string' ? data.slice(0, 64) : Buffer.from(data.subarray(0, 64)).toString('latin1');
  return head.startsWith(BINARY_MAGIC) || head.trimStart().startsWith(ARMOR_BEGIN);
}

/** A passphrase as typed: at least one visible character; it is never stored or logged. */
export function checkPassphrase(passphrase: string): string {
  if (passphrase.trim().length === 0) throw new ServiceError('validation', 'the passphrase is empty');
  return passphrase;
}

export async function encryptWithPassphrase(
  plain: Uint8Array | string,
  passphrase: string,
  opts: { armored?: boolean } = {},
): Promise<Uint8Array | string> {
  const e = new Encrypter();
  e.setPassphrase(checkPassphrase(passphrase));
  const sealed = await e.encrypt(plain);
  return opts.armored ? armor.encode(sealed) : sealed;
}

/**
 * Decrypt an age file (binary or armored). A wrong passphrase, a file encrypted to a key instead of a
 * passphrase and a damaged file each get one sentence naming the file; the passphrase is never echoed.
 */
export async function decryptWithPassphrase(
  data: Uint8Array | string,
  passphrase: string,
  name: string,
): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes =
      typeof data === 'string'
        ? armor.decode(data.trim())
        : isArmored(data)
          ? armor.decode(Buffer.from(data).toString('latin1').trim())
          : data;
  } catch {
    throw new ServiceError('passphrase', `${name} is not a readable age file (damaged or cut short)`);
  }
  const d = new Decrypter();
  d.addPassphrase(checkPassphrase(passphrase));
  try {
    return await d.decrypt(bytes);
  } catch (e) {
    if (/no identity matched/i.test((e as Error).message ?? ''))
      throw new ServiceError('passphrase', `wrong passphrase for ${name}: nothing was opened or written`);
    throw new ServiceError(
      'passphrase',
      `${name} could not be decrypted: the file is damaged or cut short; nothing was opened or written`,
    );
  }
}

function isArmored(data: Uint8Array): boolean {
  return Buffer.from(data.subarray(0, 64)).toString('latin1').trimStart().startsWith(ARMOR_BEGIN);
}

/** The one line said when an encrypted file arrives without its passphrase. */
export function needsPassphrase(name: string, how = 'enter its passphrase'): ServiceError {
  return new ServiceError('passphrase', `${name} is encrypted with a passphrase: ${how}`);
}

/** Whether the file at `path` is an age-encrypted file (read from its first bytes only). */
export function isEncryptedFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    const fd = openSync(path, 'r');
    try {
      const head = Buffer.alloc(64);
      const n = readSync(fd, head, 0, 64, 0);
      return isAgeEncrypted(head.subarray(0, n));
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}
