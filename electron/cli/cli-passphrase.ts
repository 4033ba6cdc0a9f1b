import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ServiceError } from '../services/service-error.ts';
import { isEncryptedFile } from '../services/study/age-file.ts';
import { decryptProjectFile } from '../services/study/encrypted-project.ts';
import { readFailure, UsageError } from './cli-errors.ts';

/**
 * `--passphrase-file F`, taken out of any command's arguments (main.ts): the passphrase is read from a
 * file so it never appears in a process list or shell history. Its first line is the passphrase (a
 * trailing newline is not part of it). Never printed, never written anywhere.
 */
let passphraseFile: string | undefined;
let cached: string | undefined;

export function takePassphraseOption(args: string[]): string[] {
  passphraseFile = undefined;
  cached = undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--passphrase-file') {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--'))
        throw new UsageError('--passphrase-file needs a file holding the passphrase');
      passphraseFile = value;
      i++;
    } else if (a.startsWith('--passphrase-file=')) passphraseFile = a.slice('--passphrase-file='.length);
    else rest.push(a);
  }
  return rest;
}

/** The passphrase given with --passphrase-file, or undefined when none was given. */
export function cliPassphrase(): string | undefined {
  if (passphraseFile === undefined) return undefined;
  if (cached !== undefined) return cached;
  let raw: string;
  try {
    raw = readFileSync(passphraseFile, 'utf8');
  } catch (e) {
    throw new UsageError(`--passphrase-file ${passphraseFile}: cannot read: ${readFailure(e)}`);
  }
  const line = raw.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  if (line.trim() === '') throw new UsageError(`--passphrase-file ${passphraseFile}: the file holds no passphrase`);
  cached = line;
  return line;
}

/**
 * The project file a command works on: an encrypted one (a package sent as `.attune.age`) needs
 * --passphrase-file and is decrypted into its working copy beside it (never over an existing one).
 */
export async function openableProject(path: string): Promise<string> {
  if (!isEncryptedFile(path)) return path;
  const passphrase = cliPassphrase();
  if (passphrase === undefined)
    throw new UsageError(`${basename(path)} is encrypted with a passphrase: give it with --passphrase-file FILE`);
  try {
    return await decryptProjectFile(path, passphrase);
  } catch (e) {
    if (e instanceof ServiceError) throw new UsageError(e.message);
    throw e;
  }
}

/** A project argument: `.attune`, or an encrypted `.attune.age`. */
export function isProjectName(path: string): boolean {
  return /\.attune(\.age)?$/i.test(path);
}
