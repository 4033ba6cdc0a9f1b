// Trainer mode: a trainee's classifications and scales against the key coder of each transcript, in
// the order the trainee submitted them, with running agreement against a configurable pass mark
// (80% at the 3-way level by default; that figure is unverified, so all three are settings: docs/domain.md).
import { cohenKappa, percentAgreement, type RatingCell } from '../agreement/index.ts';
import { deriveLevel } from '../codebook/classification.ts';
import {
  aggregateScaleRatings,
  formatClassification,
  mean,
  nullStatistic,
  smallNWarning,
  toStatistic,
} from './common.ts';
import { levelCategories } from './classification-agreement.ts';
import type { AgreementClassification, ProjectAgreementInput, TraineeReport, TraineeTranscriptRow } from './types.ts';

export interface TraineeReportOptions {
  traineeId: string;
  /** Key coder per transcript. */
  keys: ReadonlyArray<{ transcriptId: string; coderId: string }>;
  level: string;
  threshold: number;
  statistic: 'percent-agreement' | 'cohen-kappa';
}

/**
 * `input` must hold the trainee's and the key coders' data (and statuses: only submitted transcripts
 * are compared, since a trainee sees the key only after submitting).
 */
export function computeTraineeReport(input: ProjectAgreementInput, o: TraineeReportOptions): TraineeReport {
  const scheme = input.codebook.classification;
  const trainee = input.coders.find((c) => c.id === o.traineeId);
  const categories = scheme ? levelCategories(scheme, o.level) : [];
  const cls = new Map<string, AgreementClassification>(
    input.classifications.map((c) => [`${c.transcriptId}\u0000${c.coderId}`, c]),
  );
  const submitted = new Map<string, string | null>();
  for (const s of input.statuses ?? []) if (s.coderId === o.traineeId) submitted.set(s.transcriptId, s.submittedAt);
  const titles = new Map(input.transcripts.map((t) => [t.id, t.title]));
  const pending: TraineeReport['pending'] = [];
  const compared: Array<{ transcriptId: string; keyCoderId: string; submittedAt: string }> = [];
  for (const k of o.keys) {
    const title = titles.get(k.transcriptId);
    if (title === undefined || k.coderId === o.traineeId) continue;
    const at = submitted.get(k.transcriptId) ?? null;
    if (!at) pending.push({ transcriptId: k.transcriptId, title, reason: 'not submitted yet' });
    else compared.push({ transcriptId: k.transcriptId, keyCoderId: k.coderId, submittedAt: at });
  }
  compared.sort(
    (a, b) =>
      a.submittedAt.localeCompare(b.submittedAt) ||
      (titles.get(a.transcriptId) ?? '').localeCompare(titles.get(b.transcriptId) ?? ''),
  );

  const rows: TraineeTranscriptRow[] = [];
  const pairs: RatingCell[][] = [];
  const deviations = new Map<string, number[]>();
  for (const c of compared) {
    const tc = cls.get(`${c.transcriptId}\u0000${o.traineeId}`);
    const kc = cls.get(`${c.transcriptId}\u0000${c.keyCoderId}`);
    const tl = tc && scheme ? deriveLevel(scheme, o.level, tc) : null;
    const kl = kc && scheme ? deriveLevel(scheme, o.level, kc) : null;
    let reason: string | null = null;
    if (!scheme) reason = 'the codebook defines no classification';
    else if (!tc) reason = 'the trainee gave no classification';
    else if (!kc) reason = 'the key has no classification';
    else if (tl?.label == null) reason = `trainee: ${tl && 'reason' in tl ? tl.reason : 'no label'}`;
    else if (kl?.label == null) reason = `key: ${kl && 'reason' in kl ? kl.reason : 'no label'}`;
    const traineeLabel = tl?.label ?? null;
    const keyLabel = kl?.label ?? null;
    const match = reason === null ? traineeLabel === keyLabel : null;
    if (match !== null) pairs.push([keyLabel, traineeLabel]);

    const scaleDeviations: TraineeTranscriptRow['scaleDeviations'] = [];
    for (const scale of input.codebook.scales) {
      const mine = input.ratings.filter(
        (r) => r.transcriptId === c.transcriptId && r.coderId === o.traineeId && r.scaleId === scale.id,
      );
      const key = input.ratings.filter(
        (r) => r.transcriptId === c.transcriptId && r.coderId === c.keyCoderId && r.scaleId === scale.id,
      );
      if (!mine.length || !key.length) continue;
      const a = aggregateScaleRatings(key, scale);
      const b = aggregateScaleRatings(mine, scale);
      for (const [target, kv] of a) {
        const tv = b.get(target);
        if (kv.value === null || tv?.value == null) continue;
        scaleDeviations.push({
          scaleId: scale.id,
          target,
          key: kv.value,
          trainee: tv.value,
          deviation: kv.value - tv.value,
        });
        const dk = `${scale.id}\u0000${target}`;
        deviations.set(dk, [...(deviations.get(dk) ?? []), kv.value - tv.value]);
      }
    }
    const n = pairs.length;
    const matches = pairs.filter((p) => p[0] === p[1]).length;
    const pa = n > 0 ? matches / n : null;
    const kappa = n > 0 ? cohenKappa(pairs, { categories }).value : null;
    const value = o.statistic === 'cohen-kappa' ? kappa : pa;
    rows.push({
      transcriptId: c.transcriptId,
      title: titles.get(c.transcriptId) ?? c.transcriptId,
      keyCoderId: c.keyCoderId,
      submittedAt: c.submittedAt,
      traineeLabel,
      keyLabel,
      traineeClassification: tc ? formatClassification(tc) : null,
      keyClassification: kc ? formatClassification(kc) : null,
      match,
      reason,
      scaleDeviations,
      running: { n, percentAgreement: pa, kappa, value, passing: value === null ? null : value >= o.threshold },
    });
  }
  const n = pairs.length;
  const paStat = n > 0 ? toStatistic(percentAgreement(pairs), n) : nullStatistic('no transcript compared yet', 0);
  const kStat =
    n > 0 ? toStatistic(cohenKappa(pairs, { categories }), n) : nullStatistic('no transcript compared yet', 0);
  const value = o.statistic === 'cohen-kappa' ? kStat.value : paStat.value;
  const scaleSummary: TraineeReport['scaleSummary'] = [...deviations].map(([k, d]) => {
    const [scaleId, target] = k.split('\u0000') as [string, string];
    return { scaleId, target, n: d.length, meanDeviation: mean(d), meanAbsoluteDeviation: mean(d.map(Math.abs)) };
  });
  return {
    traineeId: o.traineeId,
    traineeName: trainee?.name ?? o.traineeId,
    level: o.level,
    statistic: o.statistic,
    threshold: o.threshold,
    transcripts: rows,
    pending,
    final: {
      n,
      percentAgreement: paStat,
      kappa: kStat,
      value,
      passed: value === null ? null : value >= o.threshold,
      warning: smallNWarning(n, 'transcripts', 'pass decision'),
    },
    scaleSummary,
  };
}
