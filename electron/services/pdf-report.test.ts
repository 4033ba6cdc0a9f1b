import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../shared/codebook/default-codebook.ts';
import type { ReportMeta } from '../../shared/reliability/methods.ts';
import { computeProjectAgreement } from '../../shared/reliability/project-agreement.ts';
import { reportTables } from '../../shared/reliability/report-tables.ts';
import type { ProjectAgreementInput } from '../../shared/reliability/types.ts';
import { tempDir } from '../../tests/support/temp-dir.ts';
import { pdfSafe, renderReportPdf } from './pdf-report.ts';
import { layoutTable } from './pdf-table.ts';

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
const meta: ReportMeta = {
  projectName: 'Attachment study, wave 2',
  softwareVersion: '9.9.9',
  generatedAt: '2026-01-02T03:04:05Z',
  codebookName: 'AAI default',
  coderSelection: 'the default coders',
  transcriptSelection: 'all 14 transcripts',
};

/** Two coders with long names, 14 transcripts, ratings on both parents, classifications and passages. */
function input(): ProjectAgreementInput {
  const cb = defaultCodebook();
  const coders = [
    { id: 'a', name: 'Bartholomew Featherstonehaugh', role: 'coder' },
    { id: 'b', name: 'Maximiliane Oppenheimer-Winterbottom', role: 'coder' },
  ];
  const transcripts = Array.from({ length: 14 }, (_, i) => ({
    id: `t${i}`,
    title: `SYN-${String(i + 1).padStart(4, '0')} interview`,
    length: 5000,
  }));
  const ratings: ProjectAgreementInput['ratings'] = [];
  const classifications: ProjectAgreementInput['classifications'] = [];
  const annotations: ProjectAgreementInput['annotations'] = [];
  transcripts.forEach((t, i) => {
    for (const [c, shift] of [
      ['a', 0],
      ['b', (i % 3) * 0.5],
    ] as const) {
      for (const scaleId of ['exp.loving', 'exp.rejecting', 'som.idealization'])
        for (const target of ['mother', 'father'])
          ratings.push({
            transcriptId: t.id,
            coderId: c,
            scaleId,
            target,
            value: Math.min(9, 1 + ((i * 7) % 8) + shift),
            notRateable: false,
          });
      classifications.push({
        transcriptId: t.id,
        coderId: c,
        primary: ['F', 'Ds', 'E', 'U'][(i + (c === 'b' && i % 4 === 0 ? 1 : 0)) % 4]!,
        subtype: null,
        alternative: (i + (c === 'b' && i % 4 === 0 ? 1 : 0)) % 4 === 3 ? 'F' : null,
      });
      annotations.push({
        transcriptId: t.id,
        coderId: c,
        codeId: 'derogation',
        start: 100 + (c === 'b' ? 40 : 0),
        end: 200,
      });
      if (c === 'a') annotations.push({ transcriptId: t.id, coderId: c, codeId: 'humour', start: 900, end: 950 });
    }
  });
  return { codebook: cb, codebookKey: 'aai-default@1', transcripts, coders, annotations, ratings, classifications };
}

describe('the PDF agreement report', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());
  const r = computeProjectAgreement(input(), { overlapThreshold: 0.5, scaleTolerance: 1 });

  it('sizes columns so every word fits; a table that cannot fit abbreviates its widest words with a legend', async () => {
    const { default: PDFDocument } = await import('pdfkit');
    const doc = new PDFDocument({ size: 'A4' });
    const header = Array.from({ length: 14 }, (_, i) => `Disagreements${i} Within ±1`);
    const rows = [Array.from({ length: 14 }, () => 'Neglecting (mother)')];
    const l = layoutTable(doc, header, rows, 515);
    expect(l.fontSize).toBe(5.5);
    expect(l.legend.length).toBeGreaterThan(0);
    expect(l.legend[0]).toMatch(/^\S+\. = Disagreements\d+$/);
    doc.fontSize(l.fontSize);
    l.cells.forEach((row, r) =>
      row.forEach((cell, i) => {
        doc.font(r === 0 ? 'Helvetica-Bold' : 'Helvetica');
        for (const w of cell.split(/\s+/)) expect(doc.widthOfString(w)).toBeLessThanOrEqual(l.widths[i]! - 4);
      }),
    );
    expect(l.widths.reduce((s, x) => s + x, 0)).toBeCloseTo(515, 3);
    // An ordinary table keeps its words and the normal size.
    const ok = layoutTable(
      doc,
      ['Scale', 'Target', `Within ±1`, 'Weighted kappa'],
      [['Loving', 'mother', '50%', 'n/a']],
      515,
    );
    expect(ok).toMatchObject({ fontSize: 7.5, legend: [] });
  });

  it.runIf(hasPoppler)(
    'pdftotext finds no word of the tables split across lines ("mothe r", "Withi n ±1"), and the scatter and Bland-Altman plots are drawn',
    async () => {
      const pdf = await renderReportPdf(r, meta);
      const file = dir.file('report.pdf');
      writeFileSync(file, pdf);
      const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout;
      // Every word the tables hold; a split shows as two tokens that only together make such a word.
      const vocabulary = new Set(
        reportTables(r).flatMap((t) =>
          [t.title, ...t.columns, ...t.rows.flat()].flatMap((c) => pdfSafe(c).split(/\s+/)),
        ),
      );
      const tokens = text.split(/\s+/).filter(Boolean);
      const splits = tokens
        .slice(1)
        .map((b, i) => [tokens[i]!, b] as const)
        .filter(([a, b]) => vocabulary.has(a + b) && !(vocabulary.has(a) && vocabulary.has(b)));
      expect(splits).toEqual([]);
      for (const w of ['mother', 'father', 'Within', 'Featherstonehaugh', 'Oppenheimer-Winterbottom'])
        expect(tokens).toContain(w);
      expect(text).toContain('Scatter and Bland-Altman plots');
      expect(text).toContain('Disagreements per transcript');

      // The page with the plots: its pixels hold the scatter's blue and the Bland-Altman's orange dots.
      const pages = text.split('\f');
      const n = pages.findIndex((p) => p.includes('Scatter and Bland-Altman plots')) + 1;
      const ppm = dir.file('plots');
      spawnSync('pdftoppm', ['-r', '40', '-f', String(n), '-l', String(n), file, ppm]);
      const img = readFileSync(spawnSync('sh', ['-c', `ls ${ppm}*.ppm`], { encoding: 'utf8' }).stdout.trim());
      const header = img.subarray(0, 20).toString('latin1').split(/\s+/);
      const [w, h] = [Number(header[1]), Number(header[2])];
      const start = img.length - w * h * 3;
      let blue = 0;
      let orange = 0;
      for (let p = start; p < img.length; p += 3) {
        const [R, G, B] = [img[p]!, img[p + 1]!, img[p + 2]!];
        if (B > 200 && R < 170 && G < 200 && B - R > 60) blue++;
        if (R > 200 && B < 170 && R - B > 60) orange++;
      }
      expect(blue).toBeGreaterThan(20);
      expect(orange).toBeGreaterThan(20);
    },
  );

  it('summarises disagreements (per kind, code and transcript, the largest listed) instead of listing every one', () => {
    const many = {
      ...r,
      disagreements: Array.from({ length: 120_000 }, (_, i) => ({
        kind: 'span-only-one-coder' as const,
        transcriptId: `t${i % 600}`,
        transcriptTitle: `SYN-${i % 600}`,
        coderIds: ['a'],
        detail: `passage ${i}`,
        start: i,
        end: i + (i % 97),
        codeIds: [`code${i % 40}`],
      })),
    };
    const tables = reportTables(many);
    const byId = (id: string) => tables.find((t) => t.id === id)!;
    expect(byId('disagreement-kinds').rows).toEqual([['Passage marked by one coder only', '120000', '100.0%']]);
    expect(byId('disagreement-codes').rows).toHaveLength(25);
    expect(byId('disagreement-codes').note).toContain('Showing the 25 largest of 40 codes');
    expect(byId('disagreement-transcripts').rows).toHaveLength(25);
    expect(byId('disagreements').rows).toHaveLength(25);
    expect(byId('disagreements').rows[0]![3]).toMatch(/^passage \d+$/);
    expect(byId('disagreements').note).toContain('of 120000 disagreements');
  });
});
