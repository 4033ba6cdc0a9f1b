import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/api/audit.ts';
import type { TranscriptSummary } from '../../shared/api/transcript.ts';
import { servicesWithProject } from '../../tests/support/services.ts';

const TEXT = 'SYNTHETIC - NOT REAL DATA\nI: Describe your mother.\nR: Cardamom-Lighthouse-9902 was loving.';

describe('the audit log records every decision behind a published figure, with ids only', () => {
  let h: Awaited<ReturnType<typeof servicesWithProject>>;
  let ids: Record<string, string>;
  let t: TranscriptSummary;
  const rating = (coderId: string | undefined, value: number) => ({
    transcriptId: t.id,
    coderId,
    scaleId: 'coh.transcript',
    target: 'transcript',
    value,
    notRateable: false,
  });

  beforeEach(async () => {
    h = await servicesWithProject();
    ids = await h.addCoders([
      ['Lee', 'lead'],
      ['Ada', 'coder'],
      ['Ben', 'coder'],
    ]);
    t = await h.call<TranscriptSummary>('transcript-import-text', { fileName: 'SYN-0001.txt', text: TEXT });
  });
  afterEach(() => h.done());

  const log = async (action?: string) =>
    (await h.call<AuditEntry[]>('audit-list', action ? { action } : {})).map((e) => [e.action, e.actorName, e.detail]);

  it('classification set, changed (not for a note alone) and cleared, naming whose coding', async () => {
    await h.call('session-set-coder', { coderId: ids.Ada });
    const owner = { transcriptId: t.id, coderId: ids.Ada };
    await h.call('classification-set', { ...owner, primary: 'F', subtype: 'F3a' });
    await h.call('classification-set', { ...owner, primary: 'F', subtype: 'F3a', note: 'only a note' });
    await h.call('classification-set', { ...owner, primary: 'Ds' });
    await h.call('classification-clear', owner);
    await h.call('classification-clear', owner); // nothing to clear: not recorded
    expect(await log()).toEqual([
      ['classification-cleared', 'Ada', { coderId: ids.Ada }],
      ['classification-changed', 'Ada', { coderId: ids.Ada }],
      ['classification-set', 'Ada', { coderId: ids.Ada }],
    ]);
  });

  it('ratings changed after the coder marked the transcript complete, and not before', async () => {
    await h.call('session-set-coder', { coderId: ids.Ada });
    await h.call('rating-set', rating(ids.Ada, 3));
    await h.call('status-set', { transcriptId: t.id, coderId: ids.Ada, status: 'complete' });
    await h.call('rating-set', rating(ids.Ada, 3)); // same value: nothing changed
    await h.call('rating-set', rating(ids.Ada, 5));
    await h.call('rating-clear', {
      transcriptId: t.id,
      coderId: ids.Ada,
      scaleId: 'coh.transcript',
      target: 'transcript',
    });
    const detail = { coderId: ids.Ada, scaleId: 'coh.transcript', target: 'transcript' };
    expect(await log('rating-changed-after-complete')).toEqual([
      ['rating-changed-after-complete', 'Ada', { ...detail, change: 'cleared' }],
      ['rating-changed-after-complete', 'Ada', { ...detail, change: 'set' }],
    ]);
  });

  it('the project-wide reveal, trainer keys and consensus items accepted', async () => {
    await h.call('session-set-coder', { coderId: ids.Ben });
    await h.call('classification-set', { transcriptId: t.id, coderId: ids.Ben, primary: 'E' });
    await h.call('session-set-coder', { coderId: ids.Lee });
    await h.call('settings-update', { blindMode: true });
    await h.call('settings-update', { revealed: true });
    await h.call('settings-update', { revealed: true }); // unchanged
    await h.call('training-set-key', { transcriptId: t.id, coderId: ids.Ben });
    await h.call('training-set-key', { transcriptId: t.id, coderId: ids.Ben }); // unchanged
    await h.call('training-set-key', { transcriptId: t.id, coderId: null });
    await h.call('consensus-accept', { transcriptId: t.id, source: { kind: 'classification', coderId: ids.Ben } });
    const entries = await h.call<AuditEntry[]>('audit-list', {});
    expect(entries.map((e) => [e.action, e.actorName, e.subjectId, e.detail])).toEqual([
      ['consensus-accepted', 'Lee', t.id, { kind: 'classification', fromCoderId: ids.Ben }],
      ['key-set', 'Lee', t.id, { keyCoderId: '' }],
      ['key-set', 'Lee', t.id, { keyCoderId: ids.Ben }],
      ['reveal', 'Lee', null, { scope: 'project', revealed: 'true' }],
      ['classification-set', 'Ben', t.id, { coderId: ids.Ben }],
    ]);
  });

  it('filters by action and by acting coder, newest first; no entry holds any transcript text or coding value', async () => {
    for (const who of ['Ada', 'Ben'] as const) {
      await h.call('session-set-coder', { coderId: ids[who] });
      await h.call('classification-set', { transcriptId: t.id, coderId: ids[who], primary: 'F', note: TEXT });
    }
    await h.call('session-set-coder', { coderId: ids.Lee });
    await h.call('coder-set-role', { coderId: ids.Ada, role: 'trainer' });
    const ben = await h.call<AuditEntry[]>('audit-list', { coderId: ids.Ben });
    expect(ben.map((e) => e.action)).toEqual(['classification-set']);
    const all = await h.call<AuditEntry[]>('audit-list', {});
    expect(all.map((e) => e.action)).toEqual(['role-changed', 'classification-set', 'classification-set']);
    expect([...all].sort((a, b) => b.at.localeCompare(a.at))).toEqual(all);
    const json = JSON.stringify(all);
    for (const piece of ['Cardamom', 'loving', 'Describe your mother', '"F"', 'SYN-0001'])
      expect(json).not.toContain(piece);
    expect(await h.fail('audit-list', { action: 'made-up' })).toMatchObject({ type: 'validation' });
  });
});
