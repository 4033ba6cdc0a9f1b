import { accessSync, closeSync, constants, existsSync, lstatSync, openSync, readSync, statSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { basename, dirname } from 'node:path';
import { Db } from './database.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index.ts';
import { insertProjectIdentity } from './tables/meta.ts';
import { ServiceError } from '../service-error.ts';
import { storageError } from './storage-errors.ts';
import { isEncryptedFile, needsPassphrase } from '../study/age-file.ts';

/** 'ATTN' — marks a SQLite file as an Attune project so a random database is not mistaken for one. */
export const ATTUNE_APPLICATION_ID = 0x4154544e;

export interface OpenedProject {
  db: Db;
  schemaVersion: number;
  /** Where the pre-migration copy went, when opening migrated the file. */
  backupPath: string | null;
  created: boolean;
  /** Whether opening ran SQLite's quick_check (see needsIntegrityCheck). */
  integrityChecked: boolean;
}

function applyConnectionSettings(db: Db): void {
  if (db.readonly) {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    return;
  }
  db.pragma('journal_mode = WAL');
  // FULL: a committed write survives power loss too, not only a killed process.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

function looksLikeSqlite(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(16);
    const n = readSync(fd, header, 0, 16, 0);
    return n === 16 && header.toString('latin1') === 'SQLite format 3\u0000';
  } finally {
    closeSync(fd);
  }
}

function timestamp(): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
}

function migrate(db: Db, from: number): void {
  db.transaction(() => {
    for (const m of MIGRATIONS) {
      if (m.version <= from) continue;
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
  });
}

/** Whether anything is at `path`, a symbolic link included (even one pointing nowhere). */
function somethingAt(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Create a new project file. Refuses to overwrite anything, and to write through a symbolic link (a
 * dangling link would otherwise create its target wherever it points).
 */
export function createProjectFile(path: string, seed: (db: Db) => void): OpenedProject {
  if (somethingAt(path))
    throw new ServiceError('conflict', `${basename(path)} already exists; open it instead, or choose another name`);
  let db: Db;
  try {
    db = Db.open(path, { mustExist: false });
  } catch (e) {
    throw new ServiceError('io', `cannot create ${path}: ${(e as Error).message}`);
  }
  try {
    applyConnectionSettings(db);
    migrate(db, 0);
    db.transaction(() => {
      db.pragma(`application_id = ${ATTUNE_APPLICATION_ID}`);
      insertProjectIdentity(db, { projectId: randomUUID(), createdAt: new Date().toISOString() });
      seed(db);
    });
    return { db, schemaVersion: LATEST_SCHEMA_VERSION, backupPath: null, created: true, integrityChecked: false };
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * Missing, not a file, unreadable, not SQLite, SQLite but not Attune's: one answer for all, so the open
 * call cannot be used to find out which files exist on the machine.
 */
const notAProject = (path: string) =>
  new ServiceError(
    'not-found',
    `Cannot open ${basename(path)}: it is not an Attune project (there is no such file, it cannot be read, or it is not a project)`,
  );

function isReadableSqliteFile(path: string): boolean {
  try {
    return statSync(path).isFile() && looksLikeSqlite(path);
  } catch {
    return false;
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * How to open the file: for writing when the file and its folder can be written (SQLite keeps its
 * `-wal` and `-shm` files beside it); else read-only, and in a read-only folder without a `-wal` file
 * as immutable (nothing can change it while it is open, since no one may write there).
 */
function openMode(path: string): { readonly?: boolean; immutable?: boolean } {
  if (writable(path) && writable(dirname(path))) return {};
  if (!writable(dirname(path)) && !existsSync(`${path}-wal`)) return { readonly: true, immutable: true };
  return { readonly: true };
}

/**
 * A second connection to a project that is already open (a worker thread's), only for reading, in the mode
 * the file and folder allow. No checks: the first connection made them when it opened the file.
 */
export function openReadingConnection(path: string): Db {
  try {
    const db = Db.open(path, { mustExist: true, ...openMode(path), readonly: true });
    applyConnectionSettings(db);
    return db;
  } catch (e) {
    throw (
      storageError(e, basename(path)) ??
      new ServiceError('io', `cannot open ${basename(path)}: ${(e as Error).message}`)
    );
  }
}

/** A `-wal` file with content beside the project: its last writer did not close it (a crash, a kill). */
function closedUncleanly(path: string): boolean {
  try {
    return statSync(`${path}-wal`).size > 0;
  } catch {
    return false;
  }
}

/**
 * When opening runs SQLite's `quick_check` (it reads the whole file: 0.2 s at 250 MB), so damage is
 * found before anything is built on it, while reading commands do not pay for it every time:
 * - every open that may write (the app, `attune serve`, importing), since a write must never extend a
 *   damaged file;
 * - an open for reading only, when the file was not closed cleanly (a `-wal` file with content is left)
 *   or is about to be upgraded (checked before the backup copy and the migration).
 * A reading open that skips it still cannot miss damage it touches: SQLite reports a damaged page when it
 * reads one, and storage-errors.ts words that for the user.
 */
export function needsIntegrityCheck(a: { forReading: boolean; unclean: boolean; upgrade: boolean }): boolean {
  return !a.forReading || a.unclean || a.upgrade;
}

export interface OpenOptions {
  /**
   * Only reading (reports, counts, exports): the file is opened read-only, so nothing can change it,
   * and the integrity check follows needsIntegrityCheck. An older file is still upgraded (for writing).
   */
  forReading?: boolean;
}

/**
 * Open an existing project file: refuse foreign or newer files, back up then migrate older ones. A file
 * that cannot be written (read-only file, folder or disk) opens read-only, and `db.readonly` says so.
 */
export function openProjectFile(path: string, options: OpenOptions = {}): OpenedProject {
  const name = basename(path);
  if (!isReadableSqliteFile(path)) {
    if (isEncryptedFile(path))
      throw needsPassphrase(name, 'open it with its passphrase (on the command line: --passphrase-file FILE)');
    throw notAProject(path);
  }
  const unclean = closedUncleanly(path);
  const forReading = options.forReading === true;
  let db: Db;
  try {
    const mode = openMode(path);
    db = Db.open(path, { mustExist: true, ...mode, ...(forReading && !mode.readonly ? { readonly: true } : {}) });
  } catch (e) {
    throw storageError(e, name) ?? new ServiceError('io', `cannot open ${name}: ${(e as Error).message}`);
  }
  try {
    const appId = db.pragma<number>('application_id');
    const version = db.pragma<number>('user_version');
    if (appId !== ATTUNE_APPLICATION_ID) throw notAProject(path);
    if (version > LATEST_SCHEMA_VERSION)
      throw new ServiceError(
        'refused',
        `${name} was saved by a newer version of Attune (project format ${version}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update Attune to open it; the file was not changed.`,
      );
    if (forReading && version < LATEST_SCHEMA_VERSION && writable(path) && writable(dirname(path))) {
      // An upgrade writes: open again for writing, with everything that goes with it.
      db.close();
      return openProjectFile(path);
    }
    applyConnectionSettings(db);
    const checked = needsIntegrityCheck({ forReading, unclean, upgrade: version < LATEST_SCHEMA_VERSION });
    const integrity = checked ? db.pragma<string>('quick_check') : 'ok';
    if (integrity !== 'ok')
      throw new ServiceError('refused', `${name} is damaged (${integrity}); restore it from a backup`);
    let backupPath: string | null = null;
    if (version < LATEST_SCHEMA_VERSION && db.readonly)
      throw new ServiceError(
        'read-only',
        `${name} was saved by an older version of Attune and must be upgraded before it can be opened, which needs write access; it is read-only here (the file, its folder or its disk). Copy it to a folder you can write to.`,
      );
    if (version < LATEST_SCHEMA_VERSION) {
      // A consistent copy of the old file before any migration touches it.
      backupPath = `${path}.bak-v${version}-${timestamp()}`;
      db.vacuumInto(backupPath);
      migrate(db, version);
    }
    return { db, schemaVersion: LATEST_SCHEMA_VERSION, backupPath, created: false, integrityChecked: checked };
  } catch (e) {
    db.close();
    if (e instanceof ServiceError) throw e;
    const storage = storageError(e, name);
    if (storage) throw storage;
    throw new ServiceError(
      'refused',
      `${name} could not be opened safely (${(e as Error).message}); the file may be damaged: restore it from a backup`,
    );
  }
}
