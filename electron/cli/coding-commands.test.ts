import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../tests/support/cli.ts';
import { servicesWithProject } from '../../tests/support/services.ts';
import { tempDir } from '../../tests/support/temp-dir.ts';

const TEXT = "I: Describe your father.\nR: Strict. Fair, I suppose. I don't recall any of it really.";

describe('attune export-coding / import-coding (real processes)', () => {
  let dir: ReturnType<typeof tempDir>;
  let coderProject: string;
  let leadProject: string;
  let transcriptId: string;
  const env = () => ({ ATTUNE_DATA_DIR: dir.file('data') });

  beforeAll(async () => {
    dir = tempDir();
    const a = await servicesWithProject('coder.attune');
    const ada = (await a.call<{ id: string }>('coder-create', { name: 'Ada' })).id;
    const t = (await a.call<{ id: string }>('transcript-import-text', { fileName: 'SYN-0003.txt', text: TEXT })).id;
    await a.call('annotation-create', {
      transcriptId: t,
      coderId: ada,
      codeId: 'lack_of_recall.insistence',
      start: TEXT.indexOf("I don't"),
      end: TEXT.indexOf(' any'),
    });
    await a.call('classification-set', { transcriptId: t, coderId: ada, primary: 'Ds', subtype: 'Ds3a' });
    coderProject = dir.file('coder.attune');
    a.services.close(); // checkpoints the WAL, so the file alone is complete to copy
    writeFileSync(coderProject, readFileSync(a.path));
    const l = await servicesWithProject('lead.attune');
    transcriptId = (await l.call<{ id: string }>('transcript-import-text', { fileName: 'SYN-0003.txt', text: TEXT }))
      .id;
    leadProject = dir.file('lead.attune');
    l.services.close();
    writeFileSync(leadProject, readFileSync(l.path));
    a.dir.remove();
    l.dir.remove();
  });
  afterAll(() => dir.remove());

  it("exports a coder's work to a file and imports it into the lead's project, twice without change", () => {
    const out = dir.file('ada.attune-coding');
    const exp = runCli(['export-coding', coderProject, '--coder', 'ada', '--output', out], env());
    expect(exp).toMatchObject({ status: 0, stdout: `${out}\n` });
    expect(existsSync(out)).toBe(true);
    const imp = runCli(['import-coding', leadProject, out, '--json'], env());
    expect(imp.status).toBe(0);
    expect(JSON.parse(imp.stdout)).toMatchObject([
      { file: out, ok: true, coders: ['Ada'], annotationsAdded: 1, classifications: 1 },
    ]);
    const again = runCli(['import-coding', leadProject, out], env());
    expect(again).toMatchObject({ status: 0, stdout: `${out}: already imported, nothing changed\n` });
    expect(JSON.parse(runCli(['info', leadProject, '--json'], env()).stdout)).toMatchObject({
      annotations: 1,
      coders: 1,
    });
  });

  it('--only-matching imports the transcripts that match and leaves out the one whose text differs', () => {
    const out = dir.file('ada2.attune-coding');
    expect(runCli(['export-coding', coderProject, '--coder', 'Ada', '--output', out], env()).status).toBe(0);
    const file = JSON.parse(readFileSync(out, 'utf8'));
    file.transcripts.push({ ...file.transcripts[0], hash: 'f'.repeat(64), title: 'SYN-0004', annotations: [] });
    writeFileSync(out, JSON.stringify(file));
    const refused = runCli(['import-coding', leadProject, out], env());
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('"SYN-0004" (ffffffffffff…) is not in this project');
    expect(refused.stderr).toContain('1 of the 2 transcripts matches this project');
    const r = runCli(['import-coding', leadProject, out, '--only-matching', '--json'], env());
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject([{ ok: true, transcripts: 1, transcriptsSkipped: 1 }]);
  });

  it('imports a CSV from another tool and reports a bad file by row, exiting 2 while good files still land', () => {
    const good = dir.file('tool.csv');
    writeFileSync(
      good,
      `transcript,coder,start,end,code,note\n${transcriptId},Ben,${TEXT.indexOf('Strict')},${TEXT.indexOf('Strict') + 6},quality.unsupported_generalization,from R script\n`,
    );
    const bad = dir.file('bad.csv');
    writeFileSync(bad, `transcript,coder,start,end,code,note\n${transcriptId},Cy,5,2,humour,\n`);
    const r = runCli(['import-coding', leadProject, bad, good], env());
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('attune: bad.csv: nothing was imported. row 2: end (2) must be after start (5)\n');
    expect(r.stdout).toContain('tool.csv: Ben: 1 transcript(s), 1 highlight(s) added');
  });

  it('refuses unknown coders and missing files clearly', () => {
    expect(runCli(['export-coding', coderProject, '--coder', 'Zed'], env())).toMatchObject({
      status: 2,
      stderr: 'attune: no coder "Zed" in coder.attune (coders: Ada)\n',
    });
    expect(runCli(['import-coding', leadProject], env()).status).toBe(2);
    const missing = runCli(['import-coding', leadProject, dir.file('nope.csv')], env());
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope\.csv: cannot read: no such file/);
  });
});
