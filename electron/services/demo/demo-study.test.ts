import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgreementSummary } from '../../../shared/api/agreement.ts';
import type { Annotation } from '../../../shared/api/annotation.ts';
import type { Coder } from '../../../shared/api/coder.ts';
import type { ConsensusRecord } from '../../../shared/api/consensus.ts';
import type { AuditEntry } from '../../../shared/api/audit.ts';
import type { ProjectSummary } from '../../../shared/api/project.ts';
import type { StudyGrid, StudyProgress } from '../../../shared/api/study.ts';
import type { TranscriptStatus } from '../../../shared/api/status.ts';
import type { TranscriptSummary } from '../../../shared/api/transcript.ts';
import type { TraineeReport } from '../../../shared/reliability/types.ts';
import { demoDataFromFixtures, DEMO_DATA_FILE } from '../../../scripts/demo-data-source.ts';
import { createServices, type Services } from '../services.ts';
import { tempDir } from '../../../tests/support/temp-dir.ts';
import { demoPath } from './demo-file.ts';
import { DEMO_STUDY_PLAN } from './demo-plan.ts';

describe('the demo study (project-open-demo)', () => {
  let dir: ReturnType<typeof tempDir>;
  let services: Services;
  const call = async <T = unknown>(method: string, arg: unknown = {}): Promise<T> => {
    const r = await services.dispatcher.dispatch(method, arg);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { type: r.error.type });
    return r.value as T;
  };
  const refusal = async (method: string, arg: unknown) => {
    const r = await services.dispatcher.dispatch(method, arg);
    return r.ok ? 'allowed' : r.error.type;
  };
  beforeEach(() => {
    dir = tempDir();
    services = createServices({ dataDir: dir.file('data'), transport: 'http', version: 'test' });
  });
  afterEach(() => {
    services.close();
    dir.remove();
  });

  it('ships the four prototype interviews exactly as the fixtures hold them', () => {
    expect(readFileSync(DEMO_DATA_FILE, 'utf8')).toBe(demoDataFromFixtures());
  });

  it('is built in the user data folder, marked SYNTHETIC – NOT REAL DATA, with four transcripts, a lead, a coder, a trainee and a consensus', async () => {
    const summary = await call<ProjectSummary>('project-open-demo');
    expect(summary).toMatchObject({
      path: demoPath(dir.file('data')),
      name: 'SYNTHETIC demo study',
      notice: 'SYNTHETIC – NOT REAL DATA',
      counts: { transcripts: 4, coders: 4 },
    });
    expect(summary.counts.annotations).toBeGreaterThan(80);
    const coders = await call<Coder[]>('coder-list');
    expect(Object.fromEntries(coders.map((c) => [c.name, c.role]))).toEqual({
      Alex: 'lead',
      Sam: 'coder',
      Robin: 'trainee',
      Consensus: 'consensus',
    });
    // Only the demo itself is in the recent list: the file it was built in is gone.
    expect(await call('project-list-recent')).toEqual([summary.path]);
    expect(existsSync(dir.file('data/demo'))).toBe(true);
  });

  it('gives the dashboard, training and consensus views real figures, and keeps the trainee blind', async () => {
    await call('project-open-demo');
    const coders = Object.fromEntries((await call<Coder[]>('coder-list')).map((c) => [c.name, c.id]));
    const transcripts = await call<TranscriptSummary[]>('transcript-list');
    const title = (id: string) => transcripts.find((t) => t.id === id)!.title;
    await call('session-set-coder', { coderId: coders['Alex'] });

    // Agreement by default: Alex and Sam (trainee and consensus left out), overlapping on two transcripts.
    const a = await call<AgreementSummary>('agreement-compute', {});
    expect(a.coders.map((c) => c.name).sort()).toEqual(['Alex', 'Sam']);
    const both = a.transcripts.filter((t) => t.coders.length === 2);
    expect(both.map((t) => title(t.transcriptId)).sort()).toEqual(['SYN-0201', 'SYN-0202']);
    const threeWay = a.classification.find((c) => c.level === '3-way')!;
    expect(threeWay.n).toBe(2);
    expect(threeWay.percentAgreement.value).toBe(1);
    expect(a.passages.overall.alphaU.value).toEqual(expect.any(Number));
    expect(a.disagreements.total).toBeGreaterThan(0);
    expect(a.disagreements.items.length).toBe(Math.min(100, a.disagreements.total));

    // Training: Robin submitted one transcript, keyed by Alex; E1 against the key's E2 (same at 3-way).
    const statuses = await call<TranscriptStatus[]>('status-list', {});
    const robins = statuses.filter((s) => s.coderId === coders['Robin'] && s.status !== 'not-started');
    expect(robins.map((s) => [title(s.transcriptId), s.status, s.submittedAt !== null])).toEqual([
      ['SYN-0203', 'complete', true],
    ]);
    const report = await call<TraineeReport>('training-report', { traineeId: coders['Robin'] });
    expect(report.transcripts.map((t) => [t.title, t.keyClassification, t.traineeClassification, t.match])).toEqual([
      ['SYN-0203', 'E2', 'E1', true],
    ]);

    // Consensus on SYN-0201: accepted items with their origin and rationale.
    const f3 = transcripts.find((t) => t.title === 'SYN-0201')!.id;
    const rec = await call<ConsensusRecord>('consensus-get', { transcriptId: f3 });
    expect(rec.classification).toMatchObject({ primary: 'F', subtype: 'F3a', rationale: expect.stringMatching(/F3a/) });
    expect(rec.annotations).toHaveLength(6);
    expect(rec.ratings.map((r) => r.origin?.coderId).sort()).toEqual(
      [coders['Alex'], coders['Alex'], coders['Sam']].sort(),
    );

    // The trainee sees nothing of others' coding on a transcript before submitting it.
    await call('session-set-coder', { coderId: coders['Robin'] });
    expect(await refusal('annotation-list', { transcriptId: f3, coderId: coders['Alex'] })).toBe('refused');
    const own = await call<Annotation[]>('annotation-list', { transcriptId: f3, coderId: coders['Robin'] });
    expect(own).toEqual([]);
  });

  it('survives two requests at once (a double click): both answer with the whole demo, and no build file is left', async () => {
    const [a, b] = await Promise.all([
      call<ProjectSummary>('project-open-demo'),
      call<ProjectSummary>('project-open-demo'),
    ]);
    expect(a.counts).toEqual(b.counts);
    expect((await call<ProjectSummary>('project-get-current'))!.counts).toMatchObject({ transcripts: 4, coders: 4 });
    expect(readdirSync(dir.file('data/demo')).filter((f) => f.endsWith('.attune'))).toEqual([
      'SYNTHETIC demo study.attune',
    ]);
  });

  it('is built fresh each time, even while the last one is open, replacing what was tried in it', async () => {
    const first = await call<ProjectSummary>('project-open-demo');
    const coders = Object.fromEntries((await call<Coder[]>('coder-list')).map((c) => [c.name, c.id]));
    await call('session-set-coder', { coderId: coders['Alex'] });
    await call('coder-create', { name: 'Someone trying it out' });
    const again = await call<ProjectSummary>('project-open-demo');
    expect(again.path).toBe(first.path);
    expect(again.counts).toEqual(first.counts);
    expect((await call<Coder[]>('coder-list')).map((c) => c.name)).not.toContain('Someone trying it out');
  });
  describe('its study plan', () => {
    let coders: Record<string, string>;
    let title: (id: string) => string;
    const asNames = (grid: StudyGrid) =>
      Object.fromEntries(
        grid.transcripts.map((t) => [title(t.id), t.coders.map((c) => grid.coders.find((x) => x.id === c)!.name)]),
      );
    beforeEach(async () => {
      await call('project-open-demo');
      coders = Object.fromEntries((await call<Coder[]>('coder-list')).map((c) => [c.name, c.id]));
      const transcripts = await call<TranscriptSummary[]>('transcript-list');
      title = (id) => transcripts.find((t) => t.id === id)!.title;
      await call('session-set-coder', { coderId: coders['Alex'] });
    });

    it('assigns every transcript to exactly the coders who coded it, the two overlapping ones double-coded', async () => {
      const grid = await call<StudyGrid>('study-get');
      expect(grid.plan).toMatchObject({ seed: 28, overlap: 0.5, stratify: null, createdBy: 'Alex' });
      expect(asNames(grid)).toEqual({
        'SYN-0201': ['Alex', 'Sam'],
        'SYN-0202': ['Sam', 'Alex'],
        'SYN-0203': ['Alex'],
        'SYN-0204': ['Sam'],
      });
      // The grid's columns: the two study coders (not the trainee, not the consensus), balanced workloads.
      expect(grid.coders.map((c) => [c.name, c.role, c.primary, c.second])).toEqual([
        ['Alex', 'lead', 2, 1],
        ['Sam', 'coder', 2, 1],
      ]);
      expect(grid.doubleCoded).toBe(2);
      expect(grid.pairs).toEqual({ 'Alex+Sam': 2 });
      // Each study coder's coding lies exactly where the plan assigns them.
      for (const t of grid.transcripts)
        for (const name of ['Alex', 'Sam']) {
          const theirs = await call<Annotation[]>('annotation-list', { transcriptId: t.id, coderId: coders[name] });
          expect({ transcript: title(t.id), name, coded: theirs.length > 0 }).toEqual({
            transcript: title(t.id),
            name,
            coded: t.coders.includes(coders[name]!),
          });
        }
    });

    it('is the plan study-plan itself draws from those inputs (stored unedited, recorded in the audit log)', async () => {
      const stored = await call<StudyGrid>('study-get');
      const drawn = await call<StudyGrid>('study-plan', { ...DEMO_STUDY_PLAN, coders: [...DEMO_STUDY_PLAN.coders] });
      expect(drawn.transcripts).toEqual(stored.transcripts);
      expect(drawn.coders).toEqual(stored.coders);
      const made = await call<AuditEntry[]>('audit-list', { action: 'plan-made' });
      expect(made.map((e) => [e.actorName, e.detail])).toEqual([
        ['Alex', { transcripts: '4', coders: 'Alex, Sam', overlap: '0.5', seed: '28', doubleCoded: '2' }],
        ['Alex', { transcripts: '4', coders: 'Alex, Sam', overlap: '0.5', seed: '28', doubleCoded: '2' }],
      ]);
    });

    it('reads as truthful progress: every assignment complete, nothing returned, nothing to reveal with blind coding off', async () => {
      const p = await call<StudyProgress>('study-get-progress');
      expect(p.planned).toBe(true);
      expect(p.coders.map((c) => [c.name, c.assigned, c.complete, c.returned])).toEqual([
        ['Alex', 3, 3, 0],
        ['Sam', 3, 3, 0],
      ]);
      expect(
        Object.fromEntries(
          p.transcripts.map((t) => [
            title(t.id),
            Object.fromEntries(Object.entries(t.states).map(([id, s]) => [id === coders['Alex'] ? 'Alex' : 'Sam', s])),
          ]),
        ),
      ).toEqual({
        'SYN-0201': { Alex: 'complete', Sam: 'complete' },
        'SYN-0202': { Sam: 'complete', Alex: 'complete' },
        'SYN-0203': { Alex: 'complete' },
        'SYN-0204': { Sam: 'complete' },
      });
      expect(p.transcripts.every((t) => !t.revealed && /blind coding is off/.test(t.revealBlocked ?? ''))).toBe(true);
    });

    it('shows a coder only their own assignments and progress, and a trainee none', async () => {
      await call('session-set-coder', { coderId: coders['Sam'] });
      const grid = await call<StudyGrid>('study-get');
      expect(asNames(grid)).toEqual({ 'SYN-0201': ['Sam'], 'SYN-0202': ['Sam'], 'SYN-0204': ['Sam'] });
      expect(grid.doubleCoded).toBeNull();
      const p = await call<StudyProgress>('study-get-progress');
      expect(p.coders.map((c) => c.name)).toEqual(['Sam']);
      await call('session-set-coder', { coderId: coders['Robin'] });
      expect((await call<StudyGrid>('study-get')).transcripts).toEqual([]);
      expect((await call<StudyProgress>('study-get-progress')).transcripts).toEqual([]);
    });
  });
});
