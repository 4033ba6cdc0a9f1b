// Command lines of `attune agree` and `attune agree-units`: tokenised strictly, then validated with zod,
// so every mistake is one usage error naming the option.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ICC_FORMS } from '../../shared/agreement/index.ts';
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
  'icc',
] as const;
export type Metric = (typeof METRICS)[number];

export const AGREE_USAGE =
  'attune agree FILE.csv --metric METRIC [--weights linear|quadratic] [--level nominal|ordinal|interval|ratio] [--form 1,1|2,1|3,1|1,k|2,k|3,k] [--categories a,b,c] [--resamples N] [--seed N] [--json]';
export const UNITS_USAGE = 'attune agree-units FILE.csv --length N [--json]';

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
      .enum(['linear', 'quadratic'], {
        error: (i) => `--weights must be linear or quadratic (got "${String(i.input)}")`,
      })
      .optional(),
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
    categories: z
      .string()
      .transform((s) => s.split(',').map((c) => c.trim()))
      .refine((cs) => cs.every((c) => c.length > 0), '--categories has an empty category')
      .refine((cs) => new Set(cs).size === cs.length, '--categories lists a category twice')
      .optional(),
    resamples: integerString('--resamples')
      .pipe(z.number().max(1_000_000, '--resamples is at most 1000000'))
      .optional(),
    seed: integerString('--seed').optional(),
    json: z.boolean().optional(),
  })
  .superRefine((o, ctx) => {
    const fail = (message: string): void => ctx.addIssue({ code: 'custom', message });
    if (o.metric === 'weighted-kappa' && !o.weights) fail('weighted-kappa needs --weights linear|quadratic');
    if (o.metric !== 'weighted-kappa' && o.weights) fail('--weights applies only to --metric weighted-kappa');
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
  length: z
    .string({ error: (i) => (i.input === undefined ? '--length is required' : '--length must be a number') })
    .regex(/^\d+$/, '--length must be a positive whole number of characters')
    .transform(Number)
    .pipe(z.number().min(1, '--length must be at least 1')),
  json: z.boolean().optional(),
});
