// Classification agreement: per transcript, each coder's label at every level of the scheme and the
// classification disagreement; pooled over the transcripts, percent agreement, kappa and confusion
// tables per level.
import { cohenKappa, confusionMatrix, fleissKappa, percentAgreement, type RatingCell } from '../agreement/index.ts';
import { deriveLevel } from '../codebook/classification.ts';
import { ALTERNATIVE, type ClassificationScheme } from '../codebook/codebook-schema.ts';
import { formatClassification, nullStatistic, pairsOf, smallNWarning, toStatistic } from './common.ts';
import type {
  AgreementClassification,
  AgreementTranscript,
  ClassificationLevelAgreement,
  ConfusionTable,
  Disagreement,
  Exclusion,
  PairClassification,
} from './types.ts';

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

/** One level's labels gathered over the transcripts. */
export interface LevelAcc {
  labels: Map<string, Map<string, string>>; // transcript → coder → label
  excluded: Exclusion[];
}

/** What one transcript's classifications add to its row. */
export interface TranscriptClassification {
  /** The written classification of each coder who took part (null: none). */
  written: Record<string, string | null>;
  agreeByLevel: Record<string, boolean | null>;
  disagreement: Disagreement | null;
}

/**
 * One transcript's classifications: one label per coder and level (added to the level accumulators,
 * with the codings a level cannot place as exclusions), and a disagreement when the classifications
 * of two or more coders differ anywhere.
 */
export function classifyTranscript(
  t: AgreementTranscript,
  found: readonly AgreementClassification[],
  scheme: ClassificationScheme | null | undefined,
  levelAcc: Map<string, LevelAcc>,
  coders: { chosen: string[]; tookPart: string[] },
  nameOf: (coderId: string) => string,
): TranscriptClassification {
  const cls = new Map<string, AgreementClassification>();
  for (const c of found) cls.set(c.coderId, c);
  const agreeByLevel: Record<string, boolean | null> = {};
  const differingLevels: string[] = [];
  for (const l of scheme?.levels ?? []) {
    const acc = levelAcc.get(l.id) as LevelAcc;
    const labels = new Map<string, string>();
    for (const c of coders.chosen) {
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
  const classified = coders.chosen.filter((c) => cls.has(c));
  const written: Record<string, string | null> = {};
  for (const c of coders.tookPart) {
    const k = cls.get(c);
    written[c] = k ? formatClassification(k) : null;
  }
  let disagreement: Disagreement | null = null;
  if (classified.length >= 2) {
    const strings = classified.map((c) => formatClassification(cls.get(c) as AgreementClassification));
    if (differingLevels.length > 0 || new Set(strings).size > 1) {
      disagreement = {
        kind: 'classification',
        transcriptId: t.id,
        transcriptTitle: t.title,
        coderIds: classified,
        detail: `${classified.map((c, i) => `${nameOf(c)}: ${strings[i]}`).join('; ')}${differingLevels.length ? ` (differ at ${differingLevels.join(', ')})` : ' (same at every level; subtype or alternative differs)'}`,
        start: null,
        end: null,
        levels: differingLevels,
      };
    }
  }
  return { written, agreeByLevel, disagreement };
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

/** Cohen's kappa and the confusion table of every coder pair that shares a labelled transcript. */
function pairClassifications(matrix: RatingCell[][], coders: string[], categories: string[]): PairClassification[] {
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
  return pairs;
}

/** The level's confusion table: the pair's own with two coders, else every pair's table pooled symmetrically. */
function levelConfusion(categories: string[], coders: string[], pairs: PairClassification[]): ConfusionTable {
  if (coders.length === 2)
    return pairs[0]?.confusion ?? emptyConfusion(categories, 'pair', coders[0] ?? null, coders[1] ?? null);
  if (coders.length < 2) return emptyConfusion(categories, 'pair', coders[0] ?? null, null);
  const confusion = emptyConfusion(categories, 'pooled-pairs', null, null);
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
  return confusion;
}

/** Pooled agreement at one level over the chosen transcripts. */
export function classificationLevel(
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
  const pairs = pairClassifications(matrix, coders, categories);
  return {
    level: levelId,
    label,
    categories,
    coders,
    n,
    percentAgreement: pa,
    kappa,
    confusion: levelConfusion(categories, coders, pairs),
    pairs,
    excluded: acc.excluded,
    warning: smallNWarning(n, 'transcripts', 'kappa'),
  };
}
