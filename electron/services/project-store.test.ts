import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/support/temp-dir.ts';
import { ProjectStore, textHash } from './project-store.ts';

describe('ProjectStore against a real SQLite file', () => {
  let dir: ReturnType<typeof tempDir>;
  let path: string;
  let store: ProjectStore;
  beforeEach(() => {
    dir = tempDir();
    path = dir.file('study.attune');
    store = ProjectStore.create(path);
  });
  afterEach(() => {
    store.close();
    dir.remove();
  });

  const addTranscript = (text = 'I: Tell me about your mother.\nR: She was kind, mostly.') =>
    store.insertTranscript({ title: 'SYN-0001', text, words: 9, sourceName: 'syn.txt' });

  it('keeps coder names unique regardless of case', () => {
    store.createCoder('Ada', 'coder');
    expect(() => store.createCoder('ada', 'lead')).toThrow('a coder named "ada" already exists');
    expect(store.listCoders().map((c) => c.name)).toEqual(['Ada']);
  });

  it('stores a transcript with its SHA-256 and refuses the same text twice', () => {
    const t = addTranscript();
    expect(t.hash).toBe(textHash('I: Tell me about your mother.\nR: She was kind, mostly.'));
    expect(t.characters).toBe(54);
    expect(() => addTranscript()).toThrow(/already in the project as "SYN-0001"/);
    expect(store.listTranscripts()).toHaveLength(1);
  });

  it('never lets transcript text change after import (a trigger guards it even from raw SQL)', () => {
    const t = addTranscript();
    expect(() => store.db.run('UPDATE transcripts SET text = ? WHERE id = ?', ['changed', t.id])).toThrow(/immutable/);
    expect(() => store.db.run('UPDATE transcripts SET hash = ? WHERE id = ?', ['x', t.id])).toThrow(/immutable/);
    store.db.run('UPDATE transcripts SET title = ? WHERE id = ?', ['Renamed', t.id]);
    expect(store.getTranscript(t.id)).toMatchObject({
      title: 'Renamed',
      text: 'I: Tell me about your mother.\nR: She was kind, mostly.',
    });
  });

  it('creates, updates and deletes annotations, recording the codebook version used', () => {
    const t = addTranscript();
    const c = store.createCoder('Ada', 'coder');
    const a = store.createAnnotation({
      transcriptId: t.id,
      coderId: c.id,
      codeId: 'idealization.unsupported_adjective',
      start: 41,
      end: 45,
      note: '',
    });
    expect(a).toMatchObject({
      start: 41,
      end: 45,
      codebookKey: 'aai-default@1',
      codeId: 'idealization.unsupported_adjective',
    });
    expect(store.getTranscript(t.id).text.slice(a.start, a.end)).toBe('kind');
    const u = store.updateAnnotation({ id: a.id, note: 'no memory offered' });
    expect(u.note).toBe('no memory offered');
    expect(u.updatedAt >= a.updatedAt).toBe(true);
    expect(store.listAnnotations(t.id, c.id)).toHaveLength(1);
    store.deleteAnnotation(a.id);
    expect(store.listAnnotations(t.id)).toEqual([]);
    expect(() => store.deleteAnnotation(a.id)).toThrow(/no annotation/);
  });

  it('rejects spans outside the text, unknown codes and unknown coders, writing nothing', () => {
    const t = addTranscript();
    const c = store.createCoder('Ada', 'coder');
    const base = { transcriptId: t.id, coderId: c.id, codeId: 'derogation', note: '' };
    expect(() => store.createAnnotation({ ...base, start: 10, end: 55 })).toThrow(
      'span [10, 55) runs past the end of the transcript (54 characters)',
    );
    expect(() => store.createAnnotation({ ...base, start: 10, end: 10 })).toThrow('end must be after start');
    expect(() => store.createAnnotation({ ...base, codeId: 'no.such.code', start: 0, end: 5 })).toThrow(
      'code "no.such.code" is not in the active codebook',
    );
    expect(() => store.createAnnotation({ ...base, coderId: 'nobody', start: 0, end: 5 })).toThrow(
      'no coder with id nobody',
    );
    expect(store.counts().annotations).toBe(0);
  });

  it('finds everything again after closing and reopening the file', () => {
    const t = addTranscript();
    const c = store.createCoder('Ada', 'coder');
    const a = store.createAnnotation({
      transcriptId: t.id,
      coderId: c.id,
      codeId: 'derogation',
      start: 3,
      end: 7,
      note: 'n',
    });
    store.close();
    store = ProjectStore.open(path);
    expect(store.counts()).toEqual({ transcripts: 1, coders: 1, annotations: 1 });
    expect(store.listAnnotations(t.id)[0]).toEqual(a);
  });
});
