import { inflateSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { servicesWithProject } from '../../tests/support/services.ts';
import type { AgreementFile, AgreementSummary } from '../../shared/api/agreement.ts';
import type { TraineeReport } from '../../shared/reliability/types.ts';
import { blindRefusal } from './agreement-data.ts';

const BLIND_REFUSAL = blindRefusal();
import { pdfSafe } from './pdf-report.ts';

/** Text shown in a PDF: inflate each content stream and decode the hex strings pdfkit writes for text. */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  let out = '';
  // Each stream's exact byte length is in its dictionary (compressed data may contain anything).
  for (const m of raw.matchAll(/\/Length (\d+)[^>]*>>\s*stream\r?\n/g)) {
    const start = (m.index as number) + m[0].length;
    const bytes = pdf.subarray(start, start + Number(m[1]));
    let body: string;
    try {
      body = inflateSync(bytes).toString('latin1');
    } catch {
      body = bytes.toString('latin1');
    }
    for (const tj of body.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      out += [...(tj[1] as string).matchAll(/<([0-9a-fA-F]*)>/g)]
        .map((h) => Buffer.from(h[1] as string, 'hex').toString('latin1'))
        .join('');
      out += '\n';
    }
  }
  return out;
}

// 3-way labels of Ada and Ben on 12 transcripts: they agree on 9 (F/F ×4, Ds/Ds ×3, E/E ×2) and
// disagree on 3 (F/Ds, Ds/E, E/F). Table (rows Ada, cols Ben; F, Ds, E): [[4,1,0],[0,3,1],[1,0,2]].
const ADA = ['F', 'F', 'F', 'F', 'F', 'Ds', 'Ds', 'Ds', 'Ds', 'E', 'E', 'E'];
const BEN = ['F', 'F', 'F', 'F', 'Ds', 'Ds', 'Ds', 'Ds', 'E', 'E', 'E', 'F'];

function kappaByHand(t: number[][]): number {
  const n = t.flat().reduce((s, x) => s + x, 0);
  let po = 0;
  let pe = 0;
  t.forEach((row, i) => {
    po += (row[i] ?? 0) / n;
    pe += (row.reduce((s, x) => s + x, 0) / n) * (t.reduce((s, r) => s + (r[i] ?? 0), 0) / n);
  });
  return (po - pe) / (1 - pe);
}

describe('agreement services (real SQLite, through the dispatcher)', () => {
  let h: Awaited<ReturnType<typeof servicesWithProject>>;
  const ids: Record<string, string> = {};
  const ts: string[] = [];
  beforeEach(async () => {
    h = await servicesWithProject('study.attune');
    ts.length = 0;
    Object.assign(
      ids,
      await h.addCoders([
        ['Lea', 'lead'],
        ['Ada', 'coder'],
        ['Ben', 'coder'],
        ['Con', 'consensus'],
      ] as const),
    );
    for (let i = 0; i < 12; i++) {
      const text = `SYNTHETIC - NOT REAL DATA ${i}\nI: Describe your mother.\nR: Loving. She was never there, I sorted myself out. ${'x'.repeat(i)}`;
      ts.push(
        (
          await h.call<{ id: string }>('transcript-import-text', {
            fileName: `SYN-${String(i + 1).padStart(4, '0')}.txt`,
            text,
          })
        ).id,
      );
    }
    for (let i = 0; i < 12; i++) {
      await h.call('classification-set', { transcriptId: ts[i], coderId: ids.Ada, primary: ADA[i] });
      await h.call('classification-set', { transcriptId: ts[i], coderId: ids.Ben, primary: BEN[i] });
      // The consensus always sides with Ada: if it were counted as a rater, agreement would change.
      await h.call('classification-set', { transcriptId: ts[i], coderId: ids.Con, primary: ADA[i] });
      await h.call('rating-set', {
        transcriptId: ts[i],
        coderId: ids.Ada,
        scaleId: 'coh.transcript',
        target: 'transcript',
        value: 2 + (i % 6),
      });
      await h.call('rating-set', {
        transcriptId: ts[i],
        coderId: ids.Ben,
        scaleId: 'coh.transcript',
        target: 'transcript',
        value: 2 + (i % 6) + (i === 3 ? 2 : 0.5),
      });
    }
    const at = (s: string) =>
      'SYNTHETIC - NOT REAL DATA 0\nI: Describe your mother.\nR: Loving. She was never there, I sorted myself out. '.indexOf(
        s,
      );
    await h.call('annotation-create', {
      transcriptId: ts[0],
      coderId: ids.Ada,
      codeId: 'idealization.unsupported_adjective',
      start: at('Loving'),
      end: at('Loving') + 6,
    });
    await h.call('annotation-create', {
      transcriptId: ts[0],
      coderId: ids.Ben,
      codeId: 'idealization.unsupported_adjective',
      start: at('Loving'),
      end: at('Loving') + 7,
    });
    await h.call('annotation-create', {
      transcriptId: ts[0],
      coderId: ids.Ben,
      codeId: 'normalizing_or_minimizing',
      start: at('I sorted'),
      end: at('I sorted') + 19,
    });
  });
  afterEach(() => h.done());

  it("agreement-project: 3-way agreement 9/12 and Cohen's kappa as computed by hand from the 3×3 table; consensus records left out unless named", async () => {
    const r = await h.call<AgreementSummary>('agreement-compute', {});
    expect(r.coders.map((c) => c.name)).toEqual(['Ada', 'Ben']);
    const three = r.classification.find((l) => l.level === '3-way');
    expect(three).toMatchObject({ n: 12, coders: [ids.Ada, ids.Ben] });
    expect(three?.percentAgreement.value).toBeCloseTo(9 / 12, 12);
    expect(three?.kappa.statistic).toBe('cohen-kappa');
    expect(three?.kappa.value).toBeCloseTo(
      kappaByHand([
        [4, 1, 0],
        [0, 3, 1],
        [1, 0, 2],
      ]),
      12,
    );
    expect(three?.confusion.counts).toEqual([
      [4, 1, 0],
      [0, 3, 1],
      [1, 0, 2],
    ]);
    const coh = r.scales.find((s) => s.scaleId === 'coh.transcript');
    expect(coh).toMatchObject({ n: 12, target: 'transcript' });
    expect(coh?.meanAbsoluteDifference.value).toBeCloseTo((11 * 0.5 + 2) / 12, 12);
    expect(coh?.withinTolerance.value).toBeCloseTo(11 / 12, 12);
    expect(r.disagreements.items.filter((d) => d.kind === 'scale').map((d) => d.transcriptId)).toEqual([ts[3]]);
    expect(r.disagreements.items.filter((d) => d.kind === 'classification')).toHaveLength(3);
    expect(r.disagreements.items.find((d) => d.kind === 'span-only-one-coder')).toMatchObject({
      transcriptId: ts[0],
      coderIds: [ids.Ben],
      codeIds: ['normalizing_or_minimizing'],
    });
    expect(r.passages.codes.find((c) => c.codeId === 'idealization.unsupported_adjective')?.overlap.f1).toBe(1);

    const withConsensus = await h.call<AgreementSummary>('agreement-compute', {
      coderIds: [ids.Ada, ids.Ben, ids.Con],
    });
    const l3 = withConsensus.classification.find((l) => l.level === '3-way');
    expect(l3?.kappa.statistic).toBe('fleiss-kappa');
    expect(l3?.pairs).toHaveLength(3);
    const onlyTwo = await h.call<AgreementSummary>('agreement-compute', { transcriptIds: ts.slice(0, 4) });
    expect(onlyTwo.classification.find((l) => l.level === '3-way')?.warning).toMatchObject({
      severity: 'too-few',
      n: 4,
    });
  });

  it('pushes throttled progress events ending at done = total', async () => {
    const before = h.services.events.lastSeq;
    await h.call('agreement-compute', {});
    const seen: Array<{ type: string; done?: number; total?: number }> = [];
    for (let s = before; ;) {
      const e = await h.services.events.next(s, 0);
      if (!e) break;
      seen.push(e.event);
      s = e.seq;
    }
    const progress = seen.filter((e) => e.type === 'progress');
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual({
      type: 'progress',

      task: 'agreement',
      done: 13,
      total: 13,
    });
  });

  it("blind mode: agreement is refused for every coder (and without an identity) until the lead reveals; exports carry only the acting coder's own work", async () => {
    await h.call('session-set-coder', { coderId: ids.Lea });
    await h.call('settings-update', { blindMode: true });
    for (const who of [ids.Ada, ids.Lea, null]) {
      await h.call('session-set-coder', { coderId: who });
      expect(await h.fail('agreement-compute', {})).toEqual({
        type: 'refused',
        method: 'agreement-compute',
        message: BLIND_REFUSAL,
      });
      expect(await h.fail('report-create', { format: 'html' })).toEqual({
        type: 'refused',
        method: 'report-create',
        message: BLIND_REFUSAL,
      });
    }
    await h.call('session-set-coder', { coderId: ids.Ada });
    const csv = await h.call<AgreementFile>('dataset-export', { layout: 'long' });
    expect(csv.content).toContain('Ada');
    expect(csv.content).not.toContain(ids.Ben);
    expect(csv.content).not.toContain(',Ben,');
    const wide = await h.call<AgreementFile>('dataset-export', { layout: 'wide', coderIds: [ids.Ada, ids.Ben] });
    const header = wide.content.split('\n')[0] as string;
    const firstRow = (wide.content.split('\n')[1] as string).split(',');
    // Ben's coding is hidden: his columns would be NA on every row, so the wide layout leaves them out.
    expect(header).not.toContain('Ben_');
    expect(firstRow[header.split(',').indexOf('Ada_class')]).toBe('F');

    await h.call('session-set-coder', { coderId: ids.Lea });
    await h.call('settings-update', { revealed: true });
    await h.call('session-set-coder', { coderId: ids.Ada });
    expect(
      (await h.call<AgreementSummary>('agreement-compute', {})).classification.find((l) => l.level === '3-way')?.n,
    ).toBe(12);
  });

  it("trainer mode: a trainee's report compares only submitted transcripts against the key; unsubmitted keys stay hidden and pending", async () => {
    const tim = (await h.call<{ id: string }>('coder-create', { name: 'Tim', role: 'trainee' })).id;
    await h.call('session-set-coder', { coderId: ids.Lea });
    await h.call('settings-update', { trainerMode: true });
    for (const t of ts.slice(0, 3)) await h.call('training-set-key', { transcriptId: t, coderId: ids.Ada });
    await h.call('session-set-coder', { coderId: tim });
    for (let i = 0; i < 3; i++)
      await h.call('classification-set', { transcriptId: ts[i], coderId: tim, primary: i === 2 ? 'E' : 'F' });
    await h.call('status-submit', { transcriptId: ts[0], coderId: tim });
    await h.call('status-submit', { transcriptId: ts[2], coderId: tim });
    const r = await h.call<TraineeReport>('training-report', { traineeId: tim });
    expect(r).toMatchObject({ level: '3-way', threshold: 0.8, statistic: 'percent-agreement' });
    expect(r.transcripts.map((t) => [t.transcriptId, t.match])).toEqual([
      [ts[0], true],
      [ts[2], false],
    ]);
    expect(r.final).toMatchObject({ n: 2, value: 0.5, passed: false });
    expect(r.pending).toEqual([
      {
        transcriptId: ts[1],
        title: 'SYN-0002',
        reason: "the trainer's key stays hidden until you submit your coding of this transcript",
      },
    ]);
    // Another trainee's report is not Tim's to read; a lead may.
    const tia = (await h.call<{ id: string }>('coder-create', { name: 'Tia', role: 'trainee' })).id;
    expect((await h.fail('training-report', { traineeId: tia })).type).toBe('refused');
    await h.call('session-set-coder', { coderId: ids.Lea });
    const lead = await h.call<TraineeReport>('training-report', { traineeId: tim });
    expect(lead.pending.map((p) => p.reason)).toEqual(['not submitted yet']);
  });

  it('report-agreement: standalone HTML and a PDF (starts with %PDF) carrying the same method text', async () => {
    const html = await h.call<AgreementFile>('report-create', { format: 'html', overlapThreshold: 0.7 });
    expect(html).toMatchObject({ mimeType: 'text/html', encoding: 'utf8' });
    expect(html.fileName).toMatch(/^study-agreement-\d{4}-\d{2}-\d{2}\.html$/);
    expect(html.content).toContain('Jaccard threshold of 0.7');
    expect(html.content).toContain('left out by default: Con (consensus record)');
    expect(html.content).not.toMatch(/<script/i);
    const pdf = await h.call<AgreementFile>('report-create', { format: 'pdf' });
    expect(pdf).toMatchObject({ mimeType: 'application/pdf', encoding: 'base64' });
    const bytes = Buffer.from(pdf.content, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(bytes);
    for (const s of [
      'Method',
      'Classification agreement',
      'Scale agreement',
      'Passage agreement',
      'ICC(A,1)',
      'Small samples and disagreements',
      'study',
    ])
      expect(text).toContain(s);
    expect(text.replace(/\n/g, ' ')).toMatch(/Cohen's\s+kappa/);
  });

  it('rejects bad selections clearly', async () => {
    expect(await h.fail('agreement-compute', { transcriptIds: ['nope'] })).toEqual({
      type: 'not-found',
      method: 'agreement-compute',
      message: 'no transcript with id nope',
    });
    expect((await h.fail('agreement-compute', { overlapThreshold: 0 })).type).toBe('validation');
    expect(await h.fail('agreement-compute', { level: '7-way' })).toEqual({
      type: 'validation',
      method: 'agreement-compute',
      message: '"7-way" is not a classification level of the codebook (2-way, u-vs-non-u, 3-way, 4-way, 5-way)',
    });
    expect((await h.fail('dataset-export', { layout: 'tall' })).type).toBe('validation');
    expect(await h.fail('training-report', { traineeId: ids.Ada })).toEqual({
      type: 'validation',
      method: 'training-report',
      message: 'trainer mode is off: turn it on and choose key coders first',
    });
  });
});

describe('pdfSafe', () => {
  it('spells out Greek and maths signs the standard fonts lack, keeps Latin-1, marks other scripts', () => {
    expect(pdfSafe('uα ≥ 0.8 − κ, Zoë, “x”, 日')).toBe('ualpha >= 0.8 - kappa, Zoë, “x”, ?');
  });
});
