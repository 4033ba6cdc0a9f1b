import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { servicesWithProject } from '../../tests/support/services.ts';

const TEXT = 'SYNTHETIC - NOT REAL DATA\nI: Tell me.\nR: She was warm, always there.';

describe('report-create-transcript: only coding the acting coder may see is printed', () => {
  let h: Awaited<ReturnType<typeof servicesWithProject>>;
  let t: string;
  const ids: Record<string, string> = {};
  const html = async (arg: object) =>
    (await h.call<{ content: string }>('report-create-transcript', { transcriptId: t, format: 'html', ...arg }))
      .content;
  beforeEach(async () => {
    h = await servicesWithProject();
    // The first coder is the lead, who then adds the others (only a lead gives roles).
    Object.assign(
      ids,
      await h.addCoders([
        ['Lead', 'lead'],
        ['Ada', 'coder'],
        ['Ben', 'coder'],
        ['Tess', 'trainer'],
        ['Tim', 'trainee'],
      ]),
    );
    t = (await h.call<{ id: string }>('transcript-import-text', { fileName: 'SYN-0002.txt', text: TEXT })).id;
    for (const [who, code] of [
      ['Ada', 'warmth.balanced_forgiving'],
      ['Ben', 'idealization.unsupported_adjective'],
      ['Tess', 'humour'],
    ] as const) {
      await h.call('session-set-coder', { coderId: ids[who] });
      await h.call('annotation-create', {
        transcriptId: t,
        coderId: ids[who],
        codeId: code,
        start: TEXT.indexOf('warm'),
        end: TEXT.indexOf('warm') + 4,
      });
    }
  });
  afterEach(() => h.done());

  it('prints every coder with coding by default, and refuses more than three or an unseen coder', async () => {
    await h.call('session-set-coder', { coderId: ids.Lead });
    const all = await html({ coderIds: [ids.Ada, ids.Ben] });
    expect(all).toContain('Score sheet: Ada');
    expect(all).toContain('Idealisation: unsupported adjective');
    expect(await html({})).toContain('Score sheet: Tess');
    await h.call('classification-set', { transcriptId: t, coderId: ids.Lead, primary: 'F' });
    expect((await h.fail('report-create-transcript', { transcriptId: t, format: 'pdf' })).message).toBe(
      '4 coders coded this transcript; choose at most 3 (Ada, Ben, Lead, Tess)',
    );
    expect(
      (
        await h.fail('report-create-transcript', {
          transcriptId: t,
          format: 'pdf',
          coderIds: [ids.Lead, ids.Ada, ids.Ben, ids.Tess],
        })
      ).type,
    ).toBe('validation');
  });

  it("blind mode: a coder prints only their own coding and is refused another's", async () => {
    await h.call('session-set-coder', { coderId: ids.Lead });
    await h.call('settings-update', { blindMode: true });
    await h.call('session-set-coder', { coderId: ids.Ada });
    const mine = await html({});
    expect(mine).toContain('Score sheet: Ada');
    expect(mine).not.toContain('Ben');
    expect(mine).not.toContain('Idealisation');
    expect(
      await h.fail('report-create-transcript', { transcriptId: t, format: 'html', coderIds: [ids.Ben] }),
    ).toMatchObject({
      type: 'refused',
    });
  });

  it("trainer mode: a trainee cannot print the trainer's key before submitting", async () => {
    await h.call('session-set-coder', { coderId: ids.Tess });
    await h.call('settings-update', { trainerMode: true });
    await h.call('training-set-key', { transcriptId: t, coderId: ids.Tess });
    await h.call('session-set-coder', { coderId: ids.Tim });
    // A trainee sees nobody else's coding until they submit; then only the key's (never another coder's).
    const refused = async (coder: string) =>
      (await h.fail('report-create-transcript', { transcriptId: t, format: 'html', coderIds: [coder] })).message;
    const rule = "a trainee sees only their own coding, and a transcript's key once they have submitted it";
    expect(await refused(ids.Tess!)).toBe(
      "the trainer's key stays hidden until you submit your coding of this transcript",
    );
    expect(await refused(ids.Ada!)).toBe(rule);
    await h.call('status-submit', { transcriptId: t, coderId: ids.Tim });
    expect(await html({ coderIds: [ids.Tess] })).toContain('Score sheet: Tess');
    expect(await refused(ids.Ada!)).toBe(rule);
  });
});
