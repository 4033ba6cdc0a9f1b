// Project-level agreement: the dashboard's figures for any chosen set of transcripts and coders, on the
// shared agreement engine (no statistic is re-implemented here). Pure: the services, the CLI and the
// tests run the same code. The work is split per transcript (a generator), so a host can report
// progress and yield to its event loop between transcripts. What each part computes lives beside this
// file: classification-agreement.ts, scale-agreement.ts, passage-agreement.ts.
import type { ClassificationScheme, Scale } from '../codebook/codebook-schema.ts';
import { classificationLevel, classifyTranscript, type LevelAcc } from './classification-agreement.ts';
import { byTranscript, defaultLevel, TARGET_ORDER } from './common.ts';
import {
  newPassageAcc,
  passageAgreement,
  transcriptPassages,
  type DisagreementMode,
  type PassageAcc,
  type TranscriptUnitizing,
} from './passage-agreement.ts';
import type { ObservedSums, PooledUnitizing } from './pooled-unitizing.ts';
import { accumulateScales, scaleAgreement, scaleDisagreements, type ScaleAcc } from './scale-agreement.ts';
import type {
  AgreementAnnotation,
  AgreementClassification,
  AgreementRating,
  AgreementStatus,
  ClassificationLevelAgreement,
  Disagreement,
  DisagreementKind,
  ProjectAgreement,
  ProjectAgreementInput,
  ProjectAgreementOptions,
  ScaleAgreement,
  TranscriptAgreementRow,
} from './types.ts';

export const DEFAULT_OVERLAP_THRESHOLD = 0.5;
export const DEFAULT_SCALE_TOLERANCE = 1;

/** The accumulators the per-transcript steps fill and the pooled figures read. */
interface Accumulators {
  levels: Map<string, LevelAcc>;
  scales: Map<string, ScaleAcc>;
  passages: PassageAcc;
}

/**
 * The pooled figures over all chosen transcripts, and the warnings of those that rest on few units.
 * Pauses (yields) between levels, scales and codes: at consortium size each is a sizeable piece of work.
 */
function* pooledFigures(
  input: ProjectAgreementInput,
  coderIds: string[],
  part: Map<string, Set<string>>,
  annsBy: ReadonlyMap<string, readonly AgreementAnnotation[]>,
  acc: Accumulators,
  settings: { threshold: number; tolerance: number },
  ahead: () => PooledUnitizing | undefined,
): Generator<
  'records' | null | void,
  Pick<ProjectAgreement, 'classification' | 'scales' | 'passages' | 'warnings'>,
  void
> {
  const scheme = input.codebook.classification;
  const levels = scheme?.levels ?? [];
  const transcriptIds = input.transcripts.map((t) => t.id);
  const classification: ClassificationLevelAgreement[] = [];
  for (const l of levels) {
    const acc1 = acc.levels.get(l.id) as LevelAcc;
    classification.push(
      classificationLevel(l.id, l.label, scheme as ClassificationScheme, acc1, coderIds, transcriptIds),
    );
    yield null;
  }
  const scales: ScaleAgreement[] = [];
  const order = [...acc.scales.values()].sort(
    (a, b) =>
      input.codebook.scales.indexOf(a.scale) - input.codebook.scales.indexOf(b.scale) ||
      TARGET_ORDER.indexOf(a.target) - TARGET_ORDER.indexOf(b.target),
  );
  for (const s of order) {
    scales.push(scaleAgreement(s, coderIds, transcriptIds, settings.tolerance));
    yield null;
  }
  // The passages read what a host may still be computing ahead (the pooled continuum's unitizing alpha).
  yield 'records';
  const passages = yield* passageAgreement(input, coderIds, part, annsBy, settings.threshold, acc.passages, ahead());

  const warnings: ProjectAgreement['warnings'] = [];
  for (const c of classification) if (c.warning) warnings.push({ figure: `classification ${c.level}`, ...c.warning });
  for (const s of scales) if (s.warning) warnings.push({ figure: `scale ${s.scaleId} (${s.target})`, ...s.warning });
  if (passages.overall.warning) warnings.push({ figure: 'passages overall', ...passages.overall.warning });
  for (const c of passages.codes) if (c.warning) warnings.push({ figure: `passages ${c.codeId}`, ...c.warning });
  return { classification, scales, passages, warnings };
}

/** What a host may ask of the steps beyond the figures' own options. */
export interface AgreementStepOptions extends ProjectAgreementOptions {
  /**
   * Each transcript's disagreements as they are found, in the order of the full list; `counted`: how many
   * more of each kind were only counted (countDisagreements), not listed.
   */
  onDisagreements?: (
    transcriptId: string,
    found: readonly Disagreement[],
    counted: Partial<Record<DisagreementKind, number>>,
  ) => void;
  /**
   * false: the result's `disagreements` stays empty, so a very large project never holds them all (a host
   * that serves them a page at a time takes what it needs through onDisagreements). Default true.
   */
  keepDisagreements?: boolean;
  /**
   * false for a transcript: its passage disagreements are only counted by the host, so their `detail`
   * stays empty (a consortium has hundreds of thousands; a page shows a few hundred). Default: all described.
   */
  describeDisagreements?: (transcriptId: string) => boolean;
  /**
   * true for a transcript: its passage disagreements are not listed at all, only counted (onDisagreements'
   * `counted`). Honoured only with keepDisagreements false (the full list would miss them). Default: none.
   */
  countDisagreements?: (transcriptId: string) => boolean;
  /**
   * Where each transcript's highlights and ratings come from, asked once per transcript as the steps reach
   * it (a host may still be reading the later ones); the input's arrays are then not used. Default: the
   * input's `annotations` and `ratings`.
   */
  source?: TranscriptSource;
}

/** Each transcript's highlights (in text order) and ratings. */
export interface TranscriptSource {
  annotationsOf(transcriptId: string): readonly AgreementAnnotation[];
  ratingsOf(transcriptId: string): readonly AgreementRating[];
  /** Its unitizing alpha if the source computed it ahead over exactly these coders (transcriptUnitizing). */
  unitizingOf?(transcriptId: string, coders: readonly string[]): TranscriptUnitizing | undefined;
  /** The pooled continuum's unitizing alpha, if computed ahead (used only for exactly the same continuum). */
  pooledUnitizing?(): PooledUnitizing | undefined;
  /**
   * Told, for a transcript whose unitizing alpha the source did not give, the observed sums the steps computed
   * (null: none), so a source computing the pooled figure ahead can use them.
   */
  unitizedHere?(transcriptId: string, observed: ObservedSums | null): void;
}

/** The input's own arrays, grouped by transcript. */
function arraySource(input: ProjectAgreementInput): TranscriptSource {
  const annsBy = byTranscript(input.annotations);
  const ratingsBy = byTranscript(input.ratings);
  return { annotationsOf: (id) => annsBy.get(id) ?? [], ratingsOf: (id) => ratingsBy.get(id) ?? [] };
}

const NONE: never[] = [];

/** Only the chosen coders' records (the same array when every record is one of theirs). */
function ofChosen<T extends { coderId: string }>(items: readonly T[], chosen: Set<string>): readonly T[] {
  for (const x of items) if (!chosen.has(x.coderId)) return items.filter((y) => chosen.has(y.coderId));
  return items;
}

/** How a transcript's span disagreements are kept, as the host asks. */
function disagreementMode(options: AgreementStepOptions, transcriptId: string): DisagreementMode {
  if (options.keepDisagreements === false && options.countDisagreements?.(transcriptId)) return 'count';
  return (options.describeDisagreements?.(transcriptId) ?? true) ? 'describe' : 'list';
}

/** The chosen coders who took part in a transcript (any highlight, rating, classification or started status). */
function tookPart(
  chosen: Set<string>,
  anns: readonly AgreementAnnotation[],
  ratings: readonly AgreementRating[],
  classifications: readonly AgreementClassification[],
  statuses: readonly AgreementStatus[],
): Set<string> {
  const took = new Set<string>();
  for (const a of anns) took.add(a.coderId);
  for (const r of ratings) took.add(r.coderId);
  for (const c of classifications) took.add(c.coderId);
  for (const x of statuses) if (x.status !== 'not-started' && chosen.has(x.coderId)) took.add(x.coderId);
  return took;
}

/**
 * A step's progress [done, total] and what the next step reads: the index of a transcript (its records), the
 * number of transcripts (everything: all records and the pooled figure computed ahead), or null (nothing new),
 * so a host reading ahead knows what to wait for.
 */
export type AgreementStep = [done: number, total: number, needs: number | null];

/**
 * The steps of the computation: yields after each transcript and after each part of the pooled
 * statistics; returns the result. total = transcripts + 1.
 */
export function* projectAgreementSteps(
  input: ProjectAgreementInput,
  options: AgreementStepOptions = {},
): Generator<AgreementStep, ProjectAgreement, void> {
  const threshold = options.overlapThreshold ?? DEFAULT_OVERLAP_THRESHOLD;
  const tolerance = options.scaleTolerance ?? DEFAULT_SCALE_TOLERANCE;
  const scheme = input.codebook.classification;
  const levels = scheme?.levels ?? [];
  const level = defaultLevel(levels, options.level);
  const coderIds = input.coders.map((c) => c.id);
  const chosen = new Set(coderIds);
  const name = new Map(input.coders.map((c) => [c.id, c.name]));
  const nameOf = (id: string) => name.get(id) ?? id;
  const total = input.transcripts.length + 1;

  const source = options.source ?? arraySource(input);
  // Filled as each transcript is reached (the pooled figures read them once all are).
  const part = new Map<string, Set<string>>();
  const annsBy = new Map<string, readonly AgreementAnnotation[]>();
  const classBy = byTranscript(input.classifications.filter((c) => chosen.has(c.coderId)));
  const statusBy = byTranscript(input.statuses ?? []);
  const scalesById = new Map<string, Scale>(input.codebook.scales.map((s) => [s.id, s]));
  const codeLabel = new Map(input.codebook.codes.map((c) => [c.id, c.label]));
  const names = { coder: nameOf, code: (id: string) => codeLabel.get(id) ?? id };

  const acc: Accumulators = {
    levels: new Map(levels.map((l) => [l.id, { labels: new Map(), excluded: [] }])),
    scales: new Map(),
    passages: newPassageAcc(),
  };
  const rows: TranscriptAgreementRow[] = [];
  const disagreements: Disagreement[] = [];

  let done = 0;
  for (const t of input.transcripts) {
    const anns = ofChosen(source.annotationsOf(t.id), chosen);
    const ratings = ofChosen(source.ratingsOf(t.id), chosen);
    const found = classBy.get(t.id) ?? NONE;
    const took = tookPart(chosen, anns, ratings, found, statusBy.get(t.id) ?? NONE);
    part.set(t.id, took);
    annsBy.set(t.id, anns);
    const coders = coderIds.filter((c) => took.has(c));
    const cls = classifyTranscript(t, found, scheme, acc.levels, { chosen: coderIds, tookPart: coders }, nameOf);
    const touched = accumulateScales(t.id, ratings, scalesById, acc.scales);
    const scaleDis = scaleDisagreements(t, touched, acc.scales, coderIds, tolerance, nameOf);
    // Every chosen coder with a highlight here took part (participation counts highlights): no filtering.
    const mode = disagreementMode(options, t.id);
    const unitizing = source.unitizingOf?.(t.id, coders);
    const passages = transcriptPassages(t, coders, anns, threshold, acc.passages, names, mode, unitizing);
    if (!unitizing) source.unitizedHere?.(t.id, acc.passages.observed.get(t.id) ?? null);
    const tDis = [...(cls.disagreement ? [cls.disagreement] : []), ...scaleDis, ...passages.disagreements];
    let nCounted = 0;
    for (const n of Object.values(passages.counted)) nCounted += n;

    rows.push({
      transcriptId: t.id,
      title: t.title,
      coders,
      classifications: cls.written,
      agreeByLevel: cls.agreeByLevel,
      alphaU: passages.alphaU,
      overlap: passages.overlap,
      spansByCoder: passages.spansByCoder,
      disagreements: tDis.length + nCounted,
    });
    options.onDisagreements?.(t.id, tDis, passages.counted);
    if (options.keepDisagreements !== false) for (const d of tDis) disagreements.push(d);
    done++;
    options.onProgress?.(done, total);
    yield [done, total, done < input.transcripts.length ? done : null];
  }

  // The pooled figures pause as they go: each pause is a step at the same [done, total].
  const ahead = () => source.pooledUnitizing?.();
  const pooledSteps = pooledFigures(input, coderIds, part, annsBy, acc, { threshold, tolerance }, ahead);
  let pooledStep = pooledSteps.next();
  while (!pooledStep.done) {
    yield [done, total, pooledStep.value === 'records' ? input.transcripts.length : null];
    pooledStep = pooledSteps.next();
  }
  const pooled = pooledStep.value;

  done++;
  options.onProgress?.(done, total);
  yield [done, total, null];
  return {
    codebookKey: input.codebookKey,
    level,
    // Coders who took part in at least one chosen transcript (a chosen coder with no work here adds nothing).
    coders: input.coders.filter((c) => input.transcripts.some((t) => part.get(t.id)?.has(c.id))),
    transcripts: rows,
    classification: pooled.classification,
    scales: pooled.scales,
    passages: pooled.passages,
    disagreements,
    warnings: pooled.warnings,
    options: { overlapThreshold: threshold, scaleTolerance: tolerance, level },
  };
}

/** Runs the whole computation at once (CLI, tests); onProgress still fires per transcript. */
export function computeProjectAgreement(
  input: ProjectAgreementInput,
  options: AgreementStepOptions = {},
): ProjectAgreement {
  const it = projectAgreementSteps(input, options);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
  }
}

type TimerHost = {
  setTimeout: (fn: () => void, ms: number) => unknown;
  setImmediate?: (fn: () => void) => unknown;
};

/**
 * Yields to the host's event loop (a macrotask, so I/O and timers run in between): setImmediate where the
 * host has it (Node), since a 0 ms timeout waits at least 1 ms, which hundreds of pauses turned into most
 * of a second of idling at consortium size.
 */
export const yieldToEventLoop = (): Promise<void> =>
  new Promise((resolve) => {
    const host = globalThis as unknown as TimerHost;
    if (host.setImmediate) host.setImmediate(resolve);
    else host.setTimeout(resolve, 0);
  });

/**
 * The same computation, yielding to the event loop so a large project never blocks the host (the
 * services' HTTP host and IPC stay responsive while it runs): after every `yieldEvery` steps once
 * `sliceMs` have passed since the last pause (default: every 15 ms of work; with a `yieldFn` or
 * `yieldEvery` of its own and no `sliceMs`, after every `yieldEvery` steps).
 */
export async function computeProjectAgreementAsync(
  input: ProjectAgreementInput,
  options: AgreementStepOptions & {
    yieldEvery?: number;
    yieldFn?: () => Promise<void>;
    sliceMs?: number;
    /**
     * Waited for before a step that reads the records of the transcript at this index (they may still be on
     * the way), or with the number of transcripts, everything (the pooled figure computed ahead included).
     */
    ready?: (index: number) => Promise<void> | null;
  } = {},
): Promise<ProjectAgreement> {
  const every = Math.max(1, options.yieldEvery ?? 1);
  const slice = options.sliceMs ?? (options.yieldFn || options.yieldEvery ? 0 : 15);
  const pause = options.yieldFn ?? yieldToEventLoop;
  const it = projectAgreementSteps(input, options);
  let steps = 0;
  let last = Date.now();
  let next: number | null = 0;
  for (;;) {
    const waiting = next === null ? null : options.ready?.(next);
    if (waiting) {
      await waiting;
      last = Date.now();
    }
    const r = it.next();
    if (r.done) return r.value;
    next = r.value[2];
    if (++steps % every === 0 && Date.now() - last >= slice) {
      await pause();
      last = Date.now();
    }
  }
}
