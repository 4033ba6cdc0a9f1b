import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ServiceError } from '../service-error.ts';
import { decryptWithPassphrase, isEncryptedFile } from './age-file.ts';
import { placeFile } from './place-file.ts';

/**
 * Where an encrypted project is decrypted to: beside it, `Ada.attune.age` → `Ada.attune`; any other name
 * gets " (decrypted).attune", so the encrypted file itself is never replaced.
 */
export function plainPathFor(path: string): string {
  const dir = dirname(path);
  const name = basename(path);
  if (/\.attune\.age$/i.test(name)) return join(dir, name.replace(/\.age$/i, ''));
  if (/\.age$/i.test(name)) return join(dir, `${name.replace(/\.age$/i, '')}.attune`);
  return join(dir, `${name.replace(/\.attune$/i, '')} (decrypted).attune`);
}

/**
 * Decrypt an encrypted project into its working copy beside it and return that path. A wrong passphrase,
 * or decrypted bytes that are not a project, write nothing; an existing working copy is replaced only
 * when asked (it may hold the coder's work).
 */
export async function decryptProjectFile(
  path: string,
  passphrase: string,
  opts: { replace?: boolean } = {},
): Promise<string> {
  const name = basename(path);
  if (!isEncryptedFile(path))
    throw new ServiceError('not-found', `${name} is not an encrypted Attune file (or it cannot be read)`);
  const target = plainPathFor(path);
  if (!opts.replace && existsSync(target))
    throw new ServiceError(
      'conflict',
      `${basename(target)} (the decrypted copy of ${name}) already exists: open it, or replace it with a fresh copy of the package`,
    );
  const plain = await decryptWithPassphrase(readFileSync(path), passphrase, name);
  if (Buffer.from(plain.subarray(0, 16)).toString('latin1') !== 'SQLite format 3\u0000')
    throw new ServiceError(
      'refused',
      `${name} decrypts, but what it holds is not an Attune project; nothing was written`,
    );
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  writeFileSync(tmp, plain, { flag: 'wx', mode: 0o600 });
  placeFile(tmp, target, opts.replace ?? false);
  return target;
}
