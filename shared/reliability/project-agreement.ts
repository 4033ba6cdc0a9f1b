// Project-level agreement: the dashboard's figures for any chosen set of transcripts and coders, on the
// shared agreement engine (no statistic is re-implemented here). Pure: the services, the CLI and the
// tests run the same code. The work is split per transcript (a generator), so a host can report
// progress and yield to its event loop between transcripts.
import {
  cohenKappa,
  confusionMatrix,
  fleissKappa,
  icc,
  percentAgreement,
  spanOverlap,
  unitizingAlpha,
  weightedKappa,
  type AgreementResult,
  type IccForm,
  type RatingCell,
  type Span,
} from '../agreement/index.ts';
import { ICC_NAMES } from '../agreement/icc.ts';
import { overlapCounts } from '../agreement/span-overlap.ts';
import { deriveLevel } from '../codebook/classification.ts';
import { ALTERNATIVE, type ClassificationScheme, type Scale } from '../codebook/codebook-schema.ts';
import {
  aggregateScaleRatings,
  byTranscript,
  defaultLevel,
  formatClassification,
  mean,
  nullStatistic,
  participation,
  scaleSteps,
  sd,
  smallNWarning,
  snapToStep,
  TARGET_ORDER,
  toStatistic,
  valueStatistic,
  type ScaleValue,
} from './common.ts';
import type {
  AgreementAnnotation,
  AgreementClassification,
  ClassificationLevelAgreement,
  CodeAgreement,
  ConfusionTable,
  Disagreement,
  Exclusion,
  IccStatistic,
  PairClassification,
  PassageAgreement,
  ProjectAgreement,
  ProjectAgreementInput,
  ProjectAgreementOptions,
  ScaleAgreement,
  ScalePair,
  Statistic,
  TranscriptAgreementRow,
} from './types.ts';

export const DEFAULT_OVERLAP_THRESHOLD = 0.5;
export const DEFAULT_SCALE_TOLERANCE = 1;
const EPS = 1e-9;

/** The categories of a level in codebook order (the values its map gives, "@alternative" resolved away). */
export function levelCategories(scheme: ClassificationScheme, levelId: string): string[] {
  const level = scheme.levels.find((l) => l.id === levelId);
  if (!level) return [];
  const out: string[] = [];
  for (const p of scheme.primary) {
    const v = level.map[p.id];
    if (v !== undefined && v !== ALTERNATIVE && !out.includes(v)) out.push(v);
  }
  for (const v of Object.values(level.map)) if (v !== ALTERNATIVE && !out.includes(v)) out.push(v);
  return out;
}

function pairsOf<T>(xs: readonly T[]): Array<[T, T]> {
  const out: Array<[T, T]> = [];
  for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) out.push([xs[i] as T, xs[j] as T]);
  return out;
}

function iccStatistic(matrix: RatingCell[][], form: IccForm): IccStatistic {
  const r = icc(matrix, { form });
  const names = ICC_NAMES[form];
  const f = r.details?.fTest as { F: number | null; df1: number; df2: number; p: number | null } | undefined;
  return {
    ...toStatistic(r),
    shroutFleiss: names.shroutFleiss,
    mcGrawWong: names.mcGrawWong,
    fTest: f ? { F: f.F, df1: f.df1, df2: f.df2, p: f.p } : null,
  };
}

interface LevelAcc {
  labels: Map<string, Map<string, string>>; // transcript → coder → label
  excluded: Exclusion[];
}

interface ScaleAcc {
  scale: Scale;
  target: string;
  values: Map<string, Map<string, ScaleValue>>; // transcript → coder → value
}

const spanKey = (a: AgreementAnnotation) => `${a.coderId}\u0000${a.codeId}`;

/**
 * The steps of the computation: yields [done, total] after each transcript and after the pooled
 * statistics; returns the result. total = transcripts + 1.
 */
export function* projectAgreementSteps(
  input: ProjectAgreementInput,
  options: ProjectAgreementOptions = {},
): Generator<[number, number], ProjectAgreement, void> {
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

  const part = participation(input);
  const annsBy = byTranscript(input.annotations.filter((a) => chosen.has(a.coderId)));
  const ratingsBy = byTranscript(input.ratings.filter((r) => chosen.has(r.coderId)));
  const classBy = byTranscript(input.classifications.filter((c) => chosen.has(c.coderId)));
  const scalesById = new Map(input.codebook.scales.map((s) => [s.id, s]));
  const codeLabel = new Map(input.codebook.codes.map((c) => [c.id, c.label]));

  const levelAcc = new Map<string, LevelAcc>(levels.map((l) => [l.id, { labels: new Map(), excluded: [] }]));
  const scaleAcc = new Map<string, ScaleAcc>();
  const pairOverlap = new Map<string, [number, number, number]>();
  const codeOverlap = new Map<string, [number, number, number]>();
  const spansByCoderByCode = new Map<string, Record<string, number>>();
  let overallOverlap: [number, number, number] = [0, 0, 0];
  const rows: TranscriptAgreementRow[] = [];
  const disagreements: Disagreement[] = [];

  let done = 0;
  for (const t of input.transcripts) {
    const coders = coderIds.filter((c) => part.get(t.id)?.has(c));
    const tDis: Disagreement[] = [];

    // Classification: one label per coder and level.
    const cls = new Map<string, AgreementClassification>();
    for (const c of classBy.get(t.id) ?? []) cls.set(c.coderId, c);
    const agreeByLevel: Record<string, boolean | null> = {};
    const differingLevels: string[] = [];
    for (const l of levels) {
      const acc = levelAcc.get(l.id) as LevelAcc;
      const labels = new Map<string, string>();
      for (const c of coderIds) {
        const k = cls.get(c);
        if (!k || !scheme) continue;
        const d = deriveLevel(scheme, l.id, k);
        if (d.label === null) acc.excluded.push({ transcriptId: t.id, coderId: c, reason: d.reason });
        else labels.set(c, d.label);
      }
      if (labels.size > 0) acc.labels.set(t.id, labels);
      const distinct = new Set(labels.values());
      agreeByLevel[l.id] = labels.size >= 2 ? distinct.size === 1 : null;
      if (labels.size >= 2 && distinct.size > 1) differingLevels.push(l.id);
    }
    const classified = coderIds.filter((c) => cls.has(c));
    const written: Record<string, string | null> = {};
    for (const c of coders) {
      const k = cls.get(c);
      written[c] = k ? formatClassification(k) : null;
    }
    if (classified.length >= 2) {
      const strings = classified.map((c) => formatClassification(cls.get(c) as AgreementClassification));
      if (differingLevels.length > 0 || new Set(strings).size > 1) {
        tDis.push({
          kind: 'classification',
          transcriptId: t.id,
          transcriptTitle: t.title,
          coderIds: classified,
          detail: `${classified.map((c, i) => `${nameOf(c)}: ${strings[i]}`).join('; ')}${differingLevels.length ? ` (differ at ${differingLevels.join(', ')})` : ' (same at every level; subtype or alternative differs)'}`,
          start: null,
          end: null,
          levels: differingLevels,
        });
      }
    }

    // Scales: comparable values per scale and target.
    const byCoderScale = new Map<string, typeof input.ratings>();
    for (const r of ratingsBy.get(t.id) ?? []) {
      if (!scalesById.has(r.scaleId)) continue;
      const k = `${r.coderId}\u0000${r.scaleId}`;
      const arr = byCoderScale.get(k);
      if (arr) arr.push(r);
      else byCoderScale.set(k, [r]);
    }
    const touched = new Set<string>();
    for (const [k, rs] of byCoderScale) {
      const [coder, scaleId] = k.split('\u0000') as [string, string];
      const scale = scalesById.get(scaleId) as Scale;
      for (const [target, v] of aggregateScaleRatings(rs, scale)) {
        const key = `${scaleId}\u0000${target}`;
        let acc = scaleAcc.get(key);
        if (!acc) {
          acc = { scale, target, values: new Map() };
          scaleAcc.set(key, acc);
        }
        let per = acc.values.get(t.id);
        if (!per) {
          per = new Map();
          acc.values.set(t.id, per);
        }
        per.set(coder, v);
        touched.add(key);
      }
    }
    for (const key of touched) {
      const acc = scaleAcc.get(key) as ScaleAcc;
      const per = acc.values.get(t.id) as Map<string, ScaleValue>;
      const withValue = coderIds.filter((c) => per.get(c)?.value != null);
      const notRateable = coderIds.filter((c) => per.get(c)?.notRateable);
      const vals = withValue.map((c) => per.get(c)?.value as number);
      const spread = vals.length >= 2 ? Math.max(...vals) - Math.min(...vals) : null;
      const scaleLabel = `${acc.scale.label}${acc.target === 'max' ? '' : ` (${acc.target})`}`;
      if (spread !== null && spread > tolerance + EPS) {
        tDis.push({
          kind: 'scale',
          transcriptId: t.id,
          transcriptTitle: t.title,
          coderIds: withValue,
          detail: `${scaleLabel}: ${withValue.map((c, i) => `${nameOf(c)} ${vals[i]}`).join(', ')}: ${spread} points apart (tolerance ${tolerance})`,
          start: null,
          end: null,
          scaleId: acc.scale.id,
          target: acc.target,
          spread,
        });
      } else if (withValue.length >= 1 && notRateable.length >= 1) {
        tDis.push({
          kind: 'scale',
          transcriptId: t.id,
          transcriptTitle: t.title,
          coderIds: [...withValue, ...notRateable],
          detail: `${scaleLabel}: ${withValue.map((c, i) => `${nameOf(c)} ${vals[i]}`).join(', ')}; not rateable for ${notRateable.map(nameOf).join(', ')}`,
          start: null,
          end: null,
          scaleId: acc.scale.id,
          target: acc.target,
          spread,
        });
      }
    }

    // Passages on this transcript: spans of the coders who took part.
    const anns = (annsBy.get(t.id) ?? []).filter((a) => coders.includes(a.coderId));
    const spansByCoder: Record<string, number> = Object.fromEntries(coders.map((c) => [c, 0]));
    for (const a of anns) {
      spansByCoder[a.coderId] = (spansByCoder[a.coderId] ?? 0) + 1;
      const rec = spansByCoderByCode.get(a.codeId) ?? {};
      rec[a.coderId] = (rec[a.coderId] ?? 0) + 1;
      spansByCoderByCode.set(a.codeId, rec);
    }
    const spans: Span[] = anns.map((a) => ({ coder: a.coderId, category: a.codeId, start: a.start, end: a.end }));
    let rowAlpha: Statistic = nullStatistic('needs at least two coders who took part in this transcript', spans.length);
    let rowOverlap = overlapCounts(0, 0, 0);
    if (coders.length >= 2) {
      const ov = spanOverlap(spans, { threshold, coders, length: t.length });
      if (!ov.reason) {
        rowOverlap = ov.overall;
        overallOverlap = [
          overallOverlap[0] + ov.overall.matched,
          overallOverlap[1] + ov.overall.spansA,
          overallOverlap[2] + ov.overall.spansB,
        ];
        for (const p of ov.pairs) {
          const k = `${p.coderA}\u0000${p.coderB}`;
          const cur = pairOverlap.get(k) ?? [0, 0, 0];
          pairOverlap.set(k, [cur[0] + p.matched, cur[1] + p.spansA, cur[2] + p.spansB]);
        }
        for (const [cat, c] of Object.entries(ov.byCategory)) {
          const cur = codeOverlap.get(cat) ?? [0, 0, 0];
          codeOverlap.set(cat, [cur[0] + c.matched, cur[1] + c.spansA, cur[2] + c.spansB]);
        }
      }
      if (t.length > 0) {
        const ua = unitizingAlpha(spans, { length: t.length, coders });
        rowAlpha = toStatistic(ua.overall, spans.length);
      }
      tDis.push(...spanDisagreements(t.id, t.title, anns, threshold, nameOf, (id) => codeLabel.get(id) ?? id));
    }

    rows.push({
      transcriptId: t.id,
      title: t.title,
      coders,
      classifications: written,
      agreeByLevel,
      alphaU: rowAlpha,
      overlap: rowOverlap,
      spansByCoder,
      disagreements: tDis.length,
    });
    disagreements.push(...tDis);
    done++;
    options.onProgress?.(done, total);
    yield [done, total];
  }

  // Pooled figures.
  const classification = levels.map((l) =>
    classificationLevel(
      l.id,
      l.label,
      scheme as ClassificationScheme,
      levelAcc.get(l.id) as LevelAcc,
      coderIds,
      input.transcripts.map((t) => t.id),
    ),
  );
  const scales = [...scaleAcc.values()]
    .sort(
      (a, b) =>
        input.codebook.scales.indexOf(a.scale) - input.codebook.scales.indexOf(b.scale) ||
        TARGET_ORDER.indexOf(a.target) - TARGET_ORDER.indexOf(b.target),
    )
    .map((acc) =>
      scaleAgreement(
        acc,
        coderIds,
        input.transcripts.map((t) => t.id),
        tolerance,
      ),
    );
  const passages = passageAgreement(input, coderIds, part, annsBy, threshold, {
    pairOverlap,
    codeOverlap,
    spansByCoderByCode,
    overallOverlap,
  });

  const warnings: ProjectAgreement['warnings'] = [];
  for (const c of classification) if (c.warning) warnings.push({ figure: `classification ${c.level}`, ...c.warning });
  for (const s of scales) if (s.warning) warnings.push({ figure: `scale ${s.scaleId} (${s.target})`, ...s.warning });
  if (passages.overall.warning) warnings.push({ figure: 'passages overall', ...passages.overall.warning });
  for (const c of passages.codes) if (c.warning) warnings.push({ figure: `passages ${c.codeId}`, ...c.warning });

  done++;
  options.onProgress?.(done, total);
  yield [done, total];
  return {
    codebookKey: input.codebookKey,
    level,
    // Coders who took part in at least one chosen transcript (a chosen coder with no work here adds nothing).
    coders: input.coders.filter((c) => input.transcripts.some((t) => part.get(t.id)?.has(c.id))),
    transcripts: rows,
    classification,
    scales,
    passages,
    disagreements,
    warnings,
    options: { overlapThreshold: threshold, scaleTolerance: tolerance, level },
  };
}

/** Runs the whole computation at once (CLI, tests); onProgress still fires per transcript. */
export function computeProjectAgreement(
  input: ProjectAgreementInput,
  options: ProjectAgreementOptions = {},
): ProjectAgreement {
  const it = projectAgreementSteps(input, options);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
  }
}

type TimerHost = { setTimeout: (fn: () => void, ms: number) => unknown };

/** Yields to the host's event loop (a macrotask, so I/O and timers run in between). */
export const yieldToEventLoop = (): Promise<void> =>
  new Promise((resolve) => (globalThis as unknown as TimerHost).setTimeout(resolve, 0));

/**
 * The same computation, yielding to the event loop between transcripts so a large project never
 * blocks the host (the services' HTTP host and IPC stay responsive while it runs).
 */
export async function computeProjectAgreementAsync(
  input: ProjectAgreementInput,
  options: ProjectAgreementOptions & { yieldEvery?: number; yieldFn?: () => Promise<void> } = {},
): Promise<ProjectAgreement> {
  const every = Math.max(1, options.yieldEvery ?? 1);
  const pause = options.yieldFn ?? yieldToEventLoop;
  const it = projectAgreementSteps(input, options);
  let steps = 0;
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
    if (++steps % every === 0) await pause();
  }
}

function firstReason(rs: AgreementResult[]): string {
  for (const r of rs) if (r.value === null) return r.reason;
  return 'no value';
}

function emptyConfusion(
  categories: string[],
  kind: ConfusionTable['kind'],
  row: string | null,
  col: string | null,
): ConfusionTable {
  return {
    categories,
    counts: categories.map(() => categories.map(() => 0)),
    total: 0,
    kind,
    rowCoderId: row,
    colCoderId: col,
  };
}

function classificationLevel(
  levelId: string,
  label: string,
  scheme: ClassificationScheme,
  acc: LevelAcc,
  coderIds: string[],
  transcriptIds: string[],
): ClassificationLevelAgreement {
  const categories = levelCategories(scheme, levelId);
  for (const labels of acc.labels.values())
    for (const v of labels.values()) if (!categories.includes(v)) categories.push(v);
  const coders = coderIds.filter((c) => [...acc.labels.values()].some((m) => m.has(c)));
  const matrix: RatingCell[][] = [];
  for (const t of transcriptIds) {
    const labels = acc.labels.get(t);
    if (labels) matrix.push(coders.map((c) => labels.get(c) ?? null));
  }
  const n = matrix.filter((r) => r.filter((v) => v !== null).length >= 2).length;
  const pa =
    n > 0
      ? toStatistic(percentAgreement(matrix), n)
      : nullStatistic('no transcript has labels from two or more coders at this level', 0);
  const two = coders.length === 2;
  let kappa: ClassificationLevelAgreement['kappa'];
  if (coders.length < 2 || n === 0)
    kappa = {
      ...nullStatistic('kappa needs transcripts labelled by at least two coders', n),
      statistic: two ? 'cohen-kappa' : 'fleiss-kappa',
    };
  else
    kappa = {
      ...toStatistic(two ? cohenKappa(matrix, { categories }) : fleissKappa(matrix, { categories }), n),
      statistic: two ? 'cohen-kappa' : 'fleiss-kappa',
    };

  const pairs: PairClassification[] = [];
  for (const [i, j] of pairsOf(coders.map((_, k) => k))) {
    const cm = confusionMatrix(matrix, { coders: [i, j], categories });
    if (!cm.ok || cm.matrix.total === 0) continue;
    const a = coders[i] as string;
    const b = coders[j] as string;
    const k = cohenKappa(
      matrix.map((r) => [r[i] ?? null, r[j] ?? null]),
      { categories },
    );
    pairs.push({
      coderA: a,
      coderB: b,
      n: cm.matrix.total,
      agreement: cm.matrix.agreement,
      kappa: toStatistic(k, cm.matrix.total),
      confusion: {
        categories,
        counts: cm.matrix.counts,
        total: cm.matrix.total,
        kind: 'pair',
        rowCoderId: a,
        colCoderId: b,
      },
    });
  }
  let confusion: ConfusionTable;
  if (two) confusion = pairs[0]?.confusion ?? emptyConfusion(categories, 'pair', coders[0] ?? null, coders[1] ?? null);
  else if (coders.length < 2) confusion = emptyConfusion(categories, 'pair', coders[0] ?? null, null);
  else {
    confusion = emptyConfusion(categories, 'pooled-pairs', null, null);
    for (const p of pairs)
      for (let i = 0; i < categories.length; i++)
        for (let j = 0; j < categories.length; j++) {
          const row = confusion.counts[i] as number[];
          row[j] =
            (row[j] as number) +
            ((p.confusion.counts[i] as number[])[j] as number) +
            ((p.confusion.counts[j] as number[])[i] as number);
        }
    confusion.total = pairs.reduce((s, p) => s + 2 * p.n, 0);
  }
  return {
    level: levelId,
    label,
    categories,
    coders,
    n,
    percentAgreement: pa,
    kappa,
    confusion,
    pairs,
    excluded: acc.excluded,
    warning: smallNWarning(n, 'transcripts', 'kappa'),
  };
}

function scaleAgreement(acc: ScaleAcc, coderIds: string[], transcriptIds: string[], tolerance: number): ScaleAgreement {
  const { scale, target } = acc;
  const coders = coderIds.filter((c) => [...acc.values.values()].some((m) => m.get(c)?.value != null));
  const units: Array<{ t: string; row: Array<number | null> }> = [];
  let notRateableMismatches = 0;
  for (const t of transcriptIds) {
    const per = acc.values.get(t);
    if (!per) continue;
    const row = coders.map((c) => {
      const v = per.get(c)?.value;
      return v === null || v === undefined ? null : snapToStep(v, scale);
    });
    if (row.some((v) => v !== null)) units.push({ t, row });
    if ([...per.values()].some((v) => v.value !== null) && [...per.values()].some((v) => v.notRateable))
      notRateableMismatches++;
  }
  const matrix: RatingCell[][] = units.map((u) => u.row);
  const n = units.filter((u) => u.row.filter((v) => v !== null).length >= 2).length;
  const steps = scaleSteps(scale);

  // |a − b| over every pair of coders on a unit.
  const diffs: number[] = [];
  for (const u of units)
    for (const [a, b] of pairsOf(u.row.filter((v): v is number => v !== null))) diffs.push(Math.abs(a - b));
  const mad = diffs.length
    ? valueStatistic(mean(diffs), diffs.length)
    : nullStatistic('no transcript has values from two coders', 0);
  const within = diffs.length
    ? valueStatistic(diffs.filter((d) => d <= tolerance + EPS).length / diffs.length, diffs.length)
    : nullStatistic('no transcript has values from two coders', 0);

  const pairs: ScalePair[] = [];
  const pairKappas: AgreementResult[] = [];
  for (const [i, j] of pairsOf(coders.map((_, k) => k))) {
    const points = units.flatMap((u) => {
      const a = u.row[i];
      const b = u.row[j];
      return a != null && b != null ? [{ transcriptId: u.t, a, b }] : [];
    });
    if (points.length === 0) continue;
    const d = points.map((p) => p.a - p.b);
    const bias = mean(d);
    const s = d.length >= 2 ? sd(d) : null;
    pairs.push({
      coderA: coders[i] as string,
      coderB: coders[j] as string,
      n: points.length,
      points,
      bias,
      sdDiff: s,
      loaLower: s === null ? null : bias - 1.96 * s,
      loaUpper: s === null ? null : bias + 1.96 * s,
    });
    pairKappas.push(
      weightedKappa(
        matrix.map((r) => [r[i] ?? null, r[j] ?? null]),
        { weights: 'quadratic', categories: steps },
      ),
    );
  }
  let wk: ScaleAgreement['weightedKappa'];
  if (coders.length === 2)
    wk = {
      ...toStatistic(pairKappas[0] ?? weightedKappa(matrix, { weights: 'quadratic', categories: steps }), n),
      statistic: 'weighted-kappa',
    };
  else if (coders.length < 2)
    wk = { ...nullStatistic('weighted kappa needs values from at least two coders', n), statistic: 'weighted-kappa' };
  else {
    const defined = pairKappas.filter((k) => k.value !== null).map((k) => k.value as number);
    wk = defined.length
      ? { ...valueStatistic(mean(defined), n), statistic: 'mean-pairwise-weighted-kappa' }
      : {
          ...nullStatistic(
            pairKappas.length
              ? `undefined for every coder pair (${firstReason(pairKappas)})`
              : 'no coder pair shares a transcript',
            n,
          ),
          statistic: 'mean-pairwise-weighted-kappa',
        };
  }
  const iccInput = coders.length >= 2 ? matrix : [];
  const noIcc = (form: IccForm): IccStatistic => ({
    ...nullStatistic('ICC needs at least two coders', 0),
    shroutFleiss: ICC_NAMES[form].shroutFleiss,
    mcGrawWong: ICC_NAMES[form].mcGrawWong,
    fTest: null,
  });
  return {
    scaleId: scale.id,
    label: scale.label,
    target,
    aggregate: scale.aggregate,
    min: scale.min,
    max: scale.max,
    step: scale.step,
    coders,
    n,
    iccA1: coders.length >= 2 ? iccStatistic(iccInput, '2,1') : noIcc('2,1'),
    iccC1: coders.length >= 2 ? iccStatistic(iccInput, '3,1') : noIcc('3,1'),
    weightedKappa: wk,
    meanAbsoluteDifference: mad,
    withinTolerance: { ...within, tolerance },
    notRateableMismatches,
    pairs,
    warning: smallNWarning(n, 'transcripts', 'agreement figure'),
  };
}

function passageAgreement(
  input: ProjectAgreementInput,
  coderIds: string[],
  part: Map<string, Set<string>>,
  annsBy: Map<string, AgreementAnnotation[]>,
  threshold: number,
  acc: {
    pairOverlap: Map<string, [number, number, number]>;
    codeOverlap: Map<string, [number, number, number]>;
    spansByCoderByCode: Map<string, Record<string, number>>;
    overallOverlap: [number, number, number];
  },
): PassageAgreement {
  const coders = coderIds.filter((c) => input.transcripts.some((t) => part.get(t.id)?.has(c)));
  const pooled: string[] = [];
  const excluded: PassageAgreement['excludedTranscripts'] = [];
  const spans: Span[] = [];
  let offset = 0;
  for (const t of input.transcripts) {
    const took = part.get(t.id) ?? new Set<string>();
    const missing = coders.filter((c) => !took.has(c));
    if (coders.length < 2) continue;
    if (missing.length > 0) {
      if (took.size > 0)
        excluded.push({
          transcriptId: t.id,
          reason: `not coded by every passage coder (missing: ${missing.map((c) => input.coders.find((x) => x.id === c)?.name ?? c).join(', ')})`,
        });
      continue;
    }
    if (t.length <= 0) continue;
    for (const a of annsBy.get(t.id) ?? [])
      if (took.has(a.coderId))
        spans.push({ coder: a.coderId, category: a.codeId, start: a.start + offset, end: a.end + offset });
    pooled.push(t.id);
    offset += t.length;
  }
  const codeIds = input.codebook.codes.filter((c) => !c.archived || acc.spansByCoderByCode.has(c.id)).map((c) => c.id);
  for (const c of acc.spansByCoderByCode.keys()) if (!codeIds.includes(c)) codeIds.push(c);
  const label = new Map(input.codebook.codes.map((c) => [c.id, c.label]));

  let alphaOverall: Statistic;
  let perCode: Record<string, AgreementResult> = {};
  if (coders.length < 2) alphaOverall = nullStatistic('unitizing alpha needs at least two coders who took part', 0);
  else if (pooled.length === 0)
    alphaOverall = nullStatistic(
      'no transcript was coded by every passage coder; choose coders who coded the same transcripts',
      0,
    );
  else {
    const ua = unitizingAlpha(spans, { length: offset, coders, categories: codeIds });
    perCode = ua.categories;
    alphaOverall = toStatistic(ua.overall, spans.length);
  }
  const codes: CodeAgreement[] = codeIds.map((id) => {
    const r = perCode[id];
    const nSpans = spans.filter((s) => s.category === id).length;
    const o = acc.codeOverlap.get(id) ?? [0, 0, 0];
    return {
      codeId: id,
      label: label.get(id) ?? id,
      alphaU: r
        ? toStatistic(r, nSpans)
        : { ...alphaOverall, value: null, reason: alphaOverall.reason ?? 'not computed', n: nSpans },
      overlap: overlapCounts(o[0], o[1], o[2]),
      spansByCoder: acc.spansByCoderByCode.get(id) ?? {},
      warning: smallNWarning(nSpans, 'spans', 'unitizing alpha'),
    };
  });
  const pairs: PassageAgreement['pairs'] = [];
  for (const [k, [m, a, b]] of acc.pairOverlap) {
    const [coderA, coderB] = k.split('\u0000') as [string, string];
    pairs.push({ coderA, coderB, ...overlapCounts(m, a, b) });
  }
  const [m, a, b] = acc.overallOverlap;
  return {
    overlapThreshold: threshold,
    coders,
    pooledTranscripts: pooled,
    continuumLength: offset,
    excludedTranscripts: excluded,
    overall: {
      alphaU: alphaOverall,
      overlap: overlapCounts(m, a, b),
      spans: spans.length,
      warning: smallNWarning(spans.length, 'spans', 'unitizing alpha'),
    },
    codes,
    pairs,
  };
}

/**
 * Span disagreements on one transcript (spans of the coders who took part):
 * - different-codes-same-span: spans of two coders that match by position (Jaccard ≥ threshold) but
 *   carry different codes, where neither coder also used the other's code on that passage;
 * - span-only-one-coder: a span whose code no other coder put anywhere on the passage (any overlap),
 *   and that is not already listed as a different-codes pair.
 */
export function spanDisagreements(
  transcriptId: string,
  title: string,
  anns: readonly AgreementAnnotation[],
  threshold: number,
  nameOf: (coderId: string) => string,
  codeName: (codeId: string) => string,
): Disagreement[] {
  const sorted = [...anns].sort((x, y) => x.start - y.start || x.end - y.end);
  const overlaps = (s: AgreementAnnotation, t: AgreementAnnotation) =>
    Math.min(s.end, t.end) > Math.max(s.start, t.start);
  const jaccard = (s: AgreementAnnotation, t: AgreementAnnotation) =>
    (Math.min(s.end, t.end) - Math.max(s.start, t.start)) / (Math.max(s.end, t.end) - Math.min(s.start, t.start));
  const byCoderCode = new Map<string, AgreementAnnotation[]>();
  for (const a of sorted) {
    const k = spanKey(a);
    const arr = byCoderCode.get(k);
    if (arr) arr.push(a);
    else byCoderCode.set(k, [a]);
  }
  const hasCodeOver = (coderId: string, codeId: string, s: AgreementAnnotation) =>
    (byCoderCode.get(`${coderId}\u0000${codeId}`) ?? []).some((x) => overlaps(x, s));
  const explained = new Set<AgreementAnnotation>();
  const out: Disagreement[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i] as AgreementAnnotation;
    for (let j = i + 1; j < sorted.length; j++) {
      const t = sorted[j] as AgreementAnnotation;
      if (t.start >= s.end) break;
      if (t.coderId === s.coderId || t.codeId === s.codeId || jaccard(s, t) < threshold) continue;
      if (hasCodeOver(s.coderId, t.codeId, t) || hasCodeOver(t.coderId, s.codeId, s)) continue;
      explained.add(s);
      explained.add(t);
      out.push({
        kind: 'different-codes-same-span',
        transcriptId,
        transcriptTitle: title,
        coderIds: [s.coderId, t.coderId],
        detail: `${nameOf(s.coderId)}: ${codeName(s.codeId)}; ${nameOf(t.coderId)}: ${codeName(t.codeId)}`,
        start: Math.min(s.start, t.start),
        end: Math.max(s.end, t.end),
        codeIds: [s.codeId, t.codeId],
      });
    }
  }
  const coders = [...new Set(anns.map((a) => a.coderId))];
  for (const s of sorted) {
    if (explained.has(s)) continue;
    const others = coders.filter((c) => c !== s.coderId);
    if (others.some((c) => hasCodeOver(c, s.codeId, s))) continue;
    out.push({
      kind: 'span-only-one-coder',
      transcriptId,
      transcriptTitle: title,
      coderIds: [s.coderId],
      detail: `only ${nameOf(s.coderId)} marked ${codeName(s.codeId)} here`,
      start: s.start,
      end: s.end,
      codeIds: [s.codeId],
    });
  }
  return out.sort((x, y) => (x.start ?? 0) - (y.start ?? 0));
}
