import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';

// URI file names, for `immutable=1` only: project paths are always absolute, never "file:…", so no path
// is read differently. Read once, when the first connection loads SQLite.
process.env.SQLITE_USE_URI ??= '1';

/** An object binds `@name` parameters by name (extra keys are ignored); an array binds `?` in order. */
type Params = object | unknown[] | undefined;

/**
 * The one door to SQLite: cached prepared statements and `transaction(fn)`.
 * Nothing else in the codebase touches better-sqlite3 directly, and the SQL itself lives in `tables/`.
 */
export class Db {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly raw: Database.Database) {
    // Offsets everywhere count UTF-16 code units, as JavaScript strings do; SQLite's length() counts
    // code points, which differ for every astral character (emoji).
    raw.function('utf16_length', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? s.length : null));
  }

  /**
   * `immutable`: open a read-only file in a folder that cannot be written either. SQLite then reads the
   * file as it is, without the `-shm` file WAL mode otherwise needs beside it.
   */
  static open(path: string, options: { mustExist: boolean; readonly?: boolean; immutable?: boolean }): Db {
    const name = options.immutable ? `${pathToFileURL(path).href}?immutable=1` : path;
    const raw = new Database(name, { fileMustExist: options.mustExist, readonly: options.readonly ?? false });
    return new Db(raw);
  }

  get readonly(): boolean {
    return this.raw.readonly;
  }

  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.raw.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  run(sql: string, params?: Params): Database.RunResult {
    const s = this.stmt(sql);
    return params === undefined ? s.run() : Array.isArray(params) ? s.run(...params) : s.run(params);
  }

  get<T>(sql: string, params?: Params): T | undefined {
    const s = this.stmt(sql);
    return (params === undefined ? s.get() : Array.isArray(params) ? s.get(...params) : s.get(params)) as T | undefined;
  }

  all<T>(sql: string, params?: Params): T[] {
    const s = this.stmt(sql);
    return (params === undefined ? s.all() : Array.isArray(params) ? s.all(...params) : s.all(params)) as T[];
  }

  /** Run fn atomically (BEGIN IMMEDIATE so a writer never fails half-way on a lock upgrade). */
  transaction<T>(fn: () => T): T {
    // A read-only connection cannot begin a write; SQLite's own error says so (storage-errors.ts).
    return this.raw.transaction(fn).immediate();
  }

  exec(sql: string): void {
    this.raw.exec(sql);
  }

  pragma<T = unknown>(source: string, simple = true): T {
    return this.raw.pragma(source, { simple }) as T;
  }

  /** A consistent copy of the whole database in a new file (safe while this connection is open). */
  vacuumInto(path: string): void {
    this.run('VACUUM INTO @path', { path });
  }

  /** Fold the WAL back into the main file, so the file alone is complete when copied elsewhere. */
  checkpoint(): void {
    this.pragma('wal_checkpoint(TRUNCATE)', false);
  }

  /**
   * Changes whenever the data may have changed: a commit through this connection (total_changes) or
   * through any other (data_version). Lets a cache of derived figures know when it is stale.
   */
  changeStamp(): string {
    const mine = this.get<{ n: number }>('SELECT total_changes() AS n')?.n ?? 0;
    return `${this.pragma<number>('data_version')}:${mine}`;
  }

  close(): void {
    this.statements.clear();
    if (this.raw.open) this.raw.close();
  }
}
