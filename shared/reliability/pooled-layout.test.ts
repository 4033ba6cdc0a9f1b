import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../agreement/index.ts';
import { spansOf, transcriptUnitizing } from './passage-agreement.ts';
import { PooledLayout } from './pooled-layout.ts';
import { pooledCodeIds, pooledUnitizing, poolSpans, type ObservedSums } from './pooled-unitizing.ts';
import type { AgreementAnnotation } from './types.ts';

const CODERS = ['ann', 'ben', 'cy', 'dee'];
const CODES = [{ id: 'c1' }, { id: 'c2' }, { id: 'c3', archived: true }, { id: 'c4', archived: true }, { id: 'c5' }];
const inTextOrder = (x: AgreementAnnotation, y: AgreementAnnotation) =>
  x.start - y.start || x.end - y.end || (x.coderId < y.coderId ? -1 : x.coderId > y.coderId ? 1 : 0);

/** A random project as the reader meets it: transcripts in order, who took part, highlights in text order. */
function randomProject(seed: number) {
  const rnd = mulberry32(seed);
  const transcripts = Array.from({ length: 1 + Math.floor(rnd() * 12) }, (_, i) => ({
    id: `t${i}`,
    // Some of no length (never pooled), most a few hundred characters.
    length: rnd() < 0.08 ? 0 : 50 + Math.floor(rnd() * 400),
  }));
  const part = new Map<string, Set<string>>();
  const annsBy = new Map<string, AgreementAnnotation[]>();
  for (const t of transcripts) {
    // Mostly every coder; sometimes one is missing (the transcript is then left out of the continuum).
    const took = new Set(CODERS.filter(() => rnd() < 0.93));
    const anns: AgreementAnnotation[] = [];
    if (t.length > 0)
      for (const coderId of took)
        for (let k = Math.floor(rnd() * 14); k > 0; k--) {
          const start = Math.floor(rnd() * t.length);
          // Short and long spans (overlaps a coder merges), some ending at the transcript's end or abutting.
          const end = rnd() < 0.1 ? t.length : Math.min(t.length, start + 1 + Math.floor(rnd() * 60));
          // An unlisted code now and then (the pooled codes add it after the codebook's).
          const codeId = rnd() < 0.05 ? 'extra' : (CODES[Math.floor(rnd() * 4)] as { id: string }).id;
          anns.push({ transcriptId: t.id, coderId, codeId, start, end });
        }
    part.set(t.id, took);
    annsBy.set(t.id, anns.sort(inTextOrder));
  }
  return { transcripts, part, annsBy };
}

/** Each transcript's observed sums over the coders who took part (as the reader computes them ahead). */
function observedOf(p: ReturnType<typeof randomProject>): Map<string, ObservedSums> {
  const observed = new Map<string, ObservedSums>();
  for (const t of p.transcripts) {
    const coders = CODERS.filter((c) => p.part.get(t.id)?.has(c));
    if (coders.length < 2 || !(t.length > 0)) continue;
    const u = transcriptUnitizing(t.length, coders, spansOf(p.annsBy.get(t.id) ?? []));
    if (u.observed) observed.set(t.id, u.observed);
  }
  return observed;
}

function usedOf(p: ReturnType<typeof randomProject>): Map<string, true> {
  const used = new Map<string, true>();
  for (const anns of p.annsBy.values()) for (const a of anns) used.set(a.codeId, true);
  return used;
}

/** The pooled figure the usual way: spans gathered on the continuum, then unitizing alpha over them. */
function usual(p: ReturnType<typeof randomProject>, coders: string[], observed: Map<string, ObservedSums>) {
  const pool = poolSpans(p.transcripts, coders, p.part, p.annsBy, (id) => id);
  if (coders.length < 2 || pool.pooled.length === 0) return null;
  const categories = pooledCodeIds(CODES, usedOf(p));
  const result = pooledUnitizing(pool.spans, pool.length, coders, categories, observed, pool.pooled);
  return { coders, pooled: pool.pooled, categories, result };
}

function laidOut(p: ReturnType<typeof randomProject>, coders: string[], observed: Map<string, ObservedSums>) {
  const layout = new PooledLayout(CODERS);
  for (const t of p.transcripts) layout.add(t, p.part.get(t.id)!, p.annsBy.get(t.id)!);
  return layout.result(coders, CODES, usedOf(p), observed);
}

describe('the pooled continuum laid out while reading (the agreement reader, Krippendorff 1995 unitizing alpha)', () => {
  it('gives the same figures, to the bit, as gathering the spans on the continuum: 400 random projects', () => {
    let compared = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const p = randomProject(seed);
      const coders = CODERS.filter((c) => p.transcripts.some((t) => p.part.get(t.id)?.has(c)));
      const observed = observedOf(p);
      const got = laidOut(p, coders, observed);
      if (got === undefined) continue; // a coder who took part nowhere: checked below
      // JSON keeps every double's exact digits: equal strings, equal bits.
      expect(JSON.stringify(got), `seed ${seed}`).toBe(JSON.stringify(usual(p, coders, observed)));
      if (got) compared++;
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('says when it was not laid out for these coders, so the host lays it out itself', () => {
    const p = randomProject(7);
    expect(laidOut(p, CODERS.slice(0, 3), observedOf(p))).toBeUndefined();
  });

  it('is not used when a transcript lends no observed sums or its spans are out of text order', () => {
    const p = randomProject(11);
    const observed = observedOf(p);
    const pooledId = p.transcripts.find((t) => t.length > 0 && CODERS.every((c) => p.part.get(t.id)?.has(c)))!.id;
    observed.delete(pooledId);
    expect(laidOut(p, CODERS, observed)).toBeUndefined();

    const q = randomProject(11);
    const anns = q.annsBy.get(pooledId)!;
    anns.push({ ...anns[0]!, start: 0, end: 1 }); // after later spans of the same coder and code
    const layout = new PooledLayout(CODERS);
    for (const t of q.transcripts) layout.add(t, q.part.get(t.id)!, q.annsBy.get(t.id)!);
    expect(layout.result(CODERS, CODES, usedOf(q), observedOf(q))).toBeUndefined();
  });

  it('has no figure where the continuum is empty (no transcript every coder took part in)', () => {
    const layout = new PooledLayout(['a', 'b']);
    layout.add({ id: 't', length: 100 }, new Set(['a']), []);
    expect(layout.result(['a', 'b'], CODES, new Map(), new Map())).toBeNull();
  });
});
