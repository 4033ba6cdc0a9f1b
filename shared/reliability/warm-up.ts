// An invented project, nobody's data, for warming the agreement code up. A large project's first dashboard
// ran its code cold: V8 had not yet compiled and optimised it, which cost the first computation of a
// session about a third more than the next. A host runs this once in the background when a large project
// opens (and the reader's spare worker as it waits), so a person's first figures come from optimised code.
import { mulberry32 } from '../agreement/index.ts';
import type { Codebook } from '../codebook/codebook-schema.ts';
import type { AgreementAnnotation, AgreementRating, ProjectAgreementInput } from './types.ts';

// Large enough for V8 to optimise the hot loops (with 12 × 6 × 40 the first real computation still ran
// 0.3 s slower than the next at consortium size); about 0.3 s of work on each thread, in slices.
const TRANSCRIPTS = 40;
const CODERS = 8;
const SPANS = 60;
const LENGTH = 20_000;

const byCode = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** The invented project over this codebook: every coder marks, rates and classifies every transcript. */
export function warmUpProject(codebook: Codebook): ProjectAgreementInput {
  const rand = mulberry32(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const codes = codebook.codes.filter((c) => !c.archived).slice(0, 10);
  const scales = codebook.scales.filter((s) => !s.archived);
  const primaries = codebook.classification?.primary ?? [];
  const coders = Array.from({ length: CODERS }, (_, i) => ({ id: `warm-coder-${i}`, name: `Coder ${i}` }));
  const transcripts = Array.from({ length: TRANSCRIPTS }, (_, i) => ({
    id: `warm-${i}`,
    title: `Warm-up ${i}`,
    length: LENGTH,
  }));
  const annotations: AgreementAnnotation[] = [];
  const ratings: AgreementRating[] = [];
  const classifications: ProjectAgreementInput['classifications'] = [];
  for (const t of transcripts) {
    const mine: AgreementAnnotation[] = [];
    // Passages most coders mark, shifted a little by each, so spans match, differ and stand alone.
    const passages = Array.from({ length: SPANS }, () => {
      const start = Math.floor(rand() * (LENGTH - 600));
      return { start, end: start + 20 + Math.floor(rand() * 500), code: pick(codes)?.id ?? 'code' };
    });
    for (const c of coders) {
      for (const p of passages) {
        if (rand() < 0.25) continue;
        const shift = Math.floor(rand() * 30) - 15;
        const start = Math.max(0, p.start + shift);
        const codeId = rand() < 0.85 ? p.code : (pick(codes)?.id ?? p.code);
        mine.push({ transcriptId: t.id, coderId: c.id, codeId, start, end: Math.max(start + 1, p.end + shift) });
      }
      for (const s of scales)
        for (const target of s.targets.map((x) => (x === 'event' ? 'event:warm' : x))) {
          const steps = Math.round((s.max - s.min) / s.step);
          const value = s.min + Math.floor(rand() * (steps + 1)) * s.step;
          ratings.push({ transcriptId: t.id, coderId: c.id, scaleId: s.id, target, value, notRateable: false });
        }
      const p = primaries.length ? pick(primaries) : null;
      if (p)
        classifications.push({
          transcriptId: t.id,
          coderId: c.id,
          primary: p.id,
          subtype: p.subtypes.length ? pick(p.subtypes).id : null,
          alternative: p.requiresAlternative ? (primaries.find((x) => !x.requiresAlternative)?.id ?? null) : null,
        });
    }
    // In text order, as a project's highlights are read.
    mine.sort(
      (x, y) => x.start - y.start || x.end - y.end || byCode(x.coderId, y.coderId) || byCode(x.codeId, y.codeId),
    );
    annotations.push(...mine);
  }
  return {
    codebook,
    codebookKey: `${codebook.id}@${codebook.version}`,
    transcripts,
    coders,
    annotations,
    ratings,
    classifications,
  };
}
