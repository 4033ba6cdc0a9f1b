// `attune agree` and `attune agree-units`: inter-rater agreement from CSV files, on the shared
// agreement engine. Labs script these commands, so the input rules, the JSON shape and the exit
// status (0 ok, 2 bad input) are a contract: see the tests. The command lines are read in
// agree-options.ts, the files in agree-csv.ts, and the output is written by agree-output.ts.
import {
  brennanPrediger,
  cohenKappa,
  fleissKappa,
  gwetAC1,
  icc,
  krippendorffAlpha,
  METRIC_DEFINITIONS,
  percentAgreement,
  scottPi,
  spanOverlap,
  unitizingAlpha,
  weightedKappa,
  type AgreementResult,
  type RatingCell,
  type RatingValue,
} from '../../shared/agreement/index.ts';
import { readRatings, readSpans } from './agree-csv.ts';
import {
  AGREE_USAGE,
  AgreeOptions,
  parseCommandLine,
  UNITS_USAGE,
  UnitsOptions,
  zodMessage,
  type Metric,
} from './agree-options.ts';
import { printAgreeJson, printTable, printUnitsJson, printUnitsTable } from './agree-output.ts';
import { UsageError } from './cli-errors.ts';
import type { CliIo } from './cli-io.ts';

export { UsageError } from './cli-errors.ts';
export type { CliIo } from './cli-io.ts';

/** Default bootstrap size for alpha's interval (Hayes & Krippendorff recommend ≥ 1,000). */
const DEFAULT_RESAMPLES = 1000;

function compute(opts: AgreeOptions, ratings: RatingCell[][], categories: RatingValue[] | undefined): AgreementResult {
  const cat = categories ? { categories } : {};
  switch (opts.metric as Metric) {
    case 'percent-agreement':
      return percentAgreement(ratings);
    case 'cohen-kappa':
      return cohenKappa(ratings, cat);
    case 'weighted-kappa':
      return weightedKappa(ratings, { weights: opts.weights ?? 'linear', ...cat });
    case 'scott-pi':
      return scottPi(ratings, cat);
    case 'fleiss-kappa':
      return fleissKappa(ratings, cat);
    case 'brennan-prediger':
      return brennanPrediger(ratings, cat);
    case 'gwet-ac1':
      return gwetAC1(ratings, cat);
    case 'krippendorff-alpha': {
      const resamples = opts.resamples ?? DEFAULT_RESAMPLES;
      return krippendorffAlpha(ratings, {
        level: opts.level ?? 'nominal',
        ...cat,
        ...(resamples > 0 ? { bootstrap: { resamples, seed: opts.seed ?? 1 } } : {}),
      });
    }
    case 'icc':
      return icc(ratings, { form: opts.form ?? '2,1' });
  }
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
        weights: { type: 'string' },
        level: { type: 'string' },
        form: { type: 'string' },
        categories: { type: 'string' },
        resamples: { type: 'string' },
        seed: { type: 'string' },
        json: { type: 'boolean' },
      },
      AGREE_USAGE,
    );
    const checked = AgreeOptions.safeParse(values);
    if (!checked.success) throw new UsageError(`${zodMessage(checked.error)} (usage: ${AGREE_USAGE})`);
    const opts = checked.data;
    const { ratings, categories } = readRatings(file, opts);
    const result = compute(opts, ratings, categories);
    if (opts.json) printAgreeJson(io, opts.metric, result);
    else printTable(io, opts.metric, result, METRIC_DEFINITIONS[opts.metric].description);
    return 0;
  });
}

/** `attune agree-units FILE.csv --length N [--json]`. Returns the exit status. */
export async function agreeUnitsCommand(args: string[], io: CliIo): Promise<number> {
  return runUserCommand(io, () => {
    const { file, values } = parseCommandLine(
      args,
      { length: { type: 'string' }, json: { type: 'boolean' } },
      UNITS_USAGE,
    );
    const checked = UnitsOptions.safeParse(values);
    if (!checked.success) throw new UsageError(`${zodMessage(checked.error)} (usage: ${UNITS_USAGE})`);
    const { length, json } = checked.data;
    const spans = readSpans(file, length);
    const coders = [...new Set(spans.map((s) => s.coder))];
    if (coders.length < 2)
      throw new UsageError(`${file}: unitizing alpha needs spans from at least two coders (found ${coders.length})`);
    const r = unitizingAlpha(spans, { length, coders });
    if (json) printUnitsJson(io, r);
    else printUnitsTable(io, r, spanOverlap(spans, { length, coders, threshold: 0.5 }), length, coders);
    return 0;
  });
}
