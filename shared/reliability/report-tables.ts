// The agreement report's tables as plain text cells, shared by the HTML and PDF renderers so both
// show the same figures.
import { spanDisagreementDetail } from './span-disagreements.ts';
import { codesWithData, formatNumber, formatPercent, formatStatistic, NOT_AVAILABLE, warningText } from './format.ts';
import type { Disagreement, ProjectAgreement } from './types.ts';

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
  tables.push(...disagreementTables(r));
  return tables;
}

/** How many of the largest groups and of the individual disagreements a report lists. */
export const DISAGREEMENTS_LISTED = 25;

const KIND_LABEL: Record<Disagreement['kind'], string> = {
  classification: 'Classification differs',
  scale: 'Scale ratings differ',
  'span-only-one-coder': 'Passage marked by one coder only',
  'different-codes-same-span': 'Same passage, different codes',
};

/** Counts per key, largest first (ties by name), in one pass: a consortium has hundreds of thousands. */
function countBy(
  items: readonly Disagreement[],
  keys: (d: Disagreement) => readonly string[],
): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const d of items) for (const k of keys(d)) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Bigger first: classification at more levels, wider scale spread, longer passage. */
function weight(d: Disagreement): number {
  if (d.kind === 'classification') return 1e9 + (d.levels?.length ?? 0);
  if (d.kind === 'scale') return 1e8 + (d.spread ?? 0);
  return d.start === null || d.end === null ? 0 : d.end - d.start;
}

/**
 * The disagreements summarised: counts per kind, per code and per transcript (the largest
 * DISAGREEMENTS_LISTED of each), then the largest DISAGREEMENTS_LISTED disagreements themselves. A
 * report lists them all no more: at consortium size the list alone made a 56 MB HTML file.
 */
export function disagreementTables(r: ProjectAgreement): ReportTable[] {
  const all = r.disagreements;
  const n = DISAGREEMENTS_LISTED;
  const more = (shown: number, total: number, what: string) =>
    total > shown ? ` Showing the ${shown} largest of ${total} ${what}.` : '';
  const codeLabel = new Map(r.passages.codes.map((c) => [c.codeId, c.label]));
  const coderName = new Map(r.coders.map((c) => [c.id, c.name]));
  // Passage disagreements may have been only counted (no sentence): the few listed are described here.
  const detailOf = (d: Disagreement) =>
    d.detail ||
    (d.kind === 'span-only-one-coder' || d.kind === 'different-codes-same-span'
      ? spanDisagreementDetail(
          d,
          (id) => coderName.get(id) ?? id,
          (id) => codeLabel.get(id) ?? id,
        )
      : '');
  const byKind = countBy(all, (d) => [KIND_LABEL[d.kind]]);
  const byCode = countBy(
    all.filter((d) => d.codeIds?.length),
    (d) => [...new Set(d.codeIds)].map((c) => codeLabel.get(c) ?? c),
  );
  const byTranscript = countBy(all, (d) => [d.transcriptTitle]);
  // Largest first without sorting everything: a bounded selection keeps the top n.
  const top: Disagreement[] = [];
  for (const d of all) {
    if (top.length < n || weight(d) > weight(top[top.length - 1]!)) {
      top.push(d);
      top.sort((a, b) => weight(b) - weight(a));
      if (top.length > n) top.pop();
    }
  }
  const pct = (k: number) => (all.length ? `${((k / all.length) * 100).toFixed(1)}%` : '');
  return [
    {
      id: 'disagreement-kinds',
      title: `Disagreements: ${all.length} in all`,
      columns: ['Kind', 'Count', 'Share'],
      rows: byKind.map(([k, c]) => [k, String(c), pct(c)]),
    },
    {
      id: 'disagreement-codes',
      title: 'Disagreements per code',
      columns: ['Code', 'Passages'],
      rows: byCode.slice(0, n).map(([k, c]) => [k, String(c)]),
      note: `Passage disagreements naming each code (one passage with two codes counts for both).${more(Math.min(n, byCode.length), byCode.length, 'codes')}`,
    },
    {
      id: 'disagreement-transcripts',
      title: 'Disagreements per transcript',
      columns: ['Transcript', 'Disagreements'],
      rows: byTranscript.slice(0, n).map(([k, c]) => [k, String(c)]),
      note:
        more(Math.min(n, byTranscript.length), byTranscript.length, 'transcripts with disagreements').trim() ||
        undefined,
    },
    {
      id: 'disagreements',
      title: 'Largest disagreements',
      columns: ['Transcript', 'Kind', 'Where', 'Detail'],
      rows: top.map((d) => [d.transcriptTitle, d.kind, d.start === null ? '' : `${d.start}-${d.end}`, detailOf(d)]),
      note: `Classification first (most levels), then scales (widest spread), then passages (longest). Where = character offsets [start, end) in the transcript text.${more(top.length, all.length, 'disagreements; the Review view lists every one')}`,
    },
  ];
}
