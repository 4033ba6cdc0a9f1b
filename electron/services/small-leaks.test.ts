import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { servicesWithProject } from '../../tests/support/services.ts';

describe('small leaks', () => {
  let h: Awaited<ReturnType<typeof servicesWithProject>>;
  beforeEach(async () => {
    h = await servicesWithProject();
  });
  afterEach(() => h.done());

  it('consensus-get with an unknown transcript id is not found and creates no Consensus coder', async () => {
    const lead = await h.call<{ id: string }>('coder-create', { name: 'Lee', role: 'lead' });
    await h.call('session-set-coder', { coderId: lead.id });
    const e = await h.fail('consensus-get', { transcriptId: 'no-such-transcript' });
    expect(e.type).toBe('not-found');
    expect((await h.call<{ role: string }[]>('coder-list')).map((c) => c.role)).toEqual(['lead']);
  });

  it('coder names: NFKC, no invisible or control characters, no look-alike of an existing name', async () => {
    const ada = await h.call<{ name: string }>('coder-create', { name: 'Ada' });
    expect(ada.name).toBe('Ada');
    const cases: [string, string, string][] = [
      ['Ada\u200B', 'validation', 'invisible character (U+200B)'],
      ['Ad\u0000a', 'validation', 'control character (U+0000)'],
      ['\u0410da', 'conflict', '"\u0410da" looks the same as the existing coder "Ada"'],
      ['Ａｄａ', 'conflict', 'a coder named "Ada" already exists'],
    ];
    for (const [name, type, message] of cases) {
      const e = await h.fail('coder-create', { name });
      expect(e.type, name).toBe(type);
      expect(e.message, name).toContain(message);
    }
    expect((await h.call<{ name: string }>('coder-create', { name: 'Ｂｅｎ' })).name).toBe('Ben');
    expect((await h.call<{ name: string }[]>('coder-list')).map((c) => c.name)).toEqual(['Ada', 'Ben']);
  });

  it('damaged settings give a clear refusal, not a raw JSON.parse message', async () => {
    await h.call('project-close');
    const db = new Database(h.path);
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('settings', '{\"blindMode\": tru')").run();
    db.close();
    await h.call('project-open', { path: h.path });
    const e = await h.fail('transcript-list');
    expect(e.type).toBe('refused');
    expect(e.message).toBe(
      'the project settings stored in p.attune are damaged (not readable as JSON), so the project cannot be used safely: blind coding and hidden fields depend on them. Restore the file from a backup.',
    );
  });
});
