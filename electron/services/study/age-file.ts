import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type * as Age from 'age-encryption';
import type { Identity, Recipient, Stanza } from 'age-encryption';
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

/**
 * age's scrypt recipient (age-encryption.org/v1/scrypt), computed with Node's native scrypt and
 * ChaCha20-Poly1305 instead of the library's JavaScript ones: the same stanza, bytes for bytes, but
 * about ten times faster and off the event loop, so the host keeps answering while a package is sealed.
 * Work factor 2^18, as the age tool writes; at most 2^20 is accepted on reading, as the library does.
 */
const SCRYPT_LABEL = 'age-encryption.org/v1/scrypt';
const WRITE_LOG_N = 18;
const MAX_LOG_N = 20;

function scryptKey(passphrase: string, salt: Buffer, logN: number): Promise<Buffer> {
  const N = 2 ** logN;
  return new Promise((resolve, reject) =>
    scrypt(
      Buffer.from(passphrase, 'utf8'),
      Buffer.concat([Buffer.from(SCRYPT_LABEL, 'latin1'), salt]),
      32,
      { N, r: 8, p: 1, maxmem: 128 * 8 * N + 32 * 1024 * 1024 },
      (err, key) => (err ? reject(err) : resolve(key)),
    ),
  );
}

const ZERO_NONCE = Buffer.alloc(12);

/**
 * The age library, loaded when a file is first sealed or opened: it brings elliptic-curve code that every
 * other command (`attune info`, the host's start) would otherwise compile and run at start-up.
 */
type AgeLib = typeof Age;
let ageLib: Promise<AgeLib> | null = null;
export const loadAge = (): Promise<AgeLib> => (ageLib ??= import('age-encryption'));

class NativeScryptRecipient implements Recipient {
  constructor(
    private readonly passphrase: string,
    private readonly lib: AgeLib,
  ) {}
  async wrapFileKey(fileKey: Uint8Array): Promise<Stanza[]> {
    const salt = randomBytes(16);
    const key = await scryptKey(this.passphrase, salt, WRITE_LOG_N);
    const c = createCipheriv('chacha20-poly1305', key, ZERO_NONCE, { authTagLength: 16 });
    const body = Buffer.concat([c.update(fileKey), c.final(), c.getAuthTag()]);
    const saltText = salt.toString('base64').replace(/=+$/, '');
    return [new this.lib.Stanza(['scrypt', saltText, String(WRITE_LOG_N)], new Uint8Array(body))];
  }
}

class NativeScryptIdentity implements Identity {
  constructor(private readonly passphrase: string) {}
  async unwrapFileKey(stanzas: Stanza[]): Promise<Uint8Array | null> {
    for (const s of stanzas) {
      if (s.args[0] !== 'scrypt') continue;
      if (stanzas.length !== 1) throw new Error('scrypt recipient is not the only one in the header');
      const [, saltText = '', logText = ''] = s.args;
      const salt = Buffer.from(saltText, 'base64');
      if (s.args.length !== 3 || !/^[1-9][0-9]*$/.test(logText) || salt.length !== 16 || s.body.length !== 32)
        throw new Error('invalid scrypt stanza');
      if (Number(logText) > MAX_LOG_N) throw new Error('scrypt work factor is too high');
      const key = await scryptKey(this.passphrase, salt, Number(logText));
      const d = createDecipheriv('chacha20-poly1305', key, ZERO_NONCE, { authTagLength: 16 });
      d.setAuthTag(s.body.subarray(16));
      try {
        return new Uint8Array(Buffer.concat([d.update(s.body.subarray(0, 16)), d.final()]));
      } catch {
        return null; // another passphrase
      }
    }
    return null;
  }
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
  const lib = await loadAge();
  const e = new lib.Encrypter();
  e.addRecipient(new NativeScryptRecipient(checkPassphrase(passphrase), lib));
  const sealed = await e.encrypt(plain);
  return opts.armored ? lib.armor.encode(sealed) : sealed;
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
  const { armor, Decrypter } = await loadAge();
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
  d.addIdentity(new NativeScryptIdentity(checkPassphrase(passphrase)));
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
