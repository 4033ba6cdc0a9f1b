import { mulberry32 } from '../../../shared/agreement/prng.ts';
import { z } from 'zod';
import source from './prototypes.json';

/** Shown as the project's notice and written into the file (meta `notice`): the demo is invented. */
export const SYNTHETIC_NOTICE = 'SYNTHETIC – NOT REAL DATA';

const prototypeSchema = z.object({
  file: z.string(),
  text: z.string(),
  intendedClassification: z.object({
    primary: z.string(),
    subtype: z.string().nullable(),
    alternative: z.string().nullable().optional(),
  }),
  scales: z.record(z.string(), z.tuple([z.number(), z.number()])),
  events: z.array(
    z.object({ id: z.string(), kind: z.enum(['loss', 'trauma']), who: z.string(), speakerAge: z.string() }),
  ),
  tags: z.array(
    z.object({ code: z.string(), start: z.number(), end: z.number(), quote: z.string(), event: z.string().optional() }),
  ),
});
export type Prototype = z.infer<typeof prototypeSchema>;

/** The four prototype interviews (SYN-0201 F3a, SYN-0202 Ds1, SYN-0203 E2, SYN-0204 U/F) and their scripted coding. */
export const PROTOTYPES: Prototype[] = z
  .object({ prototypes: z.array(prototypeSchema).length(4) })
  .parse(source).prototypes;

export type DemoRole = 'lead' | 'coder' | 'trainee';

export interface DemoCoding {
  /** Index into PROTOTYPES. */
  transcript: number;
  /** Share of the scripted highlights this coder finds. */
  recall: number;
  classification: { primary: string; subtype: string | null; alternative: string | null };
  submit: boolean;
}

export interface DemoCoder {
  name: string;
  role: DemoRole;
  seed: number;
  codings: DemoCoding[];
}

const intended = (i: number, over: Partial<DemoCoding['classification']> = {}) => {
  const c = PROTOTYPES[i]!.intendedClassification;
  return { primary: c.primary, subtype: c.subtype, alternative: c.alternative ?? null, ...over };
};
const coding = (transcript: number, recall: number, over: Partial<DemoCoding['classification']> = {}) => ({
  transcript,
  recall,
  classification: intended(transcript, over),
  submit: true,
});

/**
 * Who codes what. Alex (the lead, so created first) and Sam code SYN-0201 and SYN-0202 independently
 * (the overlap the dashboard and review compare) and one more each; Robin, a trainee, codes and submits
 * SYN-0203, for which Alex is the trainer key; the consensus is built on SYN-0201 (the one the
 * consensus view opens on).
 */
export const DEMO_CODERS: DemoCoder[] = [
  { name: 'Alex', role: 'lead', seed: 0x41_4c_45_58, codings: [coding(0, 0.9), coding(1, 0.9), coding(2, 0.95)] },
  {
    name: 'Sam',
    role: 'coder',
    seed: 0x53_41_4d,
    codings: [coding(0, 0.75, { subtype: 'F3b' }), coding(1, 0.8, { subtype: 'Ds3a' }), coding(3, 0.85)],
  },
  { name: 'Robin', role: 'trainee', seed: 0x52_4f_42, codings: [coding(2, 0.7, { subtype: 'E1' })] },
];
export const KEY_CODER = 'Alex';

/**
 * The study plan behind that coding, as `study-plan` draws it (no edits): Alex and Sam, half the four
 * transcripts double-coded. Seed 28 is the first seed whose draw matches who coded what: SYN-0201 (Alex,
 * then Sam) and SYN-0202 (Sam, then Alex) double-coded, SYN-0203 Alex's, SYN-0204 Sam's. Not stratified:
 * the prototypes carry no metadata to stratify by. A test checks the plan against the coding.
 */
export const DEMO_STUDY_PLAN = { coders: ['Alex', 'Sam'], overlap: 0.5, seed: 28 } as const;
export const KEY_TRANSCRIPT = 2;
export const CONSENSUS_TRANSCRIPT = 0;

export interface PlannedHighlight {
  code: string;
  start: number;
  end: number;
  event?: string | undefined;
}

/**
 * One coder's highlights on one prototype: the scripted ones this coder finds (seeded), some ending a
 * word early and a few given a neighbouring code, so coders agree often but not always.
 */
export function plannedHighlights(p: Prototype, recall: number, rand: () => number): PlannedHighlight[] {
  const codes = [...new Set(p.tags.map((t) => t.code))].sort();
  const out: PlannedHighlight[] = [];
  for (const t of p.tags) {
    const found = rand() < recall;
    const trim = rand();
    const swap = rand();
    if (!found) continue;
    let end = t.end;
    if (trim < 0.25) {
      const lastSpace = p.text.lastIndexOf(' ', end - 1);
      if (lastSpace > t.start + 10) end = lastSpace;
    }
    let code = t.code;
    if (swap < 0.1 && !t.event && codes.length > 1) code = codes[(codes.indexOf(t.code) + 1) % codes.length]!;
    out.push({ code, start: t.start, end, event: t.event });
  }
  return out;
}

/** A value within the scripted range (whole points, seeded). */
export function plannedValue([min, max]: [number, number], rand: () => number): number {
  return Math.min(max, min + Math.floor(rand() * (max - min + 1)));
}

export function seeded(seed: number, transcript: number): () => number {
  return mulberry32(seed * 31 + transcript);
}
