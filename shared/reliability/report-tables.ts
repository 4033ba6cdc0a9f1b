// The agreement report's tables as plain text cells, shared by the HTML and PDF renderers so both
// show the same figures.
import { codesWithData, formatNumber, formatPercent, formatStatistic, NOT_AVAILABLE, warningText } from './format.ts';
import type { ProjectAgreement } from './types.ts';

/** Reports are read as text: a missing figure is "n/a". */
export const fmt = (x: number | null | undefined, digits = 2) => formatNumber(x, digits, NOT_AVAILABLE);

export interface ReportTable {
  id: string;
  title: string;
  columns: string[];
  rows: string[][];
  /** Shown under the table (e.g. what n counts). */
  note?: string;
}

export function reportTables(r: ProjectAgreement): ReportTable[] {
  const name = new Map(r.coders.map((c) => [c.id, c.name]));
  const nm = (id: string) => name.get(id) ?? id;
  const tables: ReportTable[] = [];
  tables.push({
    id: 'classification',
    title: 'Classification agreement',
    columns: ['Level', 'n', 'Coders', 'Agreement', 'Kappa', 'Statistic', 'Excluded', 'Warning'],
    rows: r.classification.map((l) => [
      l.label,
      String(l.n),
      String(l.coders.length),
      l.percentAgreement.value === null
        ? `n/a (${l.percentAgreement.reason})`
        : formatPercent(l.percentAgreement.value, NOT_AVAILABLE),
      formatStatistic(l.kappa),
      l.kappa.statistic === 'cohen-kappa' ? "Cohen's kappa" : "Fleiss' kappa",
      String(l.excluded.length),
      warningText(l.warning),
    ]),
    note: 'n = transcripts labelled by at least two coders at the level. Kappa with its 95% interval.',
  });
  tables.push({
    id: 'scales',
    title: 'Scale agreement',
    columns: [
      'Scale',
      'Target',
      'n',
      'ICC(A,1)',
      'ICC(C,1)',
      'Weighted kappa',
      'Mean |diff|',
      `Within ±${r.options.scaleTolerance}`,
      'Warning',
    ],
    rows: r.scales.map((s) => [
      s.label,
      s.target,
      String(s.n),
      formatStatistic(s.iccA1),
      formatStatistic(s.iccC1),
      `${formatStatistic(s.weightedKappa)}${s.weightedKappa.statistic === 'mean-pairwise-weighted-kappa' && s.weightedKappa.value !== null ? ' (mean of pairs)' : ''}`,
      fmt(s.meanAbsoluteDifference.value),
      formatPercent(s.withinTolerance.value, NOT_AVAILABLE),
      warningText(s.warning),
    ]),
    note: 'n = transcripts with values from at least two coders; ICCs use transcripts rated by every coder. Intervals are 95%.',
  });
  const p = r.passages;
  tables.push({
    id: 'passages',
    title: `Passage agreement (Jaccard threshold ${p.overlapThreshold})`,
    columns: ['Code', 'Spans', 'uα', 'Precision', 'Recall', 'F1', 'Warning'],
    rows: [
      [
        'All codes',
        String(p.overall.spans),
        formatStatistic(p.overall.alphaU, 3),
        fmt(p.overall.overlap.precision),
        fmt(p.overall.overlap.recall),
        fmt(p.overall.overlap.f1),
        warningText(p.overall.warning),
      ],
      ...codesWithData(p.codes).map((c) => [
        c.label,
        String(c.alphaU.n),
        formatStatistic(c.alphaU, 3),
        fmt(c.overlap.precision),
        fmt(c.overlap.recall),
        fmt(c.overlap.f1),
        warningText(c.warning),
      ]),
    ],
    note: `uα on ${p.pooledTranscripts.length} transcript(s) laid end to end (${p.continuumLength} characters)${p.excludedTranscripts.length ? `; ${p.excludedTranscripts.length} left out because not every coder took part` : ''}. Codes nobody used are omitted.`,
  });
  tables.push({
    id: 'transcripts',
    title: 'Per transcript',
    columns: ['Transcript', 'Coders', 'Classifications', `Agree (${r.level})`, 'uα', 'F1', 'Disagreements'],
    rows: r.transcripts.map((t) => [
      t.title,
      t.coders.map(nm).join(', '),
      t.coders.map((c) => `${nm(c)}: ${t.classifications[c] ?? '-'}`).join('; '),
      t.agreeByLevel[r.level] === null || t.agreeByLevel[r.level] === undefined
        ? '-'
        : t.agreeByLevel[r.level]
          ? 'yes'
          : 'no',
      fmt(t.alphaU.value, 3),
      fmt(t.overlap.f1),
      String(t.disagreements),
    ]),
  });
  tables.push({
    id: 'disagreements',
    title: 'Disagreements',
    columns: ['Transcript', 'Kind', 'Where', 'Detail'],
    rows: r.disagreements.map((d) => [
      d.transcriptTitle,
      d.kind,
      d.start === null ? '' : `${d.start}-${d.end}`,
      d.detail,
    ]),
    note: 'Where = character offsets [start, end) in the transcript text.',
  });
  return tables;
}
