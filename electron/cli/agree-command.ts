// `attune agree` and `attune agree-units`: inter-rater agreement from CSV files, on the shared
// agreement engine. Labs script these commands, so the input rules, the JSON shape and the exit
// status (0 ok, 2 bad input) are a contract: see the tests. The command lines are read in
// agree-options.ts, the files in agree-inputs.ts and agree-spans.ts, the output written by agree-output.ts.
import {
  brennanPrediger,
  chanceCorrectedFromCounts,
  cohenKappa,
  encodeRatings,
  fleissKappa,
  gwetAC1,
  gwetAC2,
  hubertKappa,
  icc,
  krippendorffAlpha,
  lightKappa,
  METRIC_DEFINITIONS,
  nominalAlphaFromCounts,
  percentAgreement,
  scottPi,
  spanOverlap,
  specificAgreement,
  unitCounts,
  unitCountsFromTable,
  unitizingAlpha,
  weightedKappa,
  type CategoryAlpha,
  type RatingValue,
} from '../../shared/agreement/index.ts';
import { DEFAULT_NA, readCounts, readRatings, readWeightsFile, type Ratings } from './agree-inputs.ts';
import {
  AGREE_USAGE,
  AgreeOptions,
  camelKeys,
  parseCommandLine,
  UNITS_USAGE,
  UnitsOptions,
  zodMessage,
  type Metric,
} from './agree-options.ts';
import { printAgreeJson, printTable, printUnitsJson, printUnitsTable, type Agreement } from './agree-output.ts';
import { readSpans } from './agree-spans.ts';
import { UsageError } from './cli-errors.ts';
import type { CliIo } from './cli-io.ts';

export { UsageError } from './cli-errors.ts';
export type { CliIo } from './cli-io.ts';

/** Default bootstrap size for alpha's interval (Hayes & Krippendorff recommend ≥ 1,000). */
const DEFAULT_RESAMPLES = 1000;

type PerCategory = Agreement['perCategory'];

/** Specific agreement per category from the ratings (percent agreement's --per-category). */
function specificFromRatings(r: Ratings): PerCategory {
  const enc = encodeRatings(r.ratings, r.categories);
  if (!enc.ok) return undefined;
  const s = specificAgreement(unitCounts(enc.data));
  return enc.data.categories.map((category, k) => ({ category, value: s[k] ?? null }));
}

function fromAlpha(list: unknown): PerCategory {
  return (list as CategoryAlpha[] | undefined)?.map((c) => ({
    category: c.category,
    value: c.value,
    ...(c.reason ? { reason: c.reason } : {}),
  }));
}

function computeRaw(opts: AgreeOptions, r: Ratings, weights?: number[][]): Agreement {
  const categories = r.categories;
  const cat = categories ? { categories } : {};
  const w = weights ?? opts.weights ?? 'linear';
  const base = { coders: r.coders, missing: r.missing, naStrings: opts.na ?? DEFAULT_NA };
  switch (opts.metric as Metric) {
    case 'percent-agreement': {
      const result = percentAgreement(r.ratings);
      return { ...base, result, ...(opts.perCategory ? { perCategory: specificFromRatings(r) } : {}) };
    }
    case 'cohen-kappa': {
      const result = cohenKappa(r.ratings, cat);
      const out: Agreement = { ...base, result };
      if (opts.maxKappa) out.maxKappa = (result.details?.maxKappa as number | undefined) ?? null;
      if (opts.perCategory && result.details?.specificAgreement) {
        const cats = result.details.categories as RatingValue[];
        out.perCategory = (result.details.specificAgreement as Array<number | null>).map((value, k) => ({
          category: cats[k] as RatingValue,
          value,
        }));
      }
      return out;
    }
    case 'weighted-kappa':
      return { ...base, result: weightedKappa(r.ratings, { weights: w, ...cat }) };
    case 'gwet-ac2':
      return { ...base, result: gwetAC2(r.ratings, { weights: w, ...cat }) };
    case 'scott-pi':
      return { ...base, result: scottPi(r.ratings, cat) };
    case 'fleiss-kappa':
      return { ...base, result: fleissKappa(r.ratings, cat) };
    case 'brennan-prediger':
      return { ...base, result: brennanPrediger(r.ratings, cat) };
    case 'gwet-ac1':
      return { ...base, result: gwetAC1(r.ratings, cat) };
    case 'hubert-kappa':
      return { ...base, result: hubertKappa(r.ratings, cat) };
    case 'light-kappa':
      return { ...base, result: lightKappa(r.ratings, cat) };
    case 'krippendorff-alpha': {
      const resamples = opts.resamples ?? DEFAULT_RESAMPLES;
      const result = krippendorffAlpha(r.ratings, {
        level: opts.level ?? 'nominal',
        ...cat,
        ...(resamples > 0 ? { bootstrap: { resamples, seed: opts.seed ?? 1 } } : {}),
        ...(opts.perCategory ? { perCategory: true } : {}),
      });
      return { ...base, result, ...(opts.perCategory ? { perCategory: fromAlpha(result.details?.perCategory) } : {}) };
    }
    case 'icc':
      return { ...base, result: icc(r.ratings, { form: opts.form ?? '2,1' }) };
  }
}

const COUNTS_MODEL = {
  'percent-agreement': ['none', 'Percent agreement'],
  'fleiss-kappa': ['fleiss', "Fleiss' kappa"],
  'brennan-prediger': ['brennan-prediger', 'Brennan–Prediger coefficient'],
  'gwet-ac1': ['gwet-ac1', "Gwet's AC1"],
} as const;

/** `--input counts`: the Gwet (2014) family and nominal alpha from a units × categories table. */
function computeCounts(opts: AgreeOptions, file: string): Agreement {
  const c = readCounts(file, opts);
  const base = { coders: null, missing: c.missing, naStrings: opts.na ?? DEFAULT_NA };
  if (opts.metric === 'krippendorff-alpha') {
    const result = nominalAlphaFromCounts(c.counts, c.units, c.categories, { perCategory: opts.perCategory ?? false });
    if (result.details)
      result.details.ciNote =
        'the bootstrap interval resamples individual ratings, which a table of counts does not hold, so none is given';
    return { ...base, result, ...(opts.perCategory ? { perCategory: fromAlpha(result.details?.perCategory) } : {}) };
  }
  const [model, label] = COUNTS_MODEL[opts.metric as keyof typeof COUNTS_MODEL];
  const uc = unitCountsFromTable(c.counts, c.units, c.categories);
  const result = chanceCorrectedFromCounts(uc, model, label);
  if (!opts.perCategory) return { ...base, result };
  const s = specificAgreement(uc);
  return { ...base, result, perCategory: c.categories.map((category, k) => ({ category, value: s[k] ?? null })) };
}

function runUserCommand(io: CliIo, body: () => number): number {
  try {
    return body();
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`attune: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

/** `attune agree FILE.csv --metric METRIC [options] [--json]`. Returns the exit status. */
export async function agreeCommand(args: string[], io: CliIo): Promise<number> {
  return runUserCommand(io, () => {
    const { file, values } = parseCommandLine(
      args,
      {
        metric: { type: 'string' },
        input: { type: 'string' },
        weights: { type: 'string' },
        'weights-file': { type: 'string' },
        level: { type: 'string' },
        form: { type: 'string' },
        categories: { type: 'string' },
        na: { type: 'string' },
        'per-category': { type: 'boolean' },
        'max-kappa': { type: 'boolean' },
        resamples: { type: 'string' },
        seed: { type: 'string' },
        json: { type: 'boolean' },
      },
      AGREE_USAGE,
    );
    const checked = AgreeOptions.safeParse(camelKeys(values));
    if (!checked.success) throw new UsageError(`${zodMessage(checked.error)} (usage: ${AGREE_USAGE})`);
    const opts = checked.data;
    let out: Agreement;
    if (opts.input === 'counts') out = computeCounts(opts, file);
    else {
      const wf = opts.weightsFile ? readWeightsFile(opts.weightsFile) : undefined;
      out = computeRaw(opts, readRatings(file, opts, wf?.categories), wf?.weights);
    }
    if (opts.json) printAgreeJson(io, opts.metric, out);
    else printTable(io, opts.metric, out, METRIC_DEFINITIONS[opts.metric].description);
    return 0;
  });
}

/** `attune agree-units FILE.csv --length N [--coders NAME,...] [--json]`. Returns the exit status. */
export async function agreeUnitsCommand(args: string[], io: CliIo): Promise<number> {
  return runUserCommand(io, () => {
    const { file, values } = parseCommandLine(
      args,
      { length: { type: 'string' }, coders: { type: 'string' }, json: { type: 'boolean' } },
      UNITS_USAGE,
    );
    const checked = UnitsOptions.safeParse(values);
    if (!checked.success) throw new UsageError(`${zodMessage(checked.error)} (usage: ${UNITS_USAGE})`);
    const { length, json } = checked.data;
    const { spans, coders } = readSpans(file, length, checked.data.coders);
    if (coders.length < 2)
      throw new UsageError(
        `${file}: unitizing alpha needs at least two coders (found ${coders.length}; list every coder who took part with --coders, or give each a row with empty start, end and category)`,
      );
    const r = unitizingAlpha(spans, { length, coders });
    if (json) printUnitsJson(io, r, coders);
    else printUnitsTable(io, r, spanOverlap(spans, { length, coders, threshold: 0.5 }), length, coders);
    return 0;
  });
}
