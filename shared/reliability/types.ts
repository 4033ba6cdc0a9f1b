// Input and output types of project-level agreement (the dashboard, the CLI and the report).
// Pure data: the services gather what the acting coder may see; nothing here knows about blind mode.
import type { OverlapCounts } from '../agreement/span-overlap.ts';
import type { AgreementResult } from '../agreement/types.ts';
import type { Codebook } from '../codebook/codebook-schema.ts';

// ---------------------------------------------------------------------------------------------
// Input

export interface AgreementTranscript {
  id: string;
  title: string;
  /** Participant code from the metadata, when the acting coder may see it (exports only). */
  participant?: string | null;
  /** Length of the stored text in UTF-16 code units (the continuum for passage statistics). */
  length: number;
}

export interface AgreementCoder {
  id: string;
  name: string;
  role?: string;
}

export interface AgreementAnnotation {
  transcriptId: string;
  coderId: string;
  codeId: string;
  /** Half-open [start, end) offsets into the transcript text. */
  start: number;
  end: number;
}

export interface AgreementRating {
  transcriptId: string;
  coderId: string;
  scaleId: string;
  /** mother | father | other | transcript | event:<id> */
  target: string;
  value: number | null;
  notRateable: boolean;
}

export interface AgreementClassification {
  transcriptId: string;
  coderId: string;
  primary: string;
  subtype: string | null;
  alternative: string | null;
}

export interface AgreementStatus {
  transcriptId: string;
  coderId: string;
  status: 'not-started' | 'in-progress' | 'complete';
  submittedAt: string | null;
}

/**
 * Everything project agreement needs, as plain data. `coders` are the coders to compare (in display
 * order); data of anyone else is ignored. A coder *took part* in a transcript when they have any
 * highlight, rating or classification on it, or a status other than not-started.
 */
export interface ProjectAgreementInput {
  codebook: Codebook;
  /** "<codebook id>@<version>", for the method section. */
  codebookKey: string;
  transcripts: AgreementTranscript[];
  coders: AgreementCoder[];
  annotations: AgreementAnnotation[];
  ratings: AgreementRating[];
  classifications: AgreementClassification[];
  statuses?: AgreementStatus[];
}

export interface ProjectAgreementOptions {
  /** Jaccard overlap at which two coders' spans of a code match (engine default 0.5). */
  overlapThreshold?: number;
  /** Scale pairs within this many points count as "within tolerance"; larger gaps are listed as disagreements. Default 1. */
  scaleTolerance?: number;
  /** Level used for the headline and for per-transcript agreement flags. Default "3-way" if the scheme has it, else its first level. */
  level?: string;
  /** Called after each transcript (and once more after the pooled statistics). */
  onProgress?: (done: number, total: number) => void;
}

// ---------------------------------------------------------------------------------------------
// Output building blocks

/**
 * Warning that a figure rests on too few units to mean much. See SMALL_N in common.ts:
 * 'too-few' below 10 units, 'small' below 30.
 */
export interface SmallNWarning {
  severity: 'too-few' | 'small';
  n: number;
  threshold: number;
  message: string;
}

/** One statistic with the n behind it. value null ⇒ reason says why (never NaN). */
export interface Statistic {
  value: number | null;
  reason: string | null;
  /** Units that entered the computation (what a unit is depends on the figure: transcripts, spans, pairs). */
  n: number;
  se: number | null;
  ci: { lower: number; upper: number; method: string } | null;
}

export interface IccStatistic extends Statistic {
  /** "ICC(2,1)" / "ICC(3,1)". */
  shroutFleiss: string;
  /** McGraw & Wong (1996) name: "ICC(A,1)" / "ICC(C,1)". */
  mcGrawWong: string;
  fTest: { F: number | null; df1: number; df2: number; p: number | null } | null;
}

export interface ConfusionTable {
  categories: string[];
  /** counts[i][j]: row category i, column category j. */
  counts: number[][];
  total: number;
  /**
   * 'pair': two coders, rows = rowCoderId, columns = colCoderId.
   * 'pooled-pairs': more than two coders; every pair of coders' labels of a transcript is counted in
   * both orientations, so the matrix is symmetric and `total` is twice the number of coder pairs.
   */
  kind: 'pair' | 'pooled-pairs';
  rowCoderId: string | null;
  colCoderId: string | null;
}

export interface Exclusion {
  transcriptId: string;
  coderId: string;
  reason: string;
}

// ---------------------------------------------------------------------------------------------
// Classification

export interface PairClassification {
  coderA: string;
  coderB: string;
  /** Transcripts both labelled at this level. */
  n: number;
  agreement: number | null;
  kappa: Statistic;
  confusion: ConfusionTable;
}

export interface ClassificationLevelAgreement {
  level: string;
  label: string;
  /** The level's categories in codebook order. */
  categories: string[];
  /** Coders with at least one label at this level. */
  coders: string[];
  /** Transcripts with labels from at least two coders. */
  n: number;
  percentAgreement: Statistic;
  /** Cohen's kappa when exactly two coders gave labels, Fleiss' kappa for more. */
  kappa: Statistic & { statistic: 'cohen-kappa' | 'fleiss-kappa' };
  /** Two coders: that pair's table. More: the pooled symmetric table (see ConfusionTable.kind). */
  confusion: ConfusionTable;
  pairs: PairClassification[];
  /** Codings with no label at this level (e.g. U without an alternative at 3-way), left out. */
  excluded: Exclusion[];
  warning: SmallNWarning | null;
}

// ---------------------------------------------------------------------------------------------
// Scales

export interface ScalePoint {
  transcriptId: string;
  a: number;
  b: number;
}

export interface ScalePair {
  coderA: string;
  coderB: string;
  n: number;
  /** Bland & Altman (1986): mean difference a − b and its 95% limits of agreement (bias ± 1.96 SD). Null below 2 points. */
  bias: number | null;
  sdDiff: number | null;
  loaLower: number | null;
  loaUpper: number | null;
}

/**
 * A pair with its points, as the plots draw them: the scatter (a against b) and Bland–Altman (mean (a+b)/2
 * against difference a − b). Derived from the scale's `values` (scalePairPoints) when a plot is drawn.
 */
export interface PlottedScalePair extends ScalePair {
  points: ScalePoint[];
}

/**
 * Each transcript with a value on the scale, and the coders' values on it (snapped to the scale's steps;
 * null: no value), in the order of the scale's `coders`. Every pair's points follow from it, so the answer
 * carries one row per transcript instead of one point per transcript for every coder pair.
 */
export interface ScaleValues {
  transcriptIds: string[];
  rows: Array<Array<number | null>>;
}

export interface ScaleAgreement {
  scaleId: string;
  label: string;
  /**
   * The rating target compared: mother | father | other | transcript; "event" = the highest rating
   * over a coder's events (event ids are each coder's own, so only the aggregate is comparable);
   * "max" = the highest over all targets, for scales whose codebook aggregate is max.
   */
  target: string;
  aggregate: 'none' | 'max';
  min: number;
  max: number;
  step: number;
  coders: string[];
  /** Transcripts with values from at least two coders. */
  n: number;
  /** ICC(A,1) = Shrout–Fleiss ICC(2,1): absolute agreement. Units rated by every coder only. */
  iccA1: IccStatistic;
  /** ICC(C,1) = Shrout–Fleiss ICC(3,1): consistency. Units rated by every coder only. */
  iccC1: IccStatistic;
  /** Quadratic-weighted kappa over the scale's steps (2 coders) or the mean of pairwise values (Light 1971) for more. */
  weightedKappa: Statistic & { statistic: 'weighted-kappa' | 'mean-pairwise-weighted-kappa' };
  /** Mean |a − b| over every pair of coders' values of a transcript. n = pairs. */
  meanAbsoluteDifference: Statistic;
  /** Share of those pairs with |a − b| ≤ tolerance. n = pairs. */
  withinTolerance: Statistic & { tolerance: number };
  /** Transcripts where some coders gave a value and others marked the scale not rateable. */
  notRateableMismatches: number;
  pairs: ScalePair[];
  values: ScaleValues;
  warning: SmallNWarning | null;
}

// ---------------------------------------------------------------------------------------------
// Passages

/** Matched-span counts with precision, recall and F1: the engine's own type. */
export type SpanCounts = OverlapCounts;

export interface CodeAgreement {
  codeId: string;
  label: string;
  /** Krippendorff's uα on the pooled continuum (see PassageAgreement). n = spans of this code by all coders there. */
  alphaU: Statistic;
  /** Matched-span overlap, pooled over transcripts and coder pairs (micro average). */
  overlap: SpanCounts;
  /** Spans of this code per coder, over all chosen transcripts. */
  spansByCoder: Record<string, number>;
  warning: SmallNWarning | null;
}

export interface PassageAgreement {
  overlapThreshold: number;
  /** Coders compared on passages (those who took part in at least one chosen transcript). */
  coders: string[];
  /**
   * uα pooling: the transcripts every passage coder took part in are laid end to end as one
   * continuum (offsets shifted by the lengths before them), the standard way to unitize several texts.
   */
  pooledTranscripts: string[];
  continuumLength: number;
  /** Transcripts left out of the uα continuum, with why (a coder did not take part). */
  excludedTranscripts: { transcriptId: string; reason: string }[];
  overall: { alphaU: Statistic; overlap: SpanCounts; spans: number; warning: SmallNWarning | null };
  codes: CodeAgreement[];
  /** Matched-span overlap per coder pair (over the transcripts both took part in). */
  pairs: Array<{ coderA: string; coderB: string } & SpanCounts>;
}

// ---------------------------------------------------------------------------------------------
// Disagreements and per-transcript rows

export type DisagreementKind = 'classification' | 'scale' | 'span-only-one-coder' | 'different-codes-same-span';

export interface Disagreement {
  kind: DisagreementKind;
  transcriptId: string;
  transcriptTitle: string;
  coderIds: string[];
  /** One line for the list, in plain words. */
  detail: string;
  /** Spans: where to jump (half-open offsets into the transcript text). */
  start: number | null;
  end: number | null;
  /** Classification: the levels at which the labels differ (empty: only subtypes or alternatives differ). */
  levels?: string[];
  /** Scale: which scale and target, and the spread (max − min) of values. */
  scaleId?: string;
  target?: string;
  spread?: number | null;
  /** Spans: the codes involved. */
  codeIds?: string[];
}

export interface TranscriptAgreementRow {
  transcriptId: string;
  title: string;
  /** Chosen coders who took part in this transcript. */
  coders: string[];
  /** Each coder's classification written out ("U/E2", "F3a"), or null. */
  classifications: Record<string, string | null>;
  /** Per level: true when all labelled coders (≥ 2) agree, false when not, null with fewer than two labels. */
  agreeByLevel: Record<string, boolean | null>;
  /** uα over all codes of this transcript alone (null with fewer than two coders or no spans). */
  alphaU: Statistic;
  overlap: SpanCounts;
  spansByCoder: Record<string, number>;
  disagreements: number;
}

// ---------------------------------------------------------------------------------------------
// The whole dashboard

export interface ProjectAgreement {
  codebookKey: string;
  /** Headline level (options.level). */
  level: string;
  /** The chosen coders who took part in at least one chosen transcript. */
  coders: AgreementCoder[];
  transcripts: TranscriptAgreementRow[];
  classification: ClassificationLevelAgreement[];
  scales: ScaleAgreement[];
  passages: PassageAgreement;
  disagreements: Disagreement[];
  /** Every small-n warning of the figures above, with where it belongs. */
  warnings: Array<{ figure: string } & SmallNWarning>;
  options: { overlapThreshold: number; scaleTolerance: number; level: string };
}

// ---------------------------------------------------------------------------------------------
// Trainer mode

export interface TraineeTranscriptRow {
  transcriptId: string;
  title: string;
  keyCoderId: string;
  submittedAt: string | null;
  traineeLabel: string | null;
  keyLabel: string | null;
  /** Whole classifications written out, e.g. "U/E2". */
  traineeClassification: string | null;
  keyClassification: string | null;
  /** null when either label is missing at the pass level (reason says why). */
  match: boolean | null;
  reason: string | null;
  /** Key − trainee, per scale and target both rated. */
  scaleDeviations: Array<{ scaleId: string; target: string; key: number; trainee: number; deviation: number }>;
  /** Running figures over this and all earlier compared transcripts (submission order). */
  running: {
    n: number;
    percentAgreement: number | null;
    kappa: number | null;
    value: number | null;
    passing: boolean | null;
  };
}

export interface TraineeReport {
  traineeId: string;
  traineeName: string;
  level: string;
  statistic: 'percent-agreement' | 'cohen-kappa';
  threshold: number;
  /** Submitted transcripts with a key, in submission order. */
  transcripts: TraineeTranscriptRow[];
  /** Transcripts with a key that are not (yet) compared, with why. */
  pending: Array<{ transcriptId: string; title: string; reason: string }>;
  final: {
    n: number;
    percentAgreement: Statistic;
    kappa: Statistic;
    /** The pass statistic's value. */
    value: number | null;
    passed: boolean | null;
    warning: SmallNWarning | null;
  };
  /** Mean |key − trainee| per scale over compared transcripts. */
  scaleSummary: Array<{
    scaleId: string;
    target: string;
    n: number;
    meanDeviation: number;
    meanAbsoluteDeviation: number;
  }>;
}

export type { AgreementResult };
