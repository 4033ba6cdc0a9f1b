// Command lines of `attune agree` and `attune agree-units`: tokenised strictly, then validated with zod,
// so every mistake is one usage error naming the option.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ICC_FORMS, WEIGHT_KINDS } from '../../shared/agreement/index.ts';
import { UsageError } from './cli-errors.ts';

export const METRICS = [
  'percent-agreement',
  'cohen-kappa',
  'weighted-kappa',
  'scott-pi',
  'fleiss-kappa',
  'krippendorff-alpha',
  'brennan-prediger',
  'gwet-ac1',
  'gwet-ac2',
  'hubert-kappa',
  'light-kappa',
  'icc',
] as const;
export type Metric = (typeof METRICS)[number];

export const AGREE_USAGE =
  'attune agree FILE.csv --metric METRIC [--input raw|counts] [--weights KIND | --weights-file W.csv] [--level nominal|ordinal|interval|ratio] [--form 1,1|2,1|3,1|1,k|2,k|3,k] [--categories a,b,c] [--na NA,...] [--per-category] [--max-kappa] [--resamples N] [--seed N] [--json]';
export const UNITS_USAGE = 'attune agree-units FILE.csv --length N [--coders NAME,...] [--json]';

/** Metrics that take a table of counts (--input counts). */
export const COUNTS_METRICS: readonly Metric[] = [
  'percent-agreement',
  'fleiss-kappa',
  'brennan-prediger',
  'gwet-ac1',
  'krippendorff-alpha',
];

/** The command line's kebab-case option names, as the schema's keys. */
export function camelKeys(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) out[k.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = v;
  return out;
}

const list = (what: string) =>
  z
    .string()
    .transform((s) => s.split(',').map((c) => c.trim()))
    .refine((cs) => cs.every((c) => c.length > 0), `${what} has an empty entry`)
    .refine((cs) => new Set(cs).size === cs.length, `${what} lists the same entry twice`);

const integerString = (what: string) =>
  z
    .string()
    .regex(/^\d+$/, `${what} must be a whole number`)
    .transform((s) => Number(s));

export const AgreeOptions = z
  .object({
    metric: z.enum(METRICS, {
      error: (i) =>
        i.input === undefined
          ? '--metric is required'
          : `unknown metric "${String(i.input)}" (one of ${METRICS.join(', ')})`,
    }),
    weights: z
      .enum(WEIGHT_KINDS, {
        error: (i) => `--weights must be one of ${WEIGHT_KINDS.join(', ')} (got "${String(i.input)}")`,
      })
      .optional(),
    weightsFile: z.string().min(1, '--weights-file needs a file name').optional(),
    input: z
      .enum(['raw', 'counts'], { error: (i) => `--input must be raw or counts (got "${String(i.input)}")` })
      .optional(),
    // An empty --na means: only empty cells are missing.
    na: z
      .string()
      .transform((s) => (s === '' ? [] : s.split(',').map((c) => c.trim())))
      .optional(),
    perCategory: z.boolean().optional(),
    maxKappa: z.boolean().optional(),
    level: z
      .enum(['nominal', 'ordinal', 'interval', 'ratio'], {
        error: (i) => `--level must be nominal, ordinal, interval or ratio (got "${String(i.input)}")`,
      })
      .optional(),
    form: z
      .enum(ICC_FORMS as unknown as ['1,1', '2,1', '3,1', '1,k', '2,k', '3,k'], {
        error: (i) => `--form must be one of ${ICC_FORMS.join(' | ')} (got "${String(i.input)}")`,
      })
      .optional(),
    categories: list('--categories').optional(),
    resamples: integerString('--resamples')
      .pipe(z.number().max(1_000_000, '--resamples is at most 1000000'))
      .optional(),
    seed: integerString('--seed').optional(),
    json: z.boolean().optional(),
  })
  .superRefine((o, ctx) => {
    const fail = (message: string): void => ctx.addIssue({ code: 'custom', message });
    const weighted = o.metric === 'weighted-kappa' || o.metric === 'gwet-ac2';
    if (weighted && !o.weights && !o.weightsFile)
      fail(`${o.metric} needs --weights ${WEIGHT_KINDS.join('|')} or --weights-file W.csv`);
    if (o.weights && o.weightsFile) fail('give --weights or --weights-file, not both');
    if (!weighted && (o.weights || o.weightsFile))
      fail('--weights and --weights-file apply only to --metric weighted-kappa and gwet-ac2');
    if (o.weightsFile && o.categories)
      fail('--weights-file names the categories in its first row; leave out --categories');
    if (o.metric === 'krippendorff-alpha' && !o.level)
      fail('krippendorff-alpha needs --level nominal|ordinal|interval|ratio');
    if (o.metric !== 'krippendorff-alpha' && o.level) fail('--level applies only to --metric krippendorff-alpha');
    if (o.metric === 'icc' && !o.form) fail(`icc needs --form ${ICC_FORMS.join('|')}`);
    if (o.metric !== 'icc' && o.form) fail('--form applies only to --metric icc');
    if (o.metric !== 'krippendorff-alpha' && (o.resamples !== undefined || o.seed !== undefined))
      fail('--resamples and --seed apply only to --metric krippendorff-alpha');
    const numeric = o.metric === 'icc' || o.level === 'interval' || o.level === 'ratio';
    if (o.categories && numeric)
      fail(
        `--categories does not apply to ${o.metric === 'icc' ? 'icc' : `${o.level} alpha`}, which uses the numbers themselves`,
      );
    if (o.maxKappa && o.metric !== 'cohen-kappa') fail('--max-kappa applies only to --metric cohen-kappa');
    const perCategory =
      o.metric === 'percent-agreement' ||
      o.metric === 'cohen-kappa' ||
      (o.metric === 'krippendorff-alpha' && (o.level === 'nominal' || o.level === 'ordinal'));
    if (o.perCategory && !perCategory)
      fail(
        '--per-category applies to percent-agreement and cohen-kappa (specific agreement) and to nominal or ordinal krippendorff-alpha',
      );
    if (o.input === 'counts') {
      if (!COUNTS_METRICS.includes(o.metric) || (o.metric === 'krippendorff-alpha' && o.level !== 'nominal'))
        fail(
          '--input counts works for percent-agreement, fleiss-kappa, brennan-prediger, gwet-ac1 and krippendorff-alpha --level nominal',
        );
      if (o.categories) fail('with --input counts the header names the categories; leave out --categories');
    }
  });
export type AgreeOptions = z.infer<typeof AgreeOptions>;

/** Tokenises the command line (strict: unknown options are errors), then validates with zod. */
export function parseCommandLine(
  args: string[],
  options: Record<string, { type: 'string' | 'boolean' }>,
  usage: string,
): { file: string; values: Record<string, string | boolean | undefined> } {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split(/\.\s/)[0]} (usage: ${usage})`);
  }
  const [file, ...rest] = parsed.positionals;
  if (!file) throw new UsageError(`missing FILE.csv (usage: ${usage})`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}" (usage: ${usage})`);
  return { file, values: parsed.values as Record<string, string | boolean | undefined> };
}

export function zodMessage(e: z.ZodError): string {
  const issue = e.issues[0];
  return issue ? issue.message : 'invalid options';
}

export const UnitsOptions = z.object({
  coders: list('--coders').optional(),
  length: z
    .string({ error: (i) => (i.input === undefined ? '--length is required' : '--length must be a number') })
    .regex(/^\d+$/, '--length must be a positive whole number of characters')
    .transform(Number)
    .pipe(z.number().min(1, '--length must be at least 1')),
  json: z.boolean().optional(),
});
