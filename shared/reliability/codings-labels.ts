// Variable and value labels for the SPSS syntax of both codings layouts, from the active codebook.
import type { Codebook } from '../codebook/codebook-schema.ts';
import type { WideColumn } from './codings-csv.ts';
import { LONG_COLUMNS, LONG_NUMERIC, type LongColumn } from './codings-long.ts';
import { ColumnStats, spssSyntax, type SpssColumn, type SpssValueLabels } from './codings-spss.ts';

const LONG_LABELS: Record<LongColumn, string> = {
  transcript_id: 'Transcript id',
  transcript: 'Transcript title',
  participant: 'Participant code',
  coder_id: 'Coder id',
  coder: 'Coder',
  role: "Coder's role",
  kind: 'Row kind (classification, level, scale, span, memo, status)',
  item: 'Item: code, scale, classification level or part',
  target: "Scale's target (mother, father, other, transcript, event:id)",
  value: 'Value as text',
  numeric: 'Scale rating',
  not_rateable: 'Marked not rateable (1 = yes)',
  start: 'Highlight start (UTF-16 offset)',
  end: 'Highlight end (UTF-16 offset, exclusive)',
  severity: "Highlight's severity",
  note: 'Note or memo text',
  event_key: 'Loss or trauma event key (kind:who)',
  event_kind: 'Event kind (loss or trauma)',
  event_who: 'Event: whom it concerns',
  event_age: "Event: speaker's age",
  confidence: 'Classification confidence (0 to 1)',
  forced: 'Classification forced (1 = yes)',
  submitted_at: 'Submitted at (ISO 8601)',
};

/** Category and subtype ids → labels (classification values). */
function categoryLabels(cb: Codebook): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const p of cb.classification?.primary ?? []) {
    out.push([p.id, p.label]);
    for (const s of p.subtypes) out.push([s.id, s.label]);
  }
  return out;
}

const scaleLabel = (s: Codebook['scales'][number]) => `${s.label} (${s.min} to ${s.max}, step ${s.step})`;

/** Labels that may name the long layout's `item`: codes, scales (with their points), levels and the classification parts. */
function itemLabels(cb: Codebook): Array<[string, string]> {
  return [
    ['classification', 'Classification (with its alternative)'],
    ['primary', 'Primary category'],
    ['subtype', 'Subtype'],
    ['alternative', 'Alternative (U, CC)'],
    ...(cb.classification?.levels ?? []).map((l): [string, string] => [l.id, l.label]),
    ...cb.scales.map((s): [string, string] => [s.id, scaleLabel(s)]),
    ...cb.codes.map((c): [string, string] => [c.id, c.label]),
  ];
}

/** Only values that fit the variable (SPSS refuses a label for a longer value), each once. */
function fitting(labels: Array<[string, string]>, width: number): Array<[string, string]> {
  const seen = new Set<string>();
  return labels.filter(([v]) => v.length <= width && !seen.has(v) && (seen.add(v), true));
}

export function longSpss(cb: Codebook, stats: ColumnStats, csvFile: string, title: string): string {
  const columns: SpssColumn[] = LONG_COLUMNS.map((name, j) => {
    const type = LONG_NUMERIC.has(name) ? 'number' : 'text';
    return { name, type, width: type === 'number' ? stats.decimals[j]! : stats.widths[j]!, label: LONG_LABELS[name] };
  });
  const width = (c: LongColumn) => stats.widths[LONG_COLUMNS.indexOf(c)]!;
  const valueLabels: SpssValueLabels[] = [
    { variables: ['item'], type: 'text', labels: fitting(itemLabels(cb), width('item')) },
    { variables: ['value'], type: 'text', labels: fitting(categoryLabels(cb), width('value')) },
    {
      variables: ['not_rateable'],
      type: 'number',
      labels: [
        [0, 'rated'],
        [1, 'not rateable'],
      ],
    },
    {
      variables: ['forced'],
      type: 'number',
      labels: [
        [0, 'not forced'],
        [1, 'forced'],
      ],
    },
  ];
  return spssSyntax({ csvFile, columns, valueLabels, title });
}

export function wideSpss(
  cb: Codebook,
  wide: { header: string[]; columns: WideColumn[]; rows: ReadonlyArray<ReadonlyArray<string | number | null>> },
  csvFile: string,
  title: string,
): string {
  const stats = new ColumnStats(wide.header.length);
  for (const r of wide.rows) stats.observe(r);
  const isCategory = (j: number) => ['class', 'level'].includes(wide.columns[j]?.kind ?? '');
  // One VALUE LABELS list needs string variables of one width: the category columns share the widest.
  let categoryWidth = 2;
  wide.header.forEach((_, j) => {
    if (isCategory(j)) categoryWidth = Math.max(categoryWidth, stats.widths[j]!);
  });
  const columns: SpssColumn[] = wide.header.map((name, j) => {
    const kind = wide.columns[j]?.kind ?? 'text';
    const type = kind === 'scale' || kind === 'count' ? 'number' : 'text';
    const width = type === 'number' ? stats.decimals[j]! : isCategory(j) ? categoryWidth : stats.widths[j]!;
    return { name, type, width, label: wide.columns[j]?.label ?? name };
  });
  const categoryVars = wide.header.filter((_, j) => isCategory(j));
  const valueLabels: SpssValueLabels[] = [
    { variables: categoryVars, type: 'text', labels: fitting(categoryLabels(cb), categoryWidth) },
  ];
  return spssSyntax({ csvFile, columns, valueLabels, title });
}
