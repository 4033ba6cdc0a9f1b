import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { OpenOptions } from '../services/db/project-file.ts';
import { storageError } from '../services/db/storage-errors.ts';
import { ProjectStore } from '../services/project-store.ts';
import { ServiceError } from '../services/service-error.ts';
import { UsageError } from './cli-errors.ts';
import type { CliIo } from './cli-io.ts';
import { isProjectName, openableProject } from './cli-passphrase.ts';

export function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    // node's messages are good but long; keep the first sentence and add the usage.
    throw new UsageError(`${(e as Error).message.split(/\.\s/)[0]} (usage: ${usage})`);
  }
}

export function projectArg(positionals: string[], usage: string): string {
  const [path, ...rest] = positionals;
  if (!path) throw new UsageError(`missing PROJECT.attune (usage: ${usage})`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}" (usage: ${usage})`);
  if (!isProjectName(path)) throw new UsageError(`${path}: a project file name ends in .attune`);
  return path;
}

/** Open a project for a one-shot command, turning store errors into one-line CLI errors. */
export function withProject<T>(path: string, fn: (store: ProjectStore) => T, options: OpenOptions = {}): T {
  let store: ProjectStore;
  try {
    store = ProjectStore.open(path, options);
  } catch (e) {
    if (e instanceof ServiceError) throw new UsageError(e.message);
    throw e;
  }
  try {
    return fn(store);
  } catch (e) {
    const storage = storageError(e, basename(path));
    if (storage) throw new UsageError(storage.message);
    throw e;
  } finally {
    store.close();
  }
}

const INIT_USAGE = 'attune init PROJECT.attune';
export function initCommand(args: string[], io: CliIo): number {
  const { positionals } = parse(args, {}, INIT_USAGE);
  const path = projectArg(positionals, INIT_USAGE);
  if (existsSync(path)) throw new UsageError(`${path} already exists`);
  try {
    ProjectStore.create(path).close();
  } catch (e) {
    if (e instanceof ServiceError) throw new UsageError(e.message);
    throw e;
  }
  io.stdout(`Created ${path}`);
  return 0;
}

const INFO_USAGE = 'attune info PROJECT.attune [--json]';
export async function infoCommand(args: string[], io: CliIo): Promise<number> {
  const { positionals, values } = parse(args, { json: { type: 'boolean' } }, INFO_USAGE);
  const path = await openableProject(projectArg(positionals, INFO_USAGE));
  return withProject(
    path,
    (store) => {
      const counts = store.counts();
      const cb = store.activeCodebookHeader();
      const coders = store.listCoders();
      if (values.json) {
        io.stdout(
          JSON.stringify({
            ...counts,
            schemaVersion: store.schemaVersion,
            codebook: { id: cb.id, version: cb.version, name: cb.name },
            coderNames: coders.map((c) => c.name),
          }),
        );
      } else {
        io.stdout(`Project      ${store.name} (${path})`);
        io.stdout(`Format       version ${store.schemaVersion}`);
        io.stdout(`Codebook     ${cb.name}, version ${cb.version}`);
        io.stdout(`Transcripts  ${counts.transcripts}`);
        io.stdout(`Coders       ${counts.coders}${coders.length ? ` (${coders.map((c) => c.name).join(', ')})` : ''}`);
        io.stdout(`Annotations  ${counts.annotations}`);
      }
      return 0;
    },
    { forReading: true },
  );
}
