import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../tests/support/cli.ts';
import { servicesWithProject } from '../../tests/support/services.ts';
import { tempDir } from '../../tests/support/temp-dir.ts';

const TEXT = [
  'SYNTHETIC - NOT REAL DATA',
  'I: Could you describe your relationship with your mother?',
  'R: She was very loving. I can’t remember examples.',
  'I: Did you experience the loss of someone close?',
  'R: My grandfather died when I was seven. He is still watching.',
].join('\n');
const at = (s: string) => TEXT.indexOf(s);

describe('attune print (real processes; the PDF read back with pdftotext and pdftoppm)', () => {
  let dir: ReturnType<typeof tempDir>;
  let project: string;
  const env = () => ({ ATTUNE_DATA_DIR: dir.file('data') });

  beforeAll(async () => {
    dir = tempDir();
    const h = await servicesWithProject('study.attune');
    const ada = (await h.call<{ id: string }>('coder-create', { name: 'Ada' })).id;
    const ben = (await h.call<{ id: string }>('coder-create', { name: 'Ben' })).id;
    const t = (await h.call<{ id: string }>('transcript-import-text', { fileName: 'SYN-0001.txt', text: TEXT })).id;
    await h.call('section-create', {
      transcriptId: t,
      start: at('I: Could'),
      end: at('I: Did'),
      number: 2,
      title: 'Mother',
    });
    await h.call('section-create', {
      transcriptId: t,
      start: at('I: Did'),
      end: TEXT.length,
      number: 14,
      title: 'Loss',
    });
    const mark = (coderId: string, codeId: string, phrase: string) =>
      h.call('annotation-create', {
        transcriptId: t,
        coderId,
        codeId,
        start: at(phrase),
        end: at(phrase) + phrase.length,
      });
    await mark(ada, 'idealization.unsupported_adjective', 'very loving');
    await mark(ben, 'lack_of_recall.insistence', 'I can’t remember examples');
    await mark(ada, 'unres.reasoning_lapse', 'He is still watching');
    await h.call('classification-set', {
      transcriptId: t,
      coderId: ada,
      primary: 'Ds',
      subtype: 'Ds1',
    });
    await h.call('rating-set', { transcriptId: t, coderId: ada, scaleId: 'exp.loving', target: 'mother', value: 3.5 });
    project = h.path;
    h.services.close();
  });
  afterAll(() => dir.remove());

  it('prints a PDF with line numbers, section headings, code names per coder and the score sheet', () => {
    const out = dir.file('coded.pdf');
    const r = runCli(['print', project, 'SYN-0001', '--coders', 'Ada,Ben', '--format', 'pdf', '--output', out], env());
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(out);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const text = spawnSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).stdout;
    for (const n of ['1', '2', '3', '4', '5']) expect(text).toMatch(new RegExp(`^\\s*${n}\\s`, 'm'));
    expect(text).toContain('Q2 Mother');
    expect(text).toContain('Q14 Loss');
    expect(text).toContain('Idealisation: unsupported adjective');
    expect(text).toContain('Insistence on lack of recall');
    expect(text).toContain('Lapse in monitoring reasoning');
    expect(text).toMatch(/Score sheet: Ada[\s\S]*Ds1[\s\S]*Loving\s+mother\s+3\.5/);
    expect(text).toContain('Score sheet: Ben');
    // The line with Ben's highlight carries its code in Ben's (second) margin column, on the same line.
    expect(text).toMatch(/^\s*3\s+R: She was very loving\..*Idealisation: unsupported.*Insistence on lack/m);
    const prefix = dir.file('page');
    expect(spawnSync('pdftoppm', ['-png', '-r', '50', out, prefix]).status).toBe(0);
    expect(readdirSync(dir.path).filter((f) => f.startsWith('page') && f.endsWith('.png')).length).toBe(3);
  });

  it('prints HTML with each coder marked and a margin column each', () => {
    const out = dir.file('coded.html');
    expect(runCli(['print', project, 'SYN-0001', '--format', 'html', '--output', out], env()).status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<span class="c0">very loving</span>');
    expect(html).toContain('<span class="c1">I can’t remember examples</span>');
    expect(html).toContain('<h2 class="sec">Q14  Loss</h2>');
    expect(html).toContain('Score sheet: Ben');
    expect(html).not.toMatch(/<script|https?:\/\//);
  });

  it('names what is wrong and writes nothing', () => {
    const bad = (args: string[], message: string) => {
      const r = runCli(['print', project, ...args], env());
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(message);
    };
    bad(['SYN-0001', '--format', 'doc', '--output', dir.file('x')], '--format must be html or pdf');
    bad(['SYN-0001', '--format', 'pdf'], '--output is required');
    bad(['nope', '--format', 'pdf', '--output', dir.file('y.pdf')], 'no transcript "nope"');
    bad(['SYN-0001', '--coders', 'Zed', '--format', 'pdf', '--output', dir.file('z.pdf')], 'no coder "Zed"');
    expect(readdirSync(dir.path).filter((f) => /^[xyz]/.test(f))).toEqual([]);
  });
});
