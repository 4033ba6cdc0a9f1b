import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FIXTURE_DIR, PROTOTYPE_DIR, type PrototypeEntry } from '../../scripts/make-fixtures.ts';
import type { Annotation } from '../../shared/api/annotation.ts';
import type { Classification } from '../../shared/api/classification.ts';
import type { LossEvent } from '../../shared/api/event.ts';
import type { Rating } from '../../shared/api/rating.ts';
import type { ImportResult, Transcript, TranscriptStructure } from '../../shared/api/transcript.ts';
import { deriveAllLevels } from '../../shared/codebook/classification.ts';
import { defaultCodebook } from '../../shared/codebook/default-codebook.ts';
import type { TraineeReport } from '../../shared/reliability/types.ts';
import { servicesWithProject } from '../../tests/support/services.ts';
import { CodingStore } from './coding-store.ts';

/**
 * The prototype transcripts (SYN-0201..0204, docs/domain.md: Synthetic fixtures) and their sidecars: test oracles scripted to show
 * F3, Ds1, E2 and U/F features. Not validated codings: these tests check that the oracles are internally
 * sound (offsets, codebook ids, ranges, classification) and usable through the app's own services.
 */

const eventId = z.string().regex(/^[\w-]+$/, 'an event id is letters, digits, _ or -');
const sidecarSchema = z
  .object({
    id: z.string().regex(/^SYN-\d{4}$/),
    file: z.string().regex(/^syn-\d{4}-[\w-]+\.txt$/),
    note: z.string().min(1),
    codebook: z.string().min(1),
    intendedClassification: z
      .object({
        primary: z.string().min(1),
        subtype: z.string().min(1).nullable(),
        alternative: z.string().min(1).optional(),
      })
      .strict(),
    /** "<scale id>|<target>" → [min, max]. */
    scales: z.record(
      z
        .string()
        .regex(/^[\w.]+\|(?:mother|father|other|transcript|event:[\w-]+)$/, 'a scale key is "<scale id>|<target>"'),
      z.tuple([z.number(), z.number()]).refine(([lo, hi]) => lo <= hi, 'a range is [min, max] with min ≤ max'),
    ),
    events: z.array(
      z
        .object({ id: eventId, kind: z.enum(['loss', 'trauma']), who: z.string().min(1), speakerAge: z.string() })
        .strict(),
    ),
    tags: z.array(
      z
        .object({
          code: z.string().min(1),
          start: z.number().int().nonnegative(),
          end: z.number().int().positive(),
          quote: z.string().min(1),
          event: eventId.optional(),
        })
        .strict()
        .refine((t) => t.end - t.start === t.quote.length, 'end − start is the quote length'),
    ),
  })
  .strict();
type Sidecar = z.infer<typeof sidecarSchema>;

const manifest = JSON.parse(readFileSync(join(PROTOTYPE_DIR, 'manifest.json'), 'utf8')) as PrototypeEntry[];
const sidecarOf = (e: PrototypeEntry): Sidecar =>
  sidecarSchema.parse(JSON.parse(readFileSync(join(PROTOTYPE_DIR, e.sidecar), 'utf8')));
const b64 = (file: string) => readFileSync(join(FIXTURE_DIR, file)).toString('base64');
const codebook = defaultCodebook();
const scheme = codebook.classification!;

/** What each prototype is scripted to show, written out independently of the sidecars. */
const EXPECTED: Record<string, { levels: Record<string, string>; features: string[] }> = {
  F3: {
    levels: { '2-way': 'F', 'u-vs-non-u': 'non-U', '3-way': 'F', '4-way': 'F', '5-way': 'F' },
    features: ['idealization.support_present', 'metacognition.monitoring', 'warmth.balanced_forgiving', 'humour'],
  },
  Ds1: {
    levels: { '2-way': 'non-F', 'u-vs-non-u': 'non-U', '3-way': 'Ds', '4-way': 'Ds', '5-way': 'Ds' },
    features: [
      'idealization.unsupported_adjective',
      'lack_of_recall.insistence',
      'normalizing_or_minimizing',
      'semantic_episodic.contradiction',
    ],
  },
  E2: {
    levels: { '2-way': 'non-F', 'u-vs-non-u': 'non-U', '3-way': 'E', '4-way': 'E', '5-way': 'E' },
    features: ['anger.involving', 'anger.present_tense_address', 'manner.run_on', 'quantity.excessive'],
  },
  'U/F': {
    levels: { '2-way': 'non-F', 'u-vs-non-u': 'U', '3-way': 'F', '4-way': 'U', '5-way': 'U' },
    features: ['unres.reasoning_lapse', 'unres.discourse_lapse', 'metacognition.monitoring'],
  },
};

function expectedFor(e: PrototypeEntry) {
  const key = e.prototype.startsWith('U/') ? 'U/F' : e.prototype.replace(/[ab]$/, '');
  const exp = EXPECTED[key];
  if (!exp) throw new Error(`no expectations written for prototype ${e.prototype}`);
  return exp;
}

/** The rating target a sidecar key names, and the scale it rates. */
function parseScaleKey(key: string) {
  const [scaleId, target] = key.split('|') as [string, string];
  return {
    scaleId,
    target,
    kind: target.startsWith('event:') ? 'event' : target,
    event: target.startsWith('event:') ? target.slice(6) : null,
  };
}

describe('prototype manifest', () => {
  it('lists the four prototypes (F3, Ds1, E2, U/F), each with a sidecar', () => {
    expect(manifest.map((e) => e.prototype)).toEqual(['F3a', 'Ds1', 'E2', 'U/F']);
    for (const e of manifest) expect(e.sidecar).toBe(e.file.replace(/\.txt$/, '.expected.json'));
  });
});

describe.each(manifest)('$file ($prototype)', (entry) => {
  const sidecar = sidecarOf(entry);
  const expected = expectedFor(entry);

  it('has a sidecar whose codes, scales, ranges and events all exist in the default codebook', () => {
    expect(sidecar.id).toBe(entry.expect!.participantCode);
    expect(sidecar.file).toBe(entry.file);
    expect(sidecar.codebook).toBe(`${codebook.id}@${codebook.version}`);
    const events = new Set(sidecar.events.map((e) => e.id));
    expect(events.size).toBe(sidecar.events.length);
    for (const t of sidecar.tags) {
      const code = codebook.codes.find((c) => c.id === t.code);
      expect(code, t.code).toBeDefined();
      expect(code!.archived, t.code).toBe(false);
      // Unresolved indicators link to a loss/trauma event; other codes never do.
      if (code!.eventLinked) expect(events.has(t.event ?? ''), `${t.code} needs a declared event`).toBe(true);
      else expect(t.event, t.code).toBeUndefined();
    }
    for (const [key, [lo, hi]] of Object.entries(sidecar.scales)) {
      const { scaleId, kind, event } = parseScaleKey(key);
      const scale = codebook.scales.find((s) => s.id === scaleId);
      expect(scale, key).toBeDefined();
      expect(scale!.targets, key).toContain(kind);
      if (event !== null) expect(events.has(event), `${key}: event declared`).toBe(true);
      expect(lo, key).toBeGreaterThanOrEqual(scale!.min);
      expect(hi, key).toBeLessThanOrEqual(scale!.max);
      for (const v of [lo, hi])
        expect(Number.isInteger((v - scale!.min) / scale!.step), `${key}: ${v} on the scale's step`).toBe(true);
    }
    // Every declared event is rated on an unresolved scale.
    for (const e of sidecar.events)
      expect(
        Object.keys(sidecar.scales).some((k) => k.endsWith(`|event:${e.id}`)),
        e.id,
      ).toBe(true);
  });

  it('has an intended classification the coding store accepts, deriving the expected 2/3/4/5-way labels', () => {
    const c = sidecar.intendedClassification;
    const coding = {
      primary: c.primary,
      subtype: c.subtype,
      alternative: c.alternative ?? null,
      secondAlternative: null,
    };
    expect(() => CodingStore.validateClassification(codebook, coding)).not.toThrow();
    const derived = Object.fromEntries(deriveAllLevels(scheme, coding).map((d) => [d.level, d.label]));
    expect(derived).toEqual(expected.levels);
  });

  it('carries the features it was scripted for, and unresolved indicators only where U is intended', () => {
    const codes = new Set(sidecar.tags.map((t) => t.code));
    for (const f of expected.features) expect(codes, f).toContain(f);
    const unresolved = sidecar.tags.filter((t) => t.code.startsWith('unres.'));
    if (sidecar.intendedClassification.primary === 'U') {
      // The highest unresolved rating (aggregate max) reaches the decision zone around the midpoint (5).
      const highest = Math.max(
        ...Object.entries(sidecar.scales)
          .filter(([k]) => k.startsWith('unres.'))
          .map(([, [lo]]) => lo),
      );
      expect(highest).toBeGreaterThanOrEqual(5);
      expect(unresolved.length).toBeGreaterThanOrEqual(4);
    } else {
      expect(unresolved).toEqual([]);
      for (const [k, [, hi]] of Object.entries(sidecar.scales))
        if (k.startsWith('unres.')) expect(hi, k).toBeLessThan(5);
    }
  });

  describe('imported through the app (real SQLite)', () => {
    let h: Awaited<ReturnType<typeof servicesWithProject>>;
    beforeEach(async () => {
      h = await servicesWithProject();
    });
    afterEach(() => h.done());

    it('imports with the turns and sections the generator wrote, and every tag slices exactly its quote from a respondent turn', async () => {
      const r = await h.call<ImportResult>('transcript-import-file', {
        fileName: entry.file,
        contentBase64: b64(entry.file),
      });
      expect(r.turns).toBe(entry.expect!.turns);
      expect(r.sections).toBe(20);
      expect(r.words).toBeGreaterThanOrEqual(6000);
      expect(r.words).toBeLessThanOrEqual(9000);
      const t = await h.call<Transcript>('transcript-get', { id: r.id });
      expect(t.metadata['participantCode']).toBe(sidecar.id);
      expect(t.text).toContain('SYNTHETIC – NOT REAL DATA');
      const structure = await h.call<TranscriptStructure>('transcript-get-structure', { id: r.id });
      expect(structure.sections.map((s) => s.number)).toEqual(entry.expect!.questions);
      expect(
        structure.turns.filter((x) => x.role === 'interviewer').length +
          structure.turns.filter((x) => x.role === 'respondent').length,
      ).toBe(r.turns);

      expect(sidecar.tags.length).toBeGreaterThanOrEqual(8);
      let previous = -1;
      for (const tag of sidecar.tags) {
        expect(t.text.slice(tag.start, tag.end), tag.code).toBe(tag.quote);
        expect(tag.start, 'tags sorted by start').toBeGreaterThanOrEqual(previous);
        previous = tag.start;
        const turn = structure.turns.find((x) => x.labelEnd <= tag.start && tag.end <= x.end);
        expect(turn?.role, `${tag.code} "${tag.quote.slice(0, 40)}…" lies in a respondent turn`).toBe('respondent');
      }
    });
  });
});

describe('trainer-key scenario on the prototypes (real SQLite, through the dispatcher)', () => {
  let h: Awaited<ReturnType<typeof servicesWithProject>>;
  beforeEach(async () => {
    h = await servicesWithProject('training.attune');
  });
  afterEach(() => h.done());

  /** A rating at the middle of the sidecar's range, on the scale's step. */
  function midpoint(scaleId: string, [lo, hi]: [number, number]): number {
    const scale = codebook.scales.find((s) => s.id === scaleId)!;
    const v = scale.min + Math.round(((lo + hi) / 2 - scale.min) / scale.step) * scale.step;
    expect(v).toBeGreaterThanOrEqual(lo);
    expect(v).toBeLessThanOrEqual(hi);
    return v;
  }

  it("a trainer keys all four prototypes from their sidecars; a trainee's report matches Ds1 and U/F (as F at 3-way), misses E2, and keeps F3 pending", async () => {
    const { Tess: tess, Tim: tim } = await h.addCoders([
      ['Lee', 'lead'],
      ['Tess', 'trainer'],
      ['Tim', 'trainee'],
    ]);
    const ids: Record<string, string> = {};
    for (const e of manifest)
      ids[e.prototype] = (
        await h.call<ImportResult>('transcript-import-file', { fileName: e.file, contentBase64: b64(e.file) })
      ).id;

    // The trainer codes each prototype exactly as its sidecar says.
    await h.call('session-set-coder', { coderId: tess });
    for (const e of manifest) {
      const sidecar = sidecarOf(e);
      const transcriptId = ids[e.prototype]!;
      const owner = { transcriptId, coderId: tess };
      const eventIds: Record<string, string> = {};
      for (const ev of sidecar.events)
        eventIds[ev.id] = (
          await h.call<LossEvent>('event-create', { ...owner, kind: ev.kind, who: ev.who, speakerAge: ev.speakerAge })
        ).id;
      for (const t of sidecar.tags)
        await h.call('annotation-create', {
          ...owner,
          codeId: t.code,
          start: t.start,
          end: t.end,
          eventId: t.event ? eventIds[t.event] : null,
          note: `oracle: ${t.quote.slice(0, 60)}`,
        });
      for (const [key, range] of Object.entries(sidecar.scales)) {
        const { scaleId, target, event } = parseScaleKey(key);
        await h.call('rating-set', {
          ...owner,
          scaleId,
          target: event ? `event:${eventIds[event]}` : target,
          value: midpoint(scaleId, range),
        });
      }
      const c = sidecar.intendedClassification;
      const stored = await h.call<Classification>('classification-set', {
        ...owner,
        primary: c.primary,
        subtype: c.subtype,
        alternative: c.alternative ?? null,
      });
      expect(Object.fromEntries(stored.derived.map((d) => [d.level, d.label]))).toEqual(expectedFor(e).levels);

      // Read back: the store holds every tag at its offsets, linked to the right event, and every rating.
      const annotations = await h.call<Annotation[]>('annotation-list', owner);
      expect(annotations.map((a) => [a.codeId, a.start, a.end]).sort()).toEqual(
        sidecar.tags.map((t) => [t.code, t.start, t.end]).sort(),
      );
      for (const a of annotations.filter((x) => x.codeId.startsWith('unres.')))
        expect(Object.values(eventIds)).toContain(a.eventId);
      expect(await h.call<Rating[]>('rating-list', owner)).toHaveLength(Object.keys(sidecar.scales).length);
    }
    await h.call('settings-update', { trainerMode: true });
    for (const e of manifest) await h.call('training-set-key', { transcriptId: ids[e.prototype], coderId: tess });

    // The trainee: Ds1 right, E2 taken for F5 (wrong at 3-way), U/F seen as plain F (right at 3-way, U missed), F3 coded but not submitted.
    await h.call('session-set-coder', { coderId: tim });
    const mine = (p: string) => ({ transcriptId: ids[p]!, coderId: tim });
    await h.call('classification-set', { ...mine('Ds1'), primary: 'Ds', subtype: 'Ds1' });
    await h.call('rating-set', { ...mine('Ds1'), scaleId: 'coh.transcript', target: 'transcript', value: 4 });
    await h.call('classification-set', { ...mine('E2'), primary: 'F', subtype: 'F5' });
    await h.call('classification-set', { ...mine('U/F'), primary: 'F', subtype: 'F3a' });
    const timsLoss = await h.call<LossEvent>('event-create', {
      ...mine('U/F'),
      kind: 'loss',
      who: 'maternal grandmother',
      speakerAge: '8',
    });
    await h.call('rating-set', { ...mine('U/F'), scaleId: 'unres.loss', target: `event:${timsLoss.id}`, value: 3 });
    await h.call('classification-set', { ...mine('F3a'), primary: 'F', subtype: 'F3b' });
    // Before submitting, the key stays hidden from the trainee.
    expect((await h.fail('classification-get', { transcriptId: ids['Ds1'], coderId: tess })).type).toBe('refused');
    // The report lists transcripts in submission order (ties by title, which is the same order here).
    for (const p of ['Ds1', 'E2', 'U/F']) await h.call('status-submit', mine(p));

    const r = await h.call<TraineeReport>('training-report', { traineeId: tim });
    expect(r).toMatchObject({ traineeName: 'Tim', level: '3-way', threshold: 0.8, statistic: 'percent-agreement' });
    expect(
      r.transcripts.map((t) => [
        t.title,
        t.keyClassification,
        t.traineeClassification,
        t.keyLabel,
        t.traineeLabel,
        t.match,
      ]),
    ).toEqual([
      ['syn-0202-ds1', 'Ds1', 'Ds1', 'Ds', 'Ds', true],
      ['syn-0203-e2', 'E2', 'F5', 'E', 'F', false],
      ['syn-0204-uf', 'U/F', 'F3a', 'F', 'F', true],
    ]);
    expect(r.transcripts.map((t) => t.keyCoderId)).toEqual([tess, tess, tess]);
    expect(r.final).toMatchObject({ n: 3, value: 2 / 3, passed: false });
    expect(r.pending).toEqual([
      {
        transcriptId: ids['F3a'],
        title: 'syn-0201-f3',
        reason: "the trainer's key stays hidden until you submit your coding of this transcript",
      },
    ]);
    // Scales: the key rated the midpoints of the sidecar ranges (coh.transcript 3 for Ds1; the U/F loss 7, reported as the max over events).
    expect(r.transcripts[0]!.scaleDeviations).toEqual([
      { scaleId: 'coh.transcript', target: 'transcript', key: 3, trainee: 4, deviation: -1 },
    ]);
    expect(r.transcripts[2]!.scaleDeviations).toEqual([
      { scaleId: 'unres.loss', target: 'max', key: 7, trainee: 3, deviation: 4 },
    ]);

    // After submitting, the trainee may read the key of a submitted transcript, and it is the sidecar's classification.
    expect(
      await h.call<Classification>('classification-get', { transcriptId: ids['U/F'], coderId: tess }),
    ).toMatchObject({ primary: 'U', subtype: null, alternative: 'F' });
  });
});
