import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ATTUNE_BIN, REPO } from '../../../tests/support/cli.ts';
import { servicesWithProject } from '../../../tests/support/services.ts';
import { tempDir } from '../../../tests/support/temp-dir.ts';

const TEXT = 'I: Tell me about your mother.\nR: She was kind, mostly.';

/**
 * The CLI as an ordinary user: root ignores file permissions, so as root it runs without the capabilities that
 * override them (still root, so it can read the clone wherever CI put it; "nobody" may not reach it).
 */
const NO_DAC = ['--bounding-set=-dac_override,-dac_read_search', '--inh-caps=-dac_override,-dac_read_search'];
function cliAsUser(args: string[], env: NodeJS.ProcessEnv) {
  const asRoot = process.getuid?.() === 0;
  const [cmd, ...rest] = asRoot
    ? ['setpriv', ...NO_DAC, process.execPath, ATTUNE_BIN, ...args]
    : [process.execPath, ATTUNE_BIN, ...args];
  const r = spawnSync(cmd!, rest, { cwd: REPO, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('storage trouble is said as it is, typed, and writes nothing', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });

  it('a full disk is "disk-full", the import is not half-written, and the project keeps working', async () => {
    const h = await servicesWithProject();
    cleanups.push(h.done);
    const db = h.services.current()!.db;
    const pages = db.pragma<number>('page_count');
    // SQLite answers SQLITE_FULL exactly as for a full disk once the file may not grow.
    db.pragma(`max_page_count = ${pages + 2}`);
    const big = `${TEXT}\n${'R: and then we moved house again, I think. '.repeat(4000)}`;
    const e = await h.fail('transcript-import-text', { fileName: 'big.txt', text: big });
    expect(e.type).toBe('disk-full');
    expect(e.message).toBe(
      'The disk holding p.attune is full, so nothing was saved. Free some space, then try again: what was saved before is safe.',
    );
    expect(await h.call('transcript-list')).toEqual([]);
    db.pragma('max_page_count = 1073741823');
    expect(
      (await h.call<{ id: string }>('transcript-import-text', { fileName: 'big.txt', text: big })).id,
    ).toBeTruthy();
  });

  it('another program holding the write lock is "busy", not internal', async () => {
    const h = await servicesWithProject();
    cleanups.push(h.done);
    const other = new Database(h.path);
    other.prepare('BEGIN IMMEDIATE').run();
    try {
      const e = await h.fail('coder-create', { name: 'Ada' });
      expect(e.type).toBe('busy');
      expect(e.message).toContain('Another program is writing to p.attune');
    } finally {
      other.prepare('ROLLBACK').run();
      other.close();
    }
    expect((await h.call<{ name: string }>('coder-create', { name: 'Ada' })).name).toBe('Ada');
  });

  it('a read-only project (file and folder) opens read-only and refuses writes saying so', async () => {
    const dir = tempDir();
    cleanups.push(() => {
      chmodSync(dir.file('ro'), 0o755);
      dir.remove();
    });
    mkdirSync(dir.file('ro'));
    mkdirSync(dir.file('data'), { mode: 0o777 });
    chmodSync(dir.file('data'), 0o777);
    chmodSync(dir.path, 0o755);
    const p = dir.file('ro/study.attune');
    const h = await servicesWithProject();
    await h.call('transcript-import-text', { fileName: 'a.txt', text: TEXT });
    h.services.close();
    writeFileSync(p, (await import('node:fs')).readFileSync(h.path));
    h.dir.remove();
    writeFileSync(dir.file('b.txt'), 'I: Another?\nR: Yes.');
    chmodSync(dir.file('b.txt'), 0o644);
    chmodSync(p, 0o444);
    chmodSync(dir.file('ro'), 0o555);
    const env = { ATTUNE_DATA_DIR: dir.file('data') };

    const info = cliAsUser(['info', p, '--json'], env);
    expect(info.stderr).toBe('');
    expect(JSON.parse(info.stdout)).toMatchObject({ transcripts: 1 });
    const imp = cliAsUser(['import', p, dir.file('b.txt')], env);
    expect(imp.status).not.toBe(0);
    expect(imp.stderr).toContain(
      'study.attune cannot be written (the file, its folder or its disk is read-only), so nothing was saved.',
    );
    expect(imp.stderr).not.toMatch(/damaged|backup|internal/);
    expect(JSON.parse(cliAsUser(['info', p, '--json'], env).stdout)).toMatchObject({ transcripts: 1 });
  });
});
