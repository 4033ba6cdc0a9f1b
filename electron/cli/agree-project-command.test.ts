import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../tests/support/cli.ts';
import { servicesWithProject } from '../../tests/support/services.ts';
import { tempDir } from '../../tests/support/temp-dir.ts';

// Ada and Ben classify 4 transcripts: same on 3 (F, Ds, E), different on one (F vs E) at 3-way.
// By hand: p_o = 3/4; margins Ada F2 Ds1 E1, Ben F1 Ds1 E2 → p_e = (2·1 + 1·1 + 1·2)/16 = 5/16;
// kappa = (3/4 − 5/16)/(1 − 5/16) = 7/11.
const ADA = ['F', 'Ds', 'E', 'F'];
const BEN = ['F', 'Ds', 'E', 'E'];
const TEXT = (i: number) =>
  `SYNTHETIC - NOT REAL DATA ${i}\nI: Which parent were you closer to?\nR: Him? Waste of space, moving on.`;
const AT = TEXT(0).indexOf('Waste');

describe('attune agree-project / export-codings / report (real processes)', () => {
  let dir: ReturnType<typeof tempDir>;
  let project: string;
  let blind: string;
  const env = () => ({ ATTUNE_DATA_DIR: dir.file('data') });

  beforeAll(async () => {
    dir = tempDir();
    const h = await servicesWithProject('study.attune');
    const {
      Ada: ada,
      Ben: ben,
      Lea: lea,
    } = await h.addCoders([
      ['Lea', 'lead'],
      ['Ada', 'coder'],
      ['Ben', 'coder'],
    ]);
    for (let i = 0; i < 4; i++) {
      const t = (
        await h.call<{ id: string }>('transcript-import-text', { fileName: `SYN-000${i + 1}.txt`, text: TEXT(i) })
      ).id;
      await h.call('classification-set', { transcriptId: t, coderId: ada, primary: ADA[i] });
      await h.call('classification-set', { transcriptId: t, coderId: ben, primary: BEN[i] });
      await h.call('rating-set', {
        transcriptId: t,
        coderId: ada,
        scaleId: 'som.derogation_attachment',
        target: 'transcript',
        value: 3 + i,
      });
      await h.call('rating-set', {
        transcriptId: t,
        coderId: ben,
        scaleId: 'som.derogation_attachment',
        target: 'transcript',
        value: 3.5 + i,
      });
      await h.call('annotation-create', {
        transcriptId: t,
        coderId: ada,
        codeId: 'derogation',
        start: AT,
        end: AT + 13,
      });
      await h.call('annotation-create', {
        transcriptId: t,
        coderId: ben,
        codeId: 'derogation',
        start: AT,
        end: AT + 13,
      });
    }
    h.services.close();
    project = dir.file('study.attune');
    writeFileSync(project, readFileSync(h.path));
    // The same project with blind coding on and not revealed.
    await h.call('project-open', { path: h.path });
    await h.call('session-set-coder', { coderId: lea });
    await h.call('settings-update', { blindMode: true });
    h.services.close();
    blind = dir.file('blind.attune');
    writeFileSync(blind, readFileSync(h.path));
    h.dir.remove();
  });
  afterAll(() => dir.remove());

  it('--json gives codes with alpha_u, classification per level and scales, with the n behind them; kappa matches the hand value 7/11', () => {
    const r = runCli(['agree-project', project, '--json'], env());
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.n).toBe(4);
    expect(j.coders.map((c: { name: string }) => c.name)).toEqual(['Ada', 'Ben']);
    expect(j.codes.derogation).toMatchObject({ alpha_u: 1, f1: 1, n: 8 });
    expect(j.codes['humour']).toMatchObject({ alpha_u: null, n: 0 });
    expect(j.codes['humour'].alpha_u_reason).toMatch(/no coder marked/);
    expect(j.overall).toMatchObject({ alpha_u: 1, n: 8, pooled_transcripts: 4 });
    expect(j.classification['3-way']).toMatchObject({ n: 4, percent_agreement: 0.75, kappa_statistic: 'cohen-kappa' });
    expect(j.classification['3-way'].kappa).toBeCloseTo(7 / 11, 12);
    expect(j.classification['3-way'].warning).toMatch(/only 4 transcripts/);
    expect(j.scales['som.derogation_attachment'].transcript).toMatchObject({
      n: 4,
      mean_abs_diff: 0.5,
      within_tolerance: 1,
      tolerance: 1,
    });
    // Every value is offset by 0.5: consistency is perfect, absolute agreement is not.
    expect(j.scales['som.derogation_attachment'].transcript.icc_c1).toBeCloseTo(1, 12);
    expect(j.scales['som.derogation_attachment'].transcript.icc_a1).toBeLessThan(1);
    expect(j.warnings.length).toBeGreaterThan(0);
  });

  it('prints a readable table without --json, and honours --coders, --transcripts and --threshold', () => {
    const r = runCli(['agree-project', project, '--coders', 'ada,BEN', '--threshold', '0.9'], env());
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('4 transcript(s); coders: Ada, Ben');
    expect(r.stdout).toMatch(/3-way\s+4\s+75\.0%\s+0\.64 \[/);
    expect(r.stdout).toContain('Passages (Jaccard 0.9');
    const one = JSON.parse(runCli(['agree-project', project, '--json', '--coders', 'Ada'], env()).stdout);
    expect(one.classification['3-way']).toMatchObject({ n: 0, kappa: null });
  });

  it('refuses a blind, unrevealed project (the CLI has no coder identity) and bad arguments, exit 2', () => {
    expect(runCli(['agree-project', blind, '--json'], env())).toMatchObject({
      status: 2,
      stdout: '',
      stderr: "attune: agreement needs other coders' work: blind coding is on until the lead reveals\n",
    });
    // Like report and agree-project: no header-only CSV that would pass for an empty study, and no file.
    const out = dir.file('blind.csv');
    expect(runCli(['export-codings', blind, '--layout', 'long', '--output', out], env())).toEqual({
      status: 2,
      stdout: '',
      stderr: "attune: exporting codings needs other coders' work: blind coding is on until the lead reveals\n",
    });
    expect(existsSync(out)).toBe(false);
    expect(runCli(['report', blind, '--format', 'html', '--output', out], env())).toMatchObject({ status: 2 });
    expect(existsSync(out)).toBe(false);
    expect(runCli(['agree-project', project, '--threshold', '2'], env())).toMatchObject({
      status: 2,
      stderr: 'attune: --threshold must be a number above 0 and at most 1 (got "2")\n',
    });
    expect(runCli(['agree-project', project, '--coders', 'Zed'], env())).toMatchObject({
      status: 2,
      stderr: 'attune: no coder "Zed" in study.attune (coders: Ada, Ben, Lea)\n',
    });
    expect(runCli(['agree-project', project, '--level', '9-way'], env()).stderr).toMatch(
      /"9-way" is not a classification level/,
    );
    expect(runCli(['export-codings', project, '--layout', 'tall'], env()).status).toBe(2);
    expect(runCli(['report', project, '--format', 'docx'], env()).status).toBe(2);
  });

  it('export-codings writes long and wide CSV for R/SPSS; report writes HTML and PDF', () => {
    const long = dir.file('long.csv');
    expect(runCli(['export-codings', project, '--layout', 'long', '--output', long], env())).toMatchObject({
      status: 0,
      stdout: `${long}\n`,
    });
    const lines = readFileSync(long, 'utf8').trim().split('\n');
    expect(lines[0]).toBe(
      'transcript_id,transcript,participant,coder_id,coder,role,kind,item,target,value,numeric,not_rateable,start,end,severity,note,event_key,event_kind,event_who,event_age,confidence,forced,submitted_at',
    );
    // Per transcript and coder: 4 classification rows + 5 levels + 1 scale + 1 span = 11; 4 × 2 × 11 rows.
    expect(lines).toHaveLength(1 + 4 * 2 * 11);
    const wide = dir.file('wide.csv');
    expect(runCli(['export-codings', project, '--layout', 'wide', '--output', wide], env()).status).toBe(0);
    const w = readFileSync(wide, 'utf8').trim().split('\n');
    expect(w).toHaveLength(5);
    expect(w[0]).toMatch(/^transcript_id,transcript,Ada_class,Ada_2_way,/);
    expect(w[0]).toContain('Ben_som_derogation_attachment_transcript');
    expect(runCli(['export-codings', project, '--layout', 'wide', '--output', wide], env()).stderr).toBe(
      `attune: ${wide} already exists; choose another --output\n`,
    );

    const html = dir.file('r.html');
    expect(runCli(['report', project, '--format', 'html', '--output', html], env()).status).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('<h2>Method</h2>');
    const pdf = dir.file('r.pdf');
    expect(runCli(['report', project, '--format', 'pdf', '--output', pdf], env()).status).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
