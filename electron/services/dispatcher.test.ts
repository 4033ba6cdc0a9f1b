import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/support/temp-dir.ts';
import { createServices, type Services } from './services.ts';

describe('dispatcher', () => {
  let dir: ReturnType<typeof tempDir>;
  let services: Services;
  beforeEach(() => {
    dir = tempDir();
    services = createServices({ dataDir: dir.file('data'), transport: 'http', version: 'test' });
  });
  afterEach(() => {
    services.close();
    dir.remove();
  });
  const call = (name: string, arg: unknown) => services.dispatcher.dispatch(name, arg);

  it('answers an unknown method with a typed error', async () => {
    expect(await call('transcript-explode', {})).toEqual({
      ok: false,
      error: { type: 'unknown-method', message: 'unknown method "transcript-explode"', method: 'transcript-explode' },
    });
  });

  it('validates arguments before any handler runs, naming the field', async () => {
    await call('project-create', { path: dir.file('p.attune') });
    expect(await call('coder-create', { name: 42 })).toMatchObject({
      ok: false,
      error: { type: 'validation', message: expect.stringContaining('name') },
    });
    expect(await call('coder-create', { name: 'Ada', extra: true })).toMatchObject({
      ok: false,
      error: { type: 'validation' },
    });
    expect(
      await call('annotation-create', { transcriptId: 't', coderId: 'c', codeId: 'x', start: 5, end: 2 }),
    ).toMatchObject({
      ok: false,
      error: {
        type: 'validation',
        message: 'end: end must be after start',
        method: 'annotation-create',
        issues: [{ path: 'end', message: 'end must be after start' }],
      },
    });
    expect(await call('project-open', { path: dir.file('p.txt') })).toMatchObject({
      ok: false,
      error: { type: 'validation', message: 'path: a project file name ends in .attune', method: 'project-open' },
    });
    expect(await call('coder-list', {})).toEqual({ ok: true, value: [] });
  });

  it('carries the method in its own field, never in the message (so the UI shows the message as it is)', async () => {
    const r = await call('transcript-list', {});
    expect(r).toEqual({
      ok: false,
      error: {
        type: 'no-project',
        message: 'no project is open: create or open a project first',
        method: 'transcript-list',
      },
    });
  });

  it('reports no-project when nothing is open', async () => {
    expect(await call('transcript-list', {})).toMatchObject({ ok: false, error: { type: 'no-project' } });
  });

  it('runs the whole loop: create project, coder, import, annotate, list, reopen', async () => {
    const path = dir.file('loop.attune');
    expect(await call('project-create', { path })).toMatchObject({
      ok: true,
      value: { name: 'loop', counts: { transcripts: 0 } },
    });
    const coder = await call('coder-create', { name: 'Ada' });
    const t = await call('transcript-import-text', { fileName: 'SYN-0001.txt', text: 'I: Hello?\r\nR: Hello.\r\n' });
    expect(t).toMatchObject({ ok: true, value: { title: 'SYN-0001', characters: 19 } });
    if (!coder.ok || !t.ok) throw new Error('setup failed');
    const tid = (t.value as { id: string }).id;
    const got = await call('transcript-get', { id: tid });
    expect(got).toMatchObject({ ok: true, value: { text: 'I: Hello?\nR: Hello.' } });
    const a = await call('annotation-create', {
      transcriptId: tid,
      coderId: (coder.value as { id: string }).id,
      codeId: 'humour',
      start: 3,
      end: 9,
    });
    expect(a).toMatchObject({ ok: true, value: { start: 3, end: 9, note: '' } });
    await call('project-close', {});
    expect(await call('project-get-current', {})).toEqual({ ok: true, value: null });
    expect(await call('project-list-recent', {})).toEqual({ ok: true, value: [path] });
    await call('project-open', { path });
    expect(await call('annotation-list', { transcriptId: tid })).toMatchObject({
      ok: true,
      value: [{ codeId: 'humour', start: 3, end: 9 }],
    });
  });

  it('turns a duplicate import into a conflict and an unexpected failure into an internal error without a stack', async () => {
    await call('project-create', { path: dir.file('p.attune') });
    await call('transcript-import-text', { fileName: 'a.txt', text: 'I: x\nR: y' });
    expect(await call('transcript-import-text', { fileName: 'b.txt', text: 'I: x\r\nR: y' })).toMatchObject({
      ok: false,
      error: { type: 'conflict', message: 'this text is already in the project as "a"' },
    });
    services.current()!.db.exec('DROP TRIGGER transcripts_text_immutable; DROP TABLE annotations');
    const r = await call('annotation-list', { transcriptId: 'x' });
    expect(r).toMatchObject({ ok: false, error: { type: 'internal' } });
    if (!r.ok) expect(r.error.message).not.toMatch(/\n\s+at /);
  });

  it('delivers menu events to a long-polling caller in order', async () => {
    const waiting = call('app-wait-event', { after: 0, timeoutMs: 5000 });
    services.events.push({ type: 'menu', command: 'import-transcript' });
    expect(await waiting).toEqual({
      ok: true,
      value: { seq: 1, event: { type: 'menu', command: 'import-transcript' } },
    });
    expect(await call('app-wait-event', { after: 1, timeoutMs: 0 })).toEqual({ ok: true, value: null });
  });
});
