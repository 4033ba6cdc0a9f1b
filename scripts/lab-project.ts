/**
 * A lab-scale project for the speed benchmarks: `npx tsx scripts/lab-project.ts OUT.attune --transcripts 150 --coders 4`
 * (options: --highlights 120, --words 8000, --seed 1). Synthetic AAI-like transcripts with speaker turns and
 * sections; every coder codes every transcript independently (120 highlights drawn from a shared set of
 * salient passages, so agreement is meaningful), rates every scale and target, and classifies it.
 * Deterministic by seed (the project's own identity aside). Written in one transaction with the db
 * tables' prepared statements: 150 × 4 × 120 takes seconds, 600 × 8 × 120 (~250 MB) about a minute.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../shared/agreement/index.ts';
import type { Codebook } from '../shared/codebook/codebook-schema.ts';
import { normalizeTranscriptText } from '../shared/transcript/normalize.ts';
import { LATEST_SCHEMA_VERSION } from '../electron/services/db/migrations/index.ts';
import * as annotations from '../electron/services/db/tables/annotations.ts';
import * as classifications from '../electron/services/db/tables/classifications.ts';
import * as coders from '../electron/services/db/tables/coders.ts';
import * as events from '../electron/services/db/tables/events.ts';
import * as ratings from '../electron/services/db/tables/ratings.ts';
import * as sections from '../electron/services/db/tables/sections.ts';
import * as statuses from '../electron/services/db/tables/statuses.ts';
import * as transcripts from '../electron/services/db/tables/transcripts.ts';
import { ProjectStore, textHash } from '../electron/services/project-store.ts';
import { labTranscript, pick, type Word } from './lab-transcript.ts';

export interface LabProjectOptions {
  path: string;
  transcripts: number;
  coders: number;
  highlightsPerTranscript: number;
  words: number;
  seed: number;
}

export interface LabProjectCounts {
  transcripts: number;
  coders: number;
  annotations: number;
  ratings: number;
  classifications: number;
}

/** Bumped whenever the generated content changes, so cached files are rebuilt. */
const GENERATOR_VERSION = 1;
const BASE_TIME = Date.UTC(2026, 0, 5, 9, 0, 0);

/** A UUID-shaped id from the seeded generator (version 4 layout), so a rebuild gives the same ids. */
function idMaker(rand: () => number): () => string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
  return () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(rand() * 4)]}${hex(3)}-${hex(12)}`;
}

interface Passage {
  first: number;
  last: number;
  code: number;
  salience: number;
}

/** A shared pool of passages (~1.3× the highlights), each coder marking the most salient to them. */
function coderSpans(
  pool: Passage[],
  count: number,
  words: Word[],
  codeCount: number,
  rand: () => number,
): { start: number; end: number; code: number }[] {
  const ranked = pool
    .map((p) => ({ p, score: p.salience + rand() * 0.6 }))
    .sort((a, b) => b.score - a.score)
    .slice(0, count);
  return ranked.map(({ p }) => {
    const shift = (): number => (rand() < 0.35 ? Math.floor(rand() * 5) - 2 : 0);
    const first = Math.min(words.length - 1, Math.max(0, p.first + shift()));
    const last = Math.min(words.length - 1, Math.max(first, p.last + shift()));
    const code = rand() < 0.85 ? p.code : Math.floor(rand() * codeCount);
    return { start: words[first]!.start, end: words[last]!.end, code };
  });
}

const clampStep = (v: number, min: number, max: number, step: number) =>
  Math.min(max, Math.max(min, Math.round(v / step) * step));

/** One coder's rating of every scale and target: the transcript's true value plus coder noise. */
function writeRatings(
  db: ProjectStore['db'],
  o: { transcriptId: string; coderId: string; codebookKey: string; when: string },
  scales: Codebook['scales'],
  truth: Map<string, number>,
  eventIds: { loss: string; trauma: string },
  rand: () => number,
): number {
  let n = 0;
  for (const s of scales) {
    const targets = s.targets.flatMap((x) =>
      x === 'event' ? [`event:${s.id.includes('trauma') ? eventIds.trauma : eventIds.loss}`] : [x],
    );
    for (const target of targets) {
      const noise = rand() < 0.6 ? 0 : (rand() < 0.5 ? -1 : 1) * (rand() < 0.7 ? s.step : 2 * s.step);
      ratings.insertRating(db, {
        transcriptId: o.transcriptId,
        coderId: o.coderId,
        scaleId: s.id,
        target,
        codebookKey: o.codebookKey,
        value: clampStep(truth.get(s.id)! + noise, s.min, s.max, s.step),
        notRateable: false,
        note: '',
        origin: null,
        rationale: '',
        updatedAt: o.when,
      });
      n++;
    }
  }
  return n;
}

/** Writes the project (the file must not exist). */
export function makeLabProject(o: LabProjectOptions): LabProjectCounts {
  const store = ProjectStore.create(o.path);
  try {
    const rand = mulberry32(o.seed);
    const newId = idMaker(mulberry32(o.seed ^ 0x5eed));
    const active = store.activeCodebook();
    const cb: Codebook = active.codebook;
    const codes = cb.codes.filter((c) => !c.archived);
    const scales = cb.scales.filter((s) => !s.archived);
    const primaries = cb.classification?.primary ?? [];
    if (primaries.length === 0) throw new Error('the default codebook has no classification scheme');
    const organised = primaries.filter((p) => !p.requiresAlternative);
    const db = store.db;
    const at = (minutes: number) => new Date(BASE_TIME + minutes * 60_000).toISOString();
    const counts: LabProjectCounts = { transcripts: 0, coders: 0, annotations: 0, ratings: 0, classifications: 0 };
    db.transaction(() => {
      const coderIds = Array.from({ length: o.coders }, (_, i) => {
        const id = newId();
        coders.insertCoder(db, {
          id,
          name: `Coder ${String(i + 1).padStart(2, '0')}`,
          role: i === 0 ? 'lead' : 'coder',
          createdAt: at(i),
        });
        return id;
      });
      counts.coders = coderIds.length;
      for (let t = 0; t < o.transcripts; t++) {
        const g = labTranscript(t, o.words, rand);
        const text = normalizeTranscriptText(g.text);
        if (text !== g.text) throw new Error('the generated text is not normalised');
        const transcriptId = newId();
        transcripts.insertTranscript(db, {
          id: transcriptId,
          title: `LAB-${String(t + 1).padStart(4, '0')}`,
          text,
          hash: textHash(text),
          words: g.words,
          sourceName: `lab-${t + 1}.txt`,
          metadata: {},
          importedAt: at(100 + t),
        });
        for (const s of g.sections) sections.insertSection(db, { ...s, id: newId(), transcriptId });
        counts.transcripts++;
        const pool: Passage[] = Array.from({ length: Math.ceil(o.highlightsPerTranscript * 1.3) }, () => {
          const first = Math.floor(rand() * (g.respondentWords.length - 30));
          return {
            first,
            last: first + 2 + Math.floor(rand() * 22),
            code: Math.floor(rand() * codes.length),
            salience: rand(),
          };
        });
        const truth = new Map(scales.map((s) => [s.id, s.min + rand() * (s.max - s.min)]));
        const primary = primaries[Math.min(primaries.length - 1, Math.floor(rand() ** 1.6 * primaries.length))]!;
        coderIds.forEach((coderId, ci) => {
          const owner = { transcriptId, coderId };
          const when = at(10_000 + t * 60 + ci);
          const loss = { id: newId(), ...owner, kind: 'loss' as const, who: 'grandmother', speakerAge: '9' };
          const trauma = { id: newId(), ...owner, kind: 'trauma' as const, who: 'father', speakerAge: '12' };
          for (const e of [loss, trauma]) events.insertEvent(db, { ...e, note: '', createdAt: when });
          for (const s of coderSpans(pool, o.highlightsPerTranscript, g.respondentWords, codes.length, rand)) {
            const code = codes[s.code]!;
            annotations.insertAnnotation(db, {
              id: newId(),
              ...owner,
              codebookKey: active.key,
              codeId: code.id,
              start: s.start,
              end: s.end,
              note: '',
              severity: null,
              eventId: code.eventLinked ? loss.id : null,
              origin: null,
              rationale: '',
              createdAt: when,
              updatedAt: when,
            });
            counts.annotations++;
          }
          counts.ratings += writeRatings(
            db,
            { ...owner, codebookKey: active.key, when },
            scales,
            truth,
            { loss: loss.id, trauma: trauma.id },
            rand,
          );
          const mine = rand() < 0.8 ? primary : pick(rand, primaries);
          classifications.upsertClassification(db, {
            ...owner,
            codebookKey: active.key,
            primary: mine.id,
            subtype: mine.subtypes.length ? pick(rand, mine.subtypes).id : null,
            alternative: mine.requiresAlternative ? pick(rand, organised).id : null,
            secondAlternative: null,
            confidence: Math.round((0.5 + rand() * 0.5) * 100) / 100,
            forced: false,
            note: '',
            origin: null,
            rationale: '',
            updatedAt: when,
          });
          counts.classifications++;
          statuses.upsertStatus(db, { ...owner, status: 'complete', submittedAt: when, updatedAt: when });
        });
      }
    });
    return counts;
  } finally {
    store.close();
  }
}

/** Where a cached project for these parameters lives (the schema version is part of the key). */
export function labProjectCachePath(o: Omit<LabProjectOptions, 'path'>): string {
  const key = `lab-t${o.transcripts}-c${o.coders}-h${o.highlightsPerTranscript}-w${o.words}-s${o.seed}-g${GENERATOR_VERSION}-v${LATEST_SCHEMA_VERSION}`;
  return join(tmpdir(), 'attune-lab-projects', `${key}.attune`);
}

/**
 * The cached project for these parameters, built first when missing (into a temporary name, renamed when
 * complete, so an interrupted build is never mistaken for a finished one). Callers must not write to it.
 */
export function cachedLabProject(o: Omit<LabProjectOptions, 'path'>): { path: string; built: boolean } {
  const path = labProjectCachePath(o);
  if (existsSync(path)) return { path, built: false };
  mkdirSync(join(path, '..'), { recursive: true });
  const partial = `${path}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  makeLabProject({ ...o, path: partial });
  for (const suffix of ['-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  renameSync(partial, path);
  return { path, built: true };
}

export const LAB_SCALE = { transcripts: 150, coders: 4, highlightsPerTranscript: 120, words: 8000, seed: 1 };
export const CONSORTIUM_SCALE = { transcripts: 600, coders: 8, highlightsPerTranscript: 120, words: 8000, seed: 1 };

function parseArgs(argv: string[]): LabProjectOptions {
  const out = argv.find((a, i) => !a.startsWith('--') && (i === 0 || !argv[i - 1]!.startsWith('--')));
  if (!out)
    throw new Error(
      'usage: npx tsx scripts/lab-project.ts OUT.attune [--transcripts 150] [--coders 4] [--highlights 120] [--words 8000] [--seed 1]',
    );
  const num = (name: string, dflt: number): number => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return dflt;
    const v = Number(argv[i + 1]);
    if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} takes a whole number of at least 1`);
    return v;
  };
  return {
    path: resolve(out),
    transcripts: num('transcripts', LAB_SCALE.transcripts),
    coders: num('coders', LAB_SCALE.coders),
    highlightsPerTranscript: num('highlights', LAB_SCALE.highlightsPerTranscript),
    words: num('words', LAB_SCALE.words),
    seed: num('seed', LAB_SCALE.seed),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const o = parseArgs(process.argv.slice(2));
    const t0 = performance.now();
    const c = makeLabProject(o);
    console.log(
      `wrote ${o.path}: ${c.transcripts} transcripts, ${c.coders} coders, ${c.annotations} highlights, ${c.ratings} ratings, ${c.classifications} classifications in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  } catch (e) {
    console.error(`lab-project: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
