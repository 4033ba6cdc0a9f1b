import { describe, expect, it } from 'vitest';
import { codebookSchema } from '../codebook/codebook-schema.ts';
import { defaultCodebook } from '../codebook/default-codebook.ts';
import { codingsCsvWide, coderPrefixes, variableName } from './codings-csv.ts';
import { codingsCsvLong, LONG_COLUMNS } from './codings-long.ts';
import { methodText, type ReportMeta } from './methods.ts';
import { computeProjectAgreement } from './project-agreement.ts';
import { renderReportHtml } from './report-html.ts';
import { disagreementTables } from './report-tables.ts';
import { computeTraineeReport } from './trainee-report.ts';
import type { ProjectAgreementInput } from './types.ts';

const cb = defaultCodebook();

/** Minimal CSV reader (RFC 4180 quoting) so the test checks the file the way R/SPSS read it. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let q = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (q) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') q = false;
      else cell += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') endCell();
    else if (ch === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else cell += ch;
  }
  return rows;
}

function input(): ProjectAgreementInput {
  return {
    codebook: cb,
    codebookKey: 'aai-default@1',
    transcripts: [
      { id: 't1', title: 'SYN-0001, "mini"', length: 400 },
      { id: 't2', title: 'SYN-0002', length: 400 },
    ],
    coders: [
      { id: 'c1', name: 'Zoë Ng', role: 'coder' },
      { id: 'c2', name: '2nd coder', role: 'coder' },
    ],
    annotations: [
      { transcriptId: 't1', coderId: 'c1', codeId: 'derogation', start: 10, end: 30 },
      { transcriptId: 't1', coderId: 'c2', codeId: 'derogation', start: 12, end: 30 },
    ],
    ratings: [
      {
        transcriptId: 't1',
        coderId: 'c1',
        scaleId: 'coh.transcript',
        target: 'transcript',
        value: 4.5,
        notRateable: false,
      },
      {
        transcriptId: 't1',
        coderId: 'c2',
        scaleId: 'coh.transcript',
        target: 'transcript',
        value: null,
        notRateable: true,
      },
      { transcriptId: 't1', coderId: 'c1', scaleId: 'unres.loss', target: 'event:e1', value: 3, notRateable: false },
      { transcriptId: 't1', coderId: 'c1', scaleId: 'unres.loss', target: 'event:e2', value: 6.5, notRateable: false },
    ],
    classifications: [
      { transcriptId: 't1', coderId: 'c1', primary: 'U', subtype: null, alternative: 'E2' },
      { transcriptId: 't1', coderId: 'c2', primary: 'E', subtype: 'E2', alternative: null },
    ],
  };
}

describe('coding exports for R and SPSS', () => {
  it('variable names are ASCII, start with a letter, have no spaces and are unique per coder', () => {
    expect(variableName('Zoë Ng')).toBe('Zoe_Ng');
    expect(variableName('2nd coder', 'coder2')).toBe('coder2_2nd_coder');
    expect(variableName('日本')).toBe('v');
    expect([
      ...coderPrefixes([
        { id: 'a', name: 'Ada' },
        { id: 'b', name: 'ada' },
      ]).values(),
    ]).toEqual(['Ada', 'ada_2']);
  });

  it('long layout: documented columns, one row per coder × transcript × item, NA for missing, quoted commas', () => {
    const rows = readCsv(codingsCsvLong(input()));
    expect(rows[0]).toEqual([...LONG_COLUMNS]);
    const body = rows.slice(1);
    const c = (name: (typeof LONG_COLUMNS)[number]) => LONG_COLUMNS.indexOf(name);
    expect(body.every((r) => r.length === LONG_COLUMNS.length)).toBe(true);
    const find = (coder: string, kind: string, item?: string) =>
      body.find((r) => r[c('coder_id')] === coder && r[c('kind')] === kind && (!item || r[c('item')] === item));
    expect(find('c1', 'classification', 'classification')?.[c('value')]).toBe('U/E2');
    expect(find('c1', 'level', '3-way')?.[c('value')]).toBe('E');
    const nr = find('c2', 'scale');
    expect(nr?.slice(c('item'), c('end') + 1)).toEqual(['coh.transcript', 'transcript', 'NA', 'NA', '1', 'NA', 'NA']);
    expect(find('c2', 'span')?.slice(c('start'), c('end') + 1)).toEqual(['12', '30']);
    expect(body[0]?.[1]).toBe('SYN-0001, "mini"');
    expect(body.some((r) => r.includes(''))).toBe(false);
  });

  it('neutralises formula-looking text in both layouts (OWASP CSV injection) and keeps numbers numeric', () => {
    const hostile = input();
    hostile.transcripts[0]!.title = "=cmd|' /C calc'!A0";
    hostile.coders[0]!.name = '+1+cmd|x';
    hostile.coders[1]!.name = '@SUM(A1)';
    for (const csv of [codingsCsvLong(hostile), codingsCsvWide(hostile)]) {
      const cells = readCsv(csv).flat();
      const risky = cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d+(\.\d+)?$/.test(c));
      expect(risky).toEqual([]);
      expect(cells).toContain("'=cmd|' /C calc'!A0");
    }
    const long = readCsv(codingsCsvLong(hostile));
    expect(long.filter((r) => r[LONG_COLUMNS.indexOf('coder')] === "'+1+cmd|x").length).toBeGreaterThan(0);
  });

  it('wide layout: one row per transcript, <coder>_<item> columns, events as the highest event rating, NA where a coder did not take part', () => {
    const rows = readCsv(codingsCsvWide(input()));
    const h = rows[0] as string[];
    expect(h.slice(0, 2)).toEqual(['transcript_id', 'transcript']);
    // No participant codes in this input and no spans of most codes: those columns are dropped.
    expect(h).not.toContain('participant');
    expect(h).not.toContain('Zoe_Ng_n_idealization_mother');
    expect(h.every((x) => /^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(x))).toBe(true);
    expect(new Set(h.map((x) => x.toLowerCase())).size).toBe(h.length);
    expect(rows).toHaveLength(3);
    const get = (r: number, col: string) => rows[r]?.[h.indexOf(col)];
    expect(get(1, 'Zoe_Ng_class')).toBe('U/E2');
    expect(get(1, 'Zoe_Ng_3_way')).toBe('E');
    expect(get(1, 'Zoe_Ng_4_way')).toBe('U');
    expect(get(1, 'coder2_2nd_coder_class')).toBe('E2');
    expect(get(1, 'Zoe_Ng_coh_transcript_transcript')).toBe('4.5');
    // Not rateable for its only coder: NA on every row, so the column is dropped.
    expect(h).not.toContain('coder2_2nd_coder_coh_transcript_transcript');
    expect(get(1, 'Zoe_Ng_unres_loss_max')).toBe('6.5');
    expect(get(1, 'Zoe_Ng_n_derogation')).toBe('1');
    expect(get(2, 'Zoe_Ng_n_derogation')).toBe('NA');
    expect(get(2, 'Zoe_Ng_class')).toBe('NA');
  });
});

describe('agreement report', () => {
  const meta: ReportMeta = {
    projectName: 'Study <A> & "B"',
    softwareVersion: '9.9.9',
    generatedAt: '2026-01-02T03:04:05Z',
    codebookName: 'AAI default',
    coderSelection: 'all coders except consensus records',
    transcriptSelection: 'all 2 transcripts',
  };
  const r = computeProjectAgreement(input(), { overlapThreshold: 0.6, scaleTolerance: 1.5 });

  it('method section names the statistics, options and data that went in', () => {
    const m = methodText(r, meta);
    for (const s of [
      "Cohen's kappa",
      "Fleiss' kappa",
      'ICC(A,1)',
      'ICC(C,1)',
      'quadratic weights',
      'Jaccard threshold of 0.6',
      'within 1.5 points',
      'laying them end to end',
      'aai-default@1',
      'Zoë Ng (coder), 2nd coder (coder)',
      'Attune 9.9.9',
      'fewer than 10',
      'Headline level: 3-way',
    ])
      expect(m).toContain(s);
  });

  it('is a standalone document: no scripts, no remote resources, data escaped, charts inline', () => {
    const html = renderReportHtml(r, meta);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
    expect(html).toContain('Study &lt;A&gt; &amp; &quot;B&quot;');
    expect(html).not.toContain('Study <A>');
    expect(html).toContain('SYN-0001, &quot;mini&quot;');
    expect(html).toMatch(/<svg[^>]*aria-label="3-way/);
    expect(html).toContain('Agreement per code');
    expect(html).toContain('<h2>Method</h2>');
    expect(html).toContain('Too few units for stable figures');
  });

  it('lists the largest disagreements with their sentences even when they were only counted', () => {
    const withPassages = input();
    withPassages.annotations.push(
      { transcriptId: 't1', coderId: 'c1', codeId: 'humour', start: 100, end: 140 },
      { transcriptId: 't1', coderId: 'c2', codeId: 'anger.involving', start: 102, end: 140 },
      { transcriptId: 't1', coderId: 'c2', codeId: 'derogation', start: 300, end: 320 },
    );
    const r = computeProjectAgreement(withPassages, { overlapThreshold: 0.6, scaleTolerance: 1.5 });
    const counted = computeProjectAgreement(withPassages, {
      overlapThreshold: 0.6,
      scaleTolerance: 1.5,
      describeDisagreements: () => false,
    });
    const passages = counted.disagreements.filter((d) => d.kind !== 'classification' && d.kind !== 'scale');
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.every((d) => d.detail === '')).toBe(true);
    const listed = (x: typeof r) => disagreementTables(x).find((t) => t.id === 'disagreements')?.rows;
    expect(listed(counted)).toEqual(listed(r));
    expect(listed(r)?.some((row) => /marked|; /.test(row[3] ?? ''))).toBe(true);
  });
});

describe('trainee report (trainer mode)', () => {
  const scheme = codebookSchema.parse(cb);
  const keys = ['t1', 't2', 't3', 't4', 't5'].map((t) => ({ transcriptId: t, coderId: 'key' }));
  const base: ProjectAgreementInput = {
    codebook: scheme,
    codebookKey: 'aai-default@1',
    transcripts: ['t1', 't2', 't3', 't4', 't5'].map((id) => ({ id, title: id.toUpperCase(), length: 100 })),
    coders: [
      { id: 'key', name: 'Trainer' },
      { id: 'tr', name: 'Trainee' },
    ],
    annotations: [],
    ratings: [
      {
        transcriptId: 't2',
        coderId: 'key',
        scaleId: 'coh.transcript',
        target: 'transcript',
        value: 6,
        notRateable: false,
      },
      {
        transcriptId: 't2',
        coderId: 'tr',
        scaleId: 'coh.transcript',
        target: 'transcript',
        value: 4.5,
        notRateable: false,
      },
    ],
    classifications: [
      ...[
        ['t1', 'F'],
        ['t2', 'Ds'],
        ['t3', 'E'],
        ['t4', 'F'],
        ['t5', 'F'],
      ].map(([t, p]) => ({
        transcriptId: t as string,
        coderId: 'key',
        primary: p as string,
        subtype: null,
        alternative: null,
      })),
      { transcriptId: 't1', coderId: 'tr', primary: 'F', subtype: null, alternative: null },
      { transcriptId: 't2', coderId: 'tr', primary: 'U', subtype: null, alternative: 'Ds1' }, // U/Ds1 → Ds at 3-way: a match
      { transcriptId: 't3', coderId: 'tr', primary: 'F', subtype: null, alternative: null },
      { transcriptId: 't4', coderId: 'tr', primary: 'F', subtype: null, alternative: null },
    ],
    statuses: [
      { transcriptId: 't3', coderId: 'tr', status: 'complete', submittedAt: '2026-01-01T10:00:00Z' },
      { transcriptId: 't1', coderId: 'tr', status: 'complete', submittedAt: '2026-01-02T10:00:00Z' },
      { transcriptId: 't2', coderId: 'tr', status: 'complete', submittedAt: '2026-01-03T10:00:00Z' },
      { transcriptId: 't4', coderId: 'tr', status: 'complete', submittedAt: '2026-01-04T10:00:00Z' },
      { transcriptId: 't5', coderId: 'tr', status: 'in-progress', submittedAt: null },
    ],
  };

  it('compares submitted transcripts in submission order with running agreement against the 80% 3-way pass mark', () => {
    const r = computeTraineeReport(base, {
      traineeId: 'tr',
      keys,
      level: '3-way',
      threshold: 0.8,
      statistic: 'percent-agreement',
    });
    expect(r.transcripts.map((t) => t.transcriptId)).toEqual(['t3', 't1', 't2', 't4']);
    expect(r.transcripts.map((t) => t.match)).toEqual([false, true, true, true]);
    expect(r.transcripts.map((t) => t.running.percentAgreement)).toEqual([0, 0.5, 2 / 3, 0.75]);
    expect(r.transcripts.map((t) => t.running.passing)).toEqual([false, false, false, false]);
    expect(r.transcripts[2]).toMatchObject({
      traineeClassification: 'U/Ds1',
      keyClassification: 'Ds',
      scaleDeviations: [{ scaleId: 'coh.transcript', target: 'transcript', key: 6, trainee: 4.5, deviation: 1.5 }],
    });
    expect(r.pending).toEqual([{ transcriptId: 't5', title: 'T5', reason: 'not submitted yet' }]);
    expect(r.final).toMatchObject({ n: 4, value: 0.75, passed: false });
    expect(r.final.warning?.severity).toBe('too-few');
    expect(r.scaleSummary).toEqual([
      { scaleId: 'coh.transcript', target: 'transcript', n: 1, meanDeviation: 1.5, meanAbsoluteDeviation: 1.5 },
    ]);
  });

  it('the pass statistic and level are settings: at 70% it passes; at 4-way U/Ds1 no longer matches Ds', () => {
    expect(
      computeTraineeReport(base, {
        traineeId: 'tr',
        keys,
        level: '3-way',
        threshold: 0.7,
        statistic: 'percent-agreement',
      }).final.passed,
    ).toBe(true);
    const four = computeTraineeReport(base, {
      traineeId: 'tr',
      keys,
      level: '4-way',
      threshold: 0.7,
      statistic: 'percent-agreement',
    });
    expect(four.final.value).toBe(0.5);
    // Kappa on the 4 pairs (key, trainee) at 3-way: rows key F,F,Ds,E vs trainee F,F,Ds,F → table by hand.
    const k = computeTraineeReport(base, {
      traineeId: 'tr',
      keys,
      level: '3-way',
      threshold: 0.5,
      statistic: 'cohen-kappa',
    });
    // key: F 2, Ds 1, E 1; trainee: F 3, Ds 1, E 0 → p_o = .75, p_e = (2·3 + 1·1 + 0)/16 = 7/16.
    expect(k.final.value).toBeCloseTo((0.75 - 7 / 16) / (1 - 7 / 16), 12);
    expect(k.final.passed).toBe(true);
  });
});
