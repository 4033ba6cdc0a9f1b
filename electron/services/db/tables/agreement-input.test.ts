import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/support/temp-dir.ts';
import { ProjectStore } from '../../project-store.ts';
import { listTranscriptLengths } from './agreement-input.ts';
import { listTranscriptSummaries } from './transcripts.ts';

describe('text lengths measured in SQL', () => {
  let dir: ReturnType<typeof tempDir>;
  let store: ProjectStore;
  beforeEach(() => {
    dir = tempDir();
    store = ProjectStore.create(dir.file('p.attune'));
  });
  afterEach(() => {
    store.close();
    dir.remove();
  });

  it('count UTF-16 code units, as offsets do, for plain, accented, Greek, CJK and astral (emoji) text', () => {
    const texts = [
      'I: plain\nR: text',
      'R: café naïve Ωμέγα 漢字',
      'R: 😀 and 𝔘 twice 😀😀',
      'R: \u{10FFFD} last plane',
    ];
    texts.forEach((text, i) => store.insertTranscript({ title: `T${i}`, text, words: 3, sourceName: null }));
    const want = new Map(texts.map((t, i) => [`T${i}`, t.length]));
    for (const t of listTranscriptLengths(store.db, { ids: null })) expect(t.length, t.title).toBe(want.get(t.title));
    for (const t of listTranscriptSummaries(store.db, { visibleCoders: null }))
      expect(t.characters, t.title).toBe(want.get(t.title));
    const one = listTranscriptLengths(store.db, { ids: [store.listTranscripts()[2]!.id] });
    expect(one).toEqual([{ id: store.listTranscripts()[2]!.id, title: 'T2', length: texts[2]!.length }]);
  });
});
