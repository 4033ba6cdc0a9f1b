import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../shared/codebook/default-codebook.ts';
import { warmUpProject } from '../../../shared/reliability/warm-up.ts';
import { listAgreementAnnotationsOf, listAgreementRatingsOf } from './tables/agreement-input.ts';
import { openWarmUpDb } from './warm-up-db.ts';

describe('the warm-up scratch database', () => {
  it('gives back the invented project through the agreement reader’s own queries, in their order', () => {
    const project = warmUpProject(defaultCodebook());
    const db = openWarmUpDb(project);
    try {
      for (const t of project.transcripts.slice(0, 3)) {
        const anns = listAgreementAnnotationsOf(db, { transcriptId: t.id });
        const mine = project.annotations.filter((a) => a.transcriptId === t.id);
        expect(anns).toHaveLength(mine.length);
        expect(new Set(anns.map((a) => `${a.coderId} ${a.codeId} ${a.start} ${a.end}`))).toEqual(
          new Set(mine.map((a) => `${a.coderId} ${a.codeId} ${a.start} ${a.end}`)),
        );
        for (let i = 1; i < anns.length; i++) expect(anns[i]!.start).toBeGreaterThanOrEqual(anns[i - 1]!.start);
        const ratings = listAgreementRatingsOf(db, { transcriptId: t.id });
        expect(ratings).toEqual(
          expect.arrayContaining(project.ratings.filter((r) => r.transcriptId === t.id).map((r) => ({ ...r }))),
        );
        expect(ratings).toHaveLength(project.ratings.filter((r) => r.transcriptId === t.id).length);
      }
    } finally {
      db.close();
    }
  });
});
