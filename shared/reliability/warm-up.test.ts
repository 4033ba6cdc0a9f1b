import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../codebook/default-codebook.ts';
import { computeProjectAgreement } from './project-agreement.ts';
import { warmUpProject } from './warm-up.ts';

describe('the warm-up project', () => {
  it('runs every part of the agreement code a dashboard runs: classification, every scale, passages, both kinds of span disagreement', () => {
    const cb = defaultCodebook();
    const input = warmUpProject(cb);
    expect(input.transcripts.every((t) => t.title.startsWith('Warm-up'))).toBe(true);
    const counted: Record<string, number> = {};
    const r = computeProjectAgreement(input, {
      keepDisagreements: false,
      countDisagreements: (id) => id !== input.transcripts[0]?.id,
      onDisagreements: (_, found, more) => {
        for (const d of found) counted[d.kind] = (counted[d.kind] ?? 0) + 1;
        for (const [k, n] of Object.entries(more)) counted[k] = (counted[k] ?? 0) + n;
      },
    });
    expect(r.classification.length).toBeGreaterThan(0);
    expect(r.classification.every((l) => l.kappa.value !== null)).toBe(true);
    const scaleTargets = cb.scales.filter((s) => !s.archived).flatMap((s) => s.targets);
    expect(r.scales).toHaveLength(scaleTargets.length);
    expect(r.passages.overall.alphaU.value).not.toBeNull();
    expect(r.passages.pooledTranscripts).toHaveLength(input.transcripts.length);
    expect(r.passages.overall.overlap.matched).toBeGreaterThan(0);
    expect(counted['span-only-one-coder']).toBeGreaterThan(0);
    expect(counted['different-codes-same-span']).toBeGreaterThan(0);
    // The same invented project each time (a seeded generator).
    expect(warmUpProject(cb)).toEqual(input);
  });
});
