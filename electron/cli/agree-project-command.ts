// `attune agree-project`, `attune export-codings` and `attune report`: the agreement dashboard's
// figures, R/SPSS exports and the agreement report from the command line, through the same
// dispatcher as the app (so blind coding and every other rule hold here too: the CLI has no coder
// identity, so a blind, unrevealed project is refused).
import { existsSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { AgreementFile, AgreementSummary } from '../../shared/api/agreement.ts';
import type { Coder } from '../../shared/api/coder.ts';
import type { CodingsExportFile } from '../../shared/api/dataset.ts';
import { codesWithData, formatPercent, formatStatistic, NOT_AVAILABLE } from '../../shared/reliability/format.ts';
import { fmt } from '../../shared/reliability/report-tables.ts';
import type { SmallNWarning, Statistic } from '../../shared/reliability/types.ts';
import { fileStem, today } from '../services/agreement-data.ts';
import { UsageError } from './cli-errors.ts';
import type { CliIo } from './cli-io.ts';
import { parse, projectArg } from './project-commands.ts';
import { followProgress } from './cli-progress.ts';
import { withServices } from './with-services.ts';

const AGREE_USAGE =
  'attune agree-project PROJECT.attune [--json] [--transcripts ID,ID] [--coders NAME|ID,...] [--threshold 0.5] [--level 3-way]';
const EXPORT_USAGE =
  'attune export-codings PROJECT.attune --layout long|wide [--include memos,status] [--spss] [--transcripts ID,ID] [--coders NAME|ID,...] [--output FILE.csv]';
const REPORT_USAGE =
  'attune report PROJECT.attune --format html|pdf [--transcripts ID,ID] [--coders NAME|ID,...] [--threshold 0.5] [--level 3-way] [--output FILE]';

const selectionOptions = { transcripts: { type: 'string' }, coders: { type: 'string' } } as const;

const list = (s: string | undefined) =>
  s === undefined
    ? undefined
    : s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);

function threshold(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const v = Number(s);
  if (!/^\d*\.?\d+$/.test(s.trim()) || !(v > 0 && v <= 1))
    throw new UsageError(`--threshold must be a number above 0 and at most 1 (got "${s}")`);
  return v;
}

async function coderIds(
  call: <V>(name: string, arg?: unknown) => Promise<V>,
  names: string[] | undefined,
  project: string,
): Promise<string[] | undefined> {
  if (!names) return undefined;
  if (names.length === 0) throw new UsageError('--coders names no coder');
  const coders = await call<Coder[]>('coder-list');
  return names.map((n) => {
    const c = coders.find((x) => x.id === n) ?? coders.find((x) => x.name.toLowerCase() === n.toLowerCase());
    if (!c)
      throw new UsageError(
        `no coder "${n}" in ${basename(project)} (coders: ${coders.map((x) => x.name).join(', ') || 'none'})`,
      );
    return c.id;
  });
}

const stat = (s: Statistic) => (s.value === null ? null : s.value);
const ci = (s: Statistic) => (s.ci ? [s.ci.lower, s.ci.upper] : null);
const warn = (w: SmallNWarning | null) => (w ? w.message : null);

/** The --json shape: a stable, script-friendly digest of the dashboard (snake_case keys). */
export function agreementJson(r: AgreementSummary) {
  const codes: Record<string, unknown> = {};
  for (const c of r.passages.codes)
    codes[c.codeId] = {
      alpha_u: stat(c.alphaU),
      ...(c.alphaU.value === null ? { alpha_u_reason: c.alphaU.reason } : {}),
      f1: c.overlap.f1,
      precision: c.overlap.precision,
      recall: c.overlap.recall,
      n: c.alphaU.n,
      warning: warn(c.warning),
    };
  const classification: Record<string, unknown> = {};
  for (const l of r.classification)
    classification[l.level] = {
      n: l.n,
      coders: l.coders.length,
      percent_agreement: stat(l.percentAgreement),
      kappa: stat(l.kappa),
      kappa_statistic: l.kappa.statistic,
      kappa_ci: ci(l.kappa),
      ...(l.kappa.value === null ? { kappa_reason: l.kappa.reason } : {}),
      excluded: l.excluded.length,
      confusion: { categories: l.confusion.categories, counts: l.confusion.counts, kind: l.confusion.kind },
      warning: warn(l.warning),
    };
  const scales: Record<string, Record<string, unknown>> = {};
  for (const s of r.scales) {
    scales[s.scaleId] ??= {};
    (scales[s.scaleId] as Record<string, unknown>)[s.target] = {
      n: s.n,
      icc_a1: stat(s.iccA1),
      icc_a1_ci: ci(s.iccA1),
      icc_c1: stat(s.iccC1),
      icc_c1_ci: ci(s.iccC1),
      weighted_kappa: stat(s.weightedKappa),
      weighted_kappa_statistic: s.weightedKappa.statistic,
      mean_abs_diff: stat(s.meanAbsoluteDifference),
      within_tolerance: stat(s.withinTolerance),
      tolerance: s.withinTolerance.tolerance,
      warning: warn(s.warning),
    };
  }
  return {
    n: r.transcripts.length,
    coders: r.coders.map((c) => ({ id: c.id, name: c.name })),
    level: r.level,
    overlap_threshold: r.options.overlapThreshold,
    overall: {
      alpha_u: stat(r.passages.overall.alphaU),
      ...(r.passages.overall.alphaU.value === null ? { alpha_u_reason: r.passages.overall.alphaU.reason } : {}),
      f1: r.passages.overall.overlap.f1,
      n: r.passages.overall.spans,
      pooled_transcripts: r.passages.pooledTranscripts.length,
    },
    codes,
    classification,
    scales,
    disagreements: r.disagreements.total,
    warnings: r.warnings.map((w) => `${w.figure}: ${w.message}`),
  };
}

function printTable(io: CliIo, r: AgreementSummary): void {
  const pad = (s: string, w: number) => (s.length >= w ? s : s + ' '.repeat(w - s.length));
  io.stdout(
    `${r.transcripts.length} transcript(s); coders: ${r.coders.map((c) => c.name).join(', ') || 'none'}; codebook ${r.codebookKey}`,
  );
  io.stdout('');
  io.stdout('Classification          n   agreement  kappa');
  for (const l of r.classification)
    io.stdout(
      `${pad(l.level, 22)}${pad(String(l.n), 4)}${pad(formatPercent(l.percentAgreement.value, NOT_AVAILABLE), 11)}${formatStatistic(l.kappa)} ${l.kappa.value === null ? '' : l.kappa.statistic === 'cohen-kappa' ? "(Cohen's)" : "(Fleiss')"}${l.warning ? `  [${l.warning.severity}]` : ''}`,
    );
  if (r.scales.length) {
    io.stdout('');
    io.stdout('Scale                              n   ICC(A,1)  ICC(C,1)  wkappa  |diff|  within');
    for (const s of r.scales)
      io.stdout(
        `${pad(`${s.scaleId} (${s.target})`, 35)}${pad(String(s.n), 4)}${pad(fmt(s.iccA1.value), 10)}${pad(fmt(s.iccC1.value), 10)}${pad(fmt(s.weightedKappa.value), 8)}${pad(fmt(s.meanAbsoluteDifference.value), 8)}${formatPercent(s.withinTolerance.value, NOT_AVAILABLE)}${s.warning ? `  [${s.warning.severity}]` : ''}`,
      );
  }
  io.stdout('');
  const p = r.passages;
  io.stdout(
    `Passages (Jaccard ${p.overlapThreshold}; uα over ${p.pooledTranscripts.length} transcript(s) end to end)   spans  uα      F1`,
  );
  io.stdout(
    `${pad('all codes', 40)}${pad(String(p.overall.spans), 7)}${pad(fmt(p.overall.alphaU.value, 3), 8)}${fmt(p.overall.overlap.f1)}`,
  );
  for (const c of codesWithData(p.codes))
    io.stdout(`${pad(c.codeId, 40)}${pad(String(c.alphaU.n), 7)}${pad(fmt(c.alphaU.value, 3), 8)}${fmt(c.overlap.f1)}`);
  io.stdout('');
  io.stdout(
    `${r.disagreements.total} disagreement(s); ${r.warnings.length} small-n warning(s)${r.warnings.length ? ' (--json lists them)' : ''}`,
  );
}

export async function agreeProjectCommand(args: string[], io: CliIo, version: string): Promise<number> {
  const { positionals, values } = parse(
    args,
    { json: { type: 'boolean' }, threshold: { type: 'string' }, level: { type: 'string' }, ...selectionOptions },
    AGREE_USAGE,
  );
  const project = projectArg(positionals, AGREE_USAGE);
  const overlapThreshold = threshold(values.threshold);
  return withServices(
    project,
    version,
    async (call, services) => {
      const chosen = await coderIds(call, list(values.coders), project);
      // Only on a terminal: piped stderr stays clean for scripts.
      const stop = followProgress(
        services.events,
        'agreement',
        'Computing agreement',
        process.stderr.isTTY ? process.stderr : null,
      );
      let r: AgreementSummary;
      try {
        r = await call<AgreementSummary>('agreement-compute', {
          transcriptIds: list(values.transcripts),
          coderIds: chosen,
          overlapThreshold,
          level: values.level,
          pageSize: 1,
        });
      } finally {
        stop();
      }
      if (values.json) io.stdout(JSON.stringify(agreementJson(r)));
      else printTable(io, r);
      return 0;
    },
    { forReading: true },
  );
}

function writeNew(out: string, data: string | Buffer): void {
  if (existsSync(out)) throw new UsageError(`${out} already exists; choose another --output`);
  writeFileSync(out, data, { flag: 'wx' });
}

function includeList(s: string | undefined, layout: string): Array<'memos' | 'status'> | undefined {
  const items = list(s);
  if (!items) return undefined;
  if (layout !== 'long') throw new UsageError('--include adds rows to the long layout only (use --layout long)');
  if (items.length === 0) throw new UsageError('--include names nothing (memos, status)');
  const bad = items.filter((x) => x !== 'memos' && x !== 'status');
  if (bad.length) throw new UsageError(`--include takes memos and status (got "${bad.join(', ')}")`);
  return items as Array<'memos' | 'status'>;
}

export async function exportCodingsCommand(args: string[], io: CliIo, version: string): Promise<number> {
  const { positionals, values } = parse(
    args,
    {
      layout: { type: 'string' },
      output: { type: 'string', short: 'o' },
      include: { type: 'string' },
      spss: { type: 'boolean' },
      ...selectionOptions,
    },
    EXPORT_USAGE,
  );
  const project = projectArg(positionals, EXPORT_USAGE);
  if (values.layout !== 'long' && values.layout !== 'wide')
    throw new UsageError(`--layout must be long or wide (usage: ${EXPORT_USAGE})`);
  const include = includeList(values.include, values.layout);
  const stem = fileStem(basename(project).replace(/\.attune$/i, ''));
  const out = resolve(values.output ?? `${stem}-codings-${values.layout}-${today()}.csv`);
  if (!/\.csv$/i.test(out)) throw new UsageError(`--output must end in .csv (got "${values.output}")`);
  const sps = out.replace(/\.csv$/i, '.sps');
  for (const p of values.spss ? [out, sps] : [out])
    if (existsSync(p)) throw new UsageError(`${p} already exists; choose another --output`);
  return withServices(
    project,
    version,
    async (call) => {
      // The host streams the rows into the file: an export of any size never sits in memory whole.
      const f = await call<CodingsExportFile>('dataset-export', {
        layout: values.layout,
        transcriptIds: list(values.transcripts),
        coderIds: await coderIds(call, list(values.coders), project),
        ...(include ? { include } : {}),
        ...(values.spss ? { spss: true } : {}),
        output: out,
      });
      io.stdout(values.output ?? basename(out));
      if (f.syntax) io.stdout(values.output ? values.output.replace(/\.csv$/i, '.sps') : f.syntax.fileName);
      return 0;
    },
    { forReading: true },
  );
}

export async function reportCommand(args: string[], io: CliIo, version: string): Promise<number> {
  const { positionals, values } = parse(
    args,
    {
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      threshold: { type: 'string' },
      level: { type: 'string' },
      ...selectionOptions,
    },
    REPORT_USAGE,
  );
  const project = projectArg(positionals, REPORT_USAGE);
  if (values.format !== 'html' && values.format !== 'pdf')
    throw new UsageError(`--format must be html or pdf (usage: ${REPORT_USAGE})`);
  const overlapThreshold = threshold(values.threshold);
  return withServices(
    project,
    version,
    async (call) => {
      const f = await call<AgreementFile>('report-create', {
        format: values.format,
        transcriptIds: list(values.transcripts),
        coderIds: await coderIds(call, list(values.coders), project),
        overlapThreshold,
        level: values.level,
      });
      const out = values.output ?? f.fileName;
      writeNew(out, f.encoding === 'base64' ? Buffer.from(f.content, 'base64') : f.content);
      io.stdout(out);
      return 0;
    },
    { forReading: true },
  );
}
