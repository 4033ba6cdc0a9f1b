import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../tests/support/cli.ts';
import { ProjectStore } from '../services/project-store.ts';
import { qdpxFixture } from '../../tests/support/qdpx-fixture.ts';
import { tempDir } from '../../tests/support/temp-dir.ts';
import { xmllint } from '../../tests/support/xmllint.ts';

describe('attune export-qdpx, import-qdpx, export-qdc, import-qdc (real processes)', () => {
  let dir: ReturnType<typeof tempDir>;
  let env: NodeJS.ProcessEnv;
  beforeAll(() => {
    dir = tempDir();
    env = { ATTUNE_DATA_DIR: dir.file('data') };
  });
  afterAll(() => dir.remove());

  it('import-qdpx --json prints exactly the documented object, and export-qdpx writes a valid project', async () => {
    const project = dir.file('study.attune');
    expect(runCli(['init', project], env).status).toBe(0);
    const file = dir.file('atlas.qdpx');
    writeFileSync(file, await qdpxFixture('atlas-ti'));
    const r = runCli(['import-qdpx', project, file, '--json'], env);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['transcripts', 'coders', 'codes', 'annotations', 'codebook', 'skipped']);
    expect(json).toMatchObject({ transcripts: 2, coders: 3, codes: 5, annotations: 5, codebook: 'aai-default@2' });
    expect(json.skipped).toContainEqual({
      what: 'PDF source “Coding manual.pdf”',
      why: 'Attune codes text only (1 coding(s) not imported)',
    });
    for (const s of json.skipped) expect(Object.keys(s)).toEqual(['what', 'why']);

    const out = dir.file('out.qdpx');
    const e = runCli(['export-qdpx', project, '--output', out, '--coders', 'ada synthetic'], env);
    expect(e).toMatchObject({ status: 0, stderr: '' });
    expect(e.stdout).toMatch(
      /out\.qdpx: 2 transcript\(s\), 1 coder\(s\), \d+ code\(s\), 3 highlight\(s\), 1 note\(s\)/,
    );
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(xmllint(await zip.file('project.qde')!.async('string'), 'Project-mrt2019.xsd').ok).toBe(true);
    expect(Object.keys(zip.files).filter((f) => f.startsWith('sources/') && f.endsWith('.txt'))).toHaveLength(2);
    expect(runCli(['export-qdpx', project, '--output', out], env)).toMatchObject({
      status: 2,
      stderr: `attune: ${out} already exists; choose another --output\n`,
    });
  });

  it('a bad file exits with status 2 and one line, and nothing is written', () => {
    const project = dir.file('bad.attune');
    runCli(['init', project], env);
    const file = dir.file('notes.qdpx');
    writeFileSync(file, 'just text');
    const r = runCli(['import-qdpx', project, file, '--json'], env);
    expect(r).toMatchObject({
      status: 2,
      stdout: '',
      stderr:
        'attune: notes.qdpx is not a zip archive, so it is not a REFI-QDA project (a .qdpx is a zip holding project.qde).\n',
    });
    expect(JSON.parse(runCli(['info', project, '--json'], env).stdout)).toMatchObject({ transcripts: 0, coders: 0 });
    expect(runCli(['export-qdpx', project], env)).toMatchObject({
      status: 2,
      stderr:
        'attune: --output is required (usage: attune export-qdpx PROJECT.attune --output FILE.qdpx [--transcripts ID,...] [--coders NAME,...])\n',
    });
  });

  it('export-qdc and import-qdc move a codebook between projects', () => {
    const a = dir.file('qdc-a.attune');
    const b = dir.file('qdc-b.attune');
    runCli(['init', a], env);
    runCli(['init', b], env);
    const out = dir.file('codes.qdc');
    expect(runCli(['export-qdc', a, '--output', out], env)).toMatchObject({
      status: 0,
      stdout: `${out}: 26 code(s)\n`,
    });
    expect(xmllint(readFileSync(out, 'utf8'), 'Codebook.xsd').ok).toBe(true);
    const r = runCli(['import-qdc', b, out, '--json'], env);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ codebook: 'aai-default@1', matched: 26, added: [], skipped: [] });
  });

  it('export-qdpx refuses a blind project the lead has not revealed: the command line has no coder identity', () => {
    const project = dir.file('blind.attune');
    runCli(['init', project], env);
    const store = ProjectStore.open(project);
    store.updateSettings({ blindMode: true });
    store.close();
    const r = runCli(['export-qdpx', project, '--output', dir.file('blind.qdpx')], env);
    expect(r).toMatchObject({
      status: 2,
      stderr:
        "attune: blind coding is on until the lead reveals: the command line has no coder identity, so it exports no coder's work\n",
    });
  });
});
