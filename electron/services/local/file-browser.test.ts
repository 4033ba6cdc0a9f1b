import { existsSync, mkdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/support/temp-dir.ts';
import type { FileTarget, FolderListing } from '../../../shared/api/files.ts';
import type { ApiResult } from '../../../shared/api/result.ts';
import { createServices, type Services } from '../services.ts';

/** The picker over the real dispatcher, with a made-up home folder beside a folder outside it. */
describe('files-list: the browser file picker stays in the home folder', () => {
  let dir: ReturnType<typeof tempDir>;
  let services: Services;
  let home: string;
  let outside: string;
  beforeEach(() => {
    dir = tempDir();
    home = dir.file('home');
    outside = dir.file('outside');
    mkdirSync(join(home, 'studies', 'pilot'), { recursive: true });
    mkdirSync(join(home, '.config'));
    mkdirSync(outside);
    writeFileSync(join(home, 'studies', 'b.attune'), 'x');
    writeFileSync(join(home, 'studies', 'a.attune'), 'xy');
    writeFileSync(join(home, 'studies', 'ada.attune-coding'), 'x');
    writeFileSync(join(home, 'studies', 'lab.qdpx'), 'x');
    writeFileSync(join(home, 'studies', 'pkg.attune.age'), 'x');
    writeFileSync(join(home, 'studies', 'notes.txt'), 'x');
    writeFileSync(join(home, 'studies', '.attune'), 'x');
    writeFileSync(join(outside, 'secret.attune'), 'x');
    symlinkSync(outside, join(home, 'studies', 'escape'));
    symlinkSync(join(outside, 'secret.attune'), join(home, 'studies', 'linked.attune'));
    symlinkSync(join(home, 'studies', 'pilot'), join(home, 'pilot-link'));
    services = createServices({ dataDir: dir.file('data'), transport: 'http', version: 'test', home });
  });
  afterEach(() => {
    services.close();
    dir.remove();
  });
  const list = (arg: unknown) => services.dispatcher.dispatch('files-list', arg) as Promise<ApiResult<FolderListing>>;
  const refused = {
    ok: false,
    error: { type: 'refused', message: 'the file picker lists folders in your home folder only' },
  };

  it('lists the home folder by default: folders first, hidden entries left out', async () => {
    const r = await list({});
    expect(r).toMatchObject({ ok: true, value: { path: home, home, crumbs: [{ name: 'home', path: home }] } });
    if (!r.ok) return;
    expect(r.value.entries.map((e) => [e.name, e.type])).toEqual([
      ['pilot-link', 'folder'],
      ['studies', 'folder'],
    ]);
  });

  it('lists folders and .attune files only, unless other kinds are asked for', async () => {
    const r = await list({ path: join(home, 'studies') });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.entries.map((e) => e.name)).toEqual(['pilot', 'a.attune', 'b.attune']);
    expect(r.value.entries[1]).toMatchObject({ type: 'file', kind: 'attune', size: 2 });
    expect(r.value.crumbs.map((c) => c.name)).toEqual(['home', 'studies']);
    const all = await list({ path: 'studies', kinds: ['attune-coding', 'qdpx', 'age'] });
    if (!all.ok) throw new Error(all.error.message);
    expect(all.value.entries.map((e) => [e.name, e.kind ?? 'folder'])).toEqual([
      ['pilot', 'folder'],
      ['ada.attune-coding', 'attune-coding'],
      ['lab.qdpx', 'qdpx'],
      ['pkg.attune.age', 'age'],
    ]);
  });

  it('lists encrypted projects and packages (.attune.age) for Open, but not encrypted coding files', async () => {
    writeFileSync(join(home, 'studies', 'ada.attune-coding.age'), 'x');
    const r = await list({ path: 'studies', kinds: ['attune', 'attune-age'] });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.entries.map((e) => [e.name, e.kind ?? 'folder'])).toEqual([
      ['pilot', 'folder'],
      ['a.attune', 'attune'],
      ['b.attune', 'attune'],
      ['pkg.attune.age', 'attune-age'],
    ]);
  });

  it('never offers a symbolic link that leads out of home', async () => {
    const r = await list({ path: join(home, 'studies') });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.entries.map((e) => e.name)).not.toContain('escape');
    expect(r.value.entries.map((e) => e.name)).not.toContain('linked.attune');
  });

  it('follows a link that stays in home, and names the real folder', async () => {
    const r = await list({ path: join(home, 'pilot-link') });
    expect(r).toMatchObject({ ok: true, value: { path: join(home, 'studies', 'pilot') } });
  });

  it('refuses hostile paths: .., absolute paths outside, links out, with one answer whether or not they exist', async () => {
    expect(await list({ path: '..' })).toMatchObject(refused);
    expect(await list({ path: join(home, 'studies', '..', '..', 'outside') })).toMatchObject(refused);
    expect(await list({ path: '/' })).toMatchObject(refused);
    expect(await list({ path: '/etc' })).toMatchObject(refused);
    expect(await list({ path: '/no/such/folder' })).toMatchObject(refused);
    expect(await list({ path: outside })).toMatchObject(refused);
    expect(await list({ path: join(home, 'studies', 'escape') })).toMatchObject(refused);
    expect(await list({ path: 'studies/escape/..' })).toMatchObject({ ok: true }); // lexically back in studies
    expect(await list({ path: `${home}-sibling` })).toMatchObject(refused);
  });

  it('refuses a NUL, an over-long path, a file, a missing folder and unknown fields with a clear message', async () => {
    expect(await list({ path: 'studies\0/../..' })).toMatchObject({
      ok: false,
      error: { type: 'validation', message: 'path: a path cannot contain a NUL character' },
    });
    expect(await list({ path: 'a/'.repeat(3000) })).toMatchObject({
      ok: false,
      error: { type: 'validation', message: 'path: a path has at most 4,096 characters' },
    });
    expect(await list({ path: 'studies/a.attune' })).toMatchObject({
      ok: false,
      error: { type: 'not-found', message: 'a.attune is not a folder' },
    });
    expect(await list({ path: 'studies/nope' })).toMatchObject({
      ok: false,
      error: { type: 'not-found', message: 'there is no folder nope here' },
    });
    expect(await list({ path: 'x', kinds: ['exe'] })).toMatchObject({ ok: false, error: { type: 'validation' } });
    expect(await list({ path: 'x', deep: true })).toMatchObject({ ok: false, error: { type: 'validation' } });
  });

  it('shows hidden entries when asked', async () => {
    const r = await list({ hidden: true });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.entries.map((e) => e.name)).toContain('.config');
  });

  describe('files-get: the path of a new or saved file, checked before anything is written', () => {
    const get = (arg: unknown) => services.dispatcher.dispatch('files-get', arg) as Promise<ApiResult<FileTarget>>;

    it('answers the path in the real folder and whether a file is there already', async () => {
      expect(await get({ folder: 'studies', name: 'new.attune' })).toEqual({
        ok: true,
        value: {
          path: join(home, 'studies', 'new.attune'),
          folder: join(home, 'studies'),
          name: 'new.attune',
          exists: false,
        },
      });
      expect(await get({ folder: join(home, 'studies'), name: '  a.attune ' })).toMatchObject({
        ok: true,
        value: { path: join(home, 'studies', 'a.attune'), exists: true },
      });
      // Through a link that stays in home: the real folder.
      expect(await get({ folder: join(home, 'pilot-link'), name: 'x.attune' })).toMatchObject({
        ok: true,
        value: { path: join(home, 'studies', 'pilot', 'x.attune') },
      });
    });

    it('refuses a name with a separator, a NUL, "." or "..", or none, each with a clear message', async () => {
      const cases: [string, string][] = [
        ['../escape.attune', 'name: a name cannot contain / or \\ (choose the folder in the list)'],
        ['sub\\x.attune', 'name: a name cannot contain / or \\ (choose the folder in the list)'],
        ['/etc/passwd', 'name: a name cannot contain / or \\ (choose the folder in the list)'],
        ['a\0.attune', 'name: a name cannot contain a NUL character'],
        ['..', 'name: a name cannot be "." or ".."'],
        ['   ', 'name: enter a name'],
        ['x'.repeat(256), 'name: a name has at most 255 characters'],
      ];
      for (const [name, message] of cases)
        expect(await get({ folder: 'studies', name })).toMatchObject({
          ok: false,
          error: { type: 'validation', message },
        });
    });

    it('refuses a folder outside home (after .. and links), a folder at the name, and a link at the name that leads out', async () => {
      for (const folder of ['..', outside, join(home, 'studies', 'escape'), 'studies/../..', '/'])
        expect(await get({ folder, name: 'x.attune' })).toMatchObject(refused);
      expect(await get({ folder: 'studies', name: 'linked.attune' })).toMatchObject({
        ok: false,
        error: { type: 'refused', message: 'linked.attune is a link that leads out of your home folder' },
      });
      expect(await get({ folder: '', name: 'studies' })).toMatchObject({
        ok: false,
        error: { type: 'conflict', message: 'studies is a folder: choose another name' },
      });
      expect(await get({ folder: 'studies', name: 'x', extra: 1 })).toMatchObject({
        ok: false,
        error: { type: 'validation' },
      });
    });
  });

  describe('files-create: a new folder in a folder under home', () => {
    const create = (arg: unknown) =>
      services.dispatcher.dispatch('files-create', arg) as Promise<ApiResult<FolderListing>>;

    it('creates it and answers its listing', async () => {
      const r = await create({ folder: 'studies', name: 'packages' });
      expect(r).toMatchObject({ ok: true, value: { path: join(home, 'studies', 'packages'), entries: [] } });
      expect(statSync(join(home, 'studies', 'packages')).isDirectory()).toBe(true);
      expect(await create({ folder: 'studies', name: 'packages' })).toMatchObject({
        ok: false,
        error: { type: 'conflict', message: 'packages is a folder: choose another name' },
      });
      expect(await create({ folder: 'studies', name: 'a.attune' })).toMatchObject({
        ok: false,
        error: { type: 'conflict', message: 'a.attune already exists here' },
      });
    });

    it('creates nothing outside home, whatever the folder or name', async () => {
      for (const folder of ['..', outside, join(home, 'studies', 'escape')])
        expect(await create({ folder, name: 'made' })).toMatchObject(refused);
      expect(await create({ folder: 'studies', name: '../../made' })).toMatchObject({
        ok: false,
        error: { type: 'validation' },
      });
      expect(existsSync(join(outside, 'made'))).toBe(false);
      expect(existsSync(dir.file('made'))).toBe(false);
    });
  });
});
