import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/support/temp-dir.ts';
import { ProjectStore } from '../../project-store.ts';
import * as annotations from './annotations.ts';
import * as classifications from './classifications.ts';
import * as ratings from './ratings.ts';
import * as statuses from './statuses.ts';

/** The table functions against a real project file: the SQL rules the stores rely on. */
describe('table modules', () => {
  let dir: ReturnType<typeof tempDir>;
  let store: ProjectStore;
  let owner: { transcriptId: string; coderId: string };
  const key = 'aai-default@1';
  const T0 = '2026-01-01T00:00:00.000Z';
  const T1 = '2026-01-02T00:00:00.000Z';
  beforeEach(() => {
    dir = tempDir();
    store = ProjectStore.create(dir.file('p.attune'));
    const t = store.insertTranscript({ title: 'T', text: 'I: Hello.\nR: Hi there.', words: 4, sourceName: null });
    owner = { transcriptId: t.id, coderId: store.createCoder('Ada', 'coder').id };
  });
  afterEach(() => {
    store.close();
    dir.remove();
  });

  const rating = (over: Partial<ratings.RatingWrite> = {}): ratings.RatingWrite => ({
    ...owner,
    codebookKey: key,
    scaleId: 'loving.mother',
    target: 'mother',
    value: 5,
    notRateable: false,
    note: '',
    origin: null,
    rationale: '',
    updatedAt: T0,
    ...over,
  });
  const provenance = () => ratings.listRatingProvenance(store.db, owner)[0];

  it('a plain rating insert refuses a second rating of the same scale and target; an upsert rewrites it', () => {
    ratings.insertRating(store.db, rating());
    expect(() => ratings.insertRating(store.db, rating({ value: 6 }))).toThrow(/UNIQUE/);
    ratings.upsertRating(store.db, rating({ value: 6, notRateable: false, updatedAt: T1 }));
    expect(ratings.listRatings(store.db, owner)).toEqual([
      expect.objectContaining({ value: 6, notRateable: false, updatedAt: T1, links: [] }),
    ]);
  });

  it('an upsert with an origin sets provenance; an ordinary edit keeps the rationale and marks it edited', () => {
    const origin = JSON.stringify({ how: 'accepted', coderId: 'c', item: 'loving.mother|mother' });
    ratings.upsertRating(store.db, rating({ origin, rationale: 'agreed' }));
    expect(provenance()).toMatchObject({ origin, rationale: 'agreed' });
    ratings.upsertRating(store.db, rating({ value: 7 }));
    expect(JSON.parse(provenance()?.origin ?? 'null')).toMatchObject({ how: 'edited', item: 'loving.mother|mother' });
    expect(provenance()?.rationale).toBe('agreed');
    ratings.upsertRating(store.db, rating({ value: 4 }));
    expect(JSON.parse(provenance()?.origin ?? 'null')).toMatchObject({ how: 'edited' });
  });

  it('an ordinary rating stays without provenance when edited', () => {
    ratings.upsertRating(store.db, rating());
    ratings.upsertRating(store.db, rating({ value: 3 }));
    expect(provenance()).toEqual({ scaleId: 'loving.mother', target: 'mother', origin: null, rationale: '' });
  });

  it('links a highlight once: a duplicate is ignored when asked, an error otherwise', () => {
    ratings.insertRating(store.db, rating());
    const a = store.createAnnotation({ ...owner, codeId: 'unres.reasoning_lapse', start: 0, end: 5, note: '' });
    const link = { ...owner, scaleId: 'loving.mother', target: 'mother', annotationId: a.id };
    ratings.insertRatingLink(store.db, link, { ignoreDuplicate: true });
    ratings.insertRatingLink(store.db, link, { ignoreDuplicate: true });
    expect(() => ratings.insertRatingLink(store.db, link, { ignoreDuplicate: false })).toThrow(/UNIQUE/);
    expect(ratings.listRatings(store.db, owner)[0]?.links).toEqual([a.id]);
    ratings.deleteRatingLink(store.db, link);
    expect(ratings.listRatings(store.db, owner)[0]?.links).toEqual([]);
  });

  it('marks an accepted highlight edited only when its code or span changes', () => {
    const origin = JSON.stringify({ how: 'accepted', coderId: 'c', item: 'x' });
    const a = store.createAnnotation({ ...owner, codeId: 'unres.reasoning_lapse', start: 0, end: 5, note: '', origin });
    const how = () => JSON.parse(annotations.listAnnotationProvenance(store.db, owner)[0]?.origin ?? 'null').how;
    annotations.updateAnnotation(store.db, { ...a, note: 'a note', updatedAt: T1 });
    expect(how()).toBe('accepted');
    annotations.updateAnnotation(store.db, { ...a, end: 6, updatedAt: T1 });
    expect(how()).toBe('edited');
    expect(annotations.getAnnotation(store.db, { id: a.id })).toMatchObject({ end: 6, updatedAt: T1 });
  });

  it('keeps the first submission time of a status', () => {
    statuses.upsertStatus(store.db, { ...owner, status: 'complete', submittedAt: T0, updatedAt: T0 });
    statuses.upsertStatus(store.db, { ...owner, status: 'in-progress', submittedAt: T1, updatedAt: T1 });
    expect(statuses.getStatus(store.db, owner)).toEqual({ status: 'in-progress', submittedAt: T0, updatedAt: T1 });
  });

  it('maps a classification row to the model, booleans and all', () => {
    classifications.upsertClassification(store.db, {
      ...owner,
      codebookKey: key,
      primary: 'F',
      subtype: null,
      alternative: null,
      secondAlternative: null,
      confidence: 0.5,
      forced: true,
      note: 'n',
      origin: null,
      rationale: '',
      updatedAt: T0,
    });
    expect(classifications.getClassification(store.db, owner)).toEqual({
      ...owner,
      codebookKey: key,
      primary: 'F',
      subtype: null,
      alternative: null,
      secondAlternative: null,
      confidence: 0.5,
      forced: true,
      note: 'n',
      updatedAt: T0,
    });
    expect(classifications.listClassifications(store.db, { transcriptIds: [owner.transcriptId] })).toHaveLength(1);
    expect(classifications.listClassifications(store.db, { transcriptIds: [] })).toEqual([]);
  });
});
