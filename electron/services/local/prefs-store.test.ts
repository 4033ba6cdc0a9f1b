import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/support/temp-dir.ts';
import { createServices, type Services } from '../services.ts';

describe("prefs: this user's local settings, kept across restarts", () => {
  let dir: ReturnType<typeof tempDir>;
  let services: Services;
  const start = () => createServices({ dataDir: dir.file('data'), transport: 'http', version: 'test' });
  beforeEach(() => {
    dir = tempDir();
    services = start();
  });
  afterEach(() => {
    services.close();
    dir.remove();
  });
  const call = (name: string, arg: unknown) => services.dispatcher.dispatch(name, arg);

  it('keeps the format and panel sizes in the data folder, changing only what a patch names', async () => {
    expect(await call('prefs-get', {})).toEqual({ ok: true, value: { format: 'system', layout: {} } });
    await call('prefs-update', { format: 'iso' });
    await call('prefs-update', { layout: { inspectorWidth: 500 } });
    await call('prefs-update', { layout: { inspectorWidth: 500, highlightCollapsed: true } });
    services.close();
    services = start();
    expect(await call('prefs-get', {})).toEqual({
      ok: true,
      value: { format: 'iso', layout: { inspectorWidth: 500, highlightCollapsed: true } },
    });
  });

  it('refuses values out of range or unknown, and writes nothing', async () => {
    for (const bad of [{ format: 'roman' }, { layout: { inspectorWidth: 5 } }, { layout: { colour: 'red' } }, { x: 1 }])
      expect(await call('prefs-update', bad)).toMatchObject({ ok: false, error: { type: 'validation' } });
    expect(await call('prefs-get', {})).toEqual({ ok: true, value: { format: 'system', layout: {} } });
  });

  it('survives a damaged file: each part falls back to its default', async () => {
    services.close();
    mkdirSync(dir.file('data'), { recursive: true });
    writeFileSync(dir.file('data/prefs.json'), '{"format":"iso","layout":{"inspectorWidth":"wide"}');
    services = start();
    expect(await call('prefs-get', {})).toEqual({ ok: true, value: { format: 'system', layout: {} } });
    services.close();
    writeFileSync(dir.file('data/prefs.json'), '{"format":"iso","layout":{"inspectorWidth":"wide"},"places":{}}');
    services = start();
    expect(await call('prefs-get', {})).toEqual({ ok: true, value: { format: 'iso', layout: {} } });
  });

  it("remembers where each coder left each transcript, and never tells one coder another's place", async () => {
    await call('project-create', { path: dir.file('p.attune') });
    const ada = await call('coder-create', { name: 'Ada' });
    const ben = await call('coder-create', { name: 'Ben' });
    const t = await call('transcript-import-text', { fileName: 't1.txt', text: 'I: Hello.\nR: Hi there.\n' });
    if (!ada.ok || !ben.ok || !t.ok) throw new Error('setup failed');
    const adaId = (ada.value as { id: string }).id;
    const benId = (ben.value as { id: string }).id;
    const tid = (t.value as { id: string }).id;
    // No coder chosen: nothing is kept or told.
    expect(await call('prefs-set-place', { transcriptId: tid, place: { top: 3, caret: 4 } })).toEqual({
      ok: true,
      value: null,
    });
    expect(await call('prefs-get-place', { transcriptId: tid })).toEqual({ ok: true, value: null });
    await call('session-set-coder', { coderId: adaId });
    await call('prefs-set-place', { transcriptId: tid, place: { top: 10, caret: 12 } });
    await call('session-set-coder', { coderId: benId });
    expect(await call('prefs-get-place', { transcriptId: tid })).toEqual({ ok: true, value: null });
    expect(await call('prefs-get-place', { transcriptId: 'nope' })).toMatchObject({ ok: false });
    expect(await call('prefs-set-place', { transcriptId: tid, place: { top: -1, caret: null } })).toMatchObject({
      ok: false,
      error: { type: 'validation' },
    });
    services.close();
    services = start();
    await call('project-open', { path: dir.file('p.attune') });
    await call('session-set-coder', { coderId: adaId });
    expect(await call('prefs-get-place', { transcriptId: tid })).toEqual({ ok: true, value: { top: 10, caret: 12 } });
    expect(readFileSync(dir.file('data/prefs.json'), 'utf8')).not.toContain('Hello');
  });
});
