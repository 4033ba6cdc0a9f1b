// All codings as CSV for R (read.csv) and SPSS: plain ASCII headers that are valid variable names in
// both, NA for every missing value, RFC 4180 quoting, UTF-8 text values, no byte-order mark (R's
// read.csv would otherwise glue it to the first header). Text cells that a spreadsheet would run as a
// formula get a leading ' (shared/csv/csv-cell.ts).
import { deriveLevel } from '../codebook/classification.ts';
import { csvCell } from '../csv/csv-cell.ts';
import { aggregateScaleRatings, formatClassification, participation, TARGET_ORDER } from './common.ts';
import type { ProjectAgreementInput } from './types.ts';

export const NA = 'NA';

/** The long layout's columns, in order (documented for analysts). */
export const LONG_COLUMNS = [
  'transcript_id', // Attune's transcript id
  'transcript', // title
  'coder_id',
  'coder', // coder name
  'role', // coder, lead, trainer, trainee or consensus
  'kind', // classification | level | scale | span
  'item', // classification: "classification", "primary", "subtype", "alternative"; level: level id; scale: scale id; span: code id
  'target', // scale: mother | father | other | transcript | event:<id>; otherwise NA
  'value', // text value (label, classification, number as text); NA when missing or not rateable
  'numeric', // scale value as a number; NA otherwise
  'not_rateable', // scale: 1 when marked not rateable, else 0; NA for other kinds
  'start', // span: start offset (UTF-16 code units, half-open); NA otherwise
  'end', // span: end offset; NA otherwise
] as const;

function cell(v: string | number | null | undefined): string {
  if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return NA;
  // A text "NA" is quoted so R does not read it as missing; formula-looking text is neutralised.
  if (v === NA) return `"${NA}"`;
  return csvCell(v);
}

export function line(cells: Array<string | number | null | undefined>): string {
  return cells.map(cell).join(',');
}

/**
 * A variable name valid in R and SPSS: ASCII letters, digits and underscores, starting with a
 * letter, at most 64 characters (SPSS's limit); diacritics are dropped ("Zoë" → "Zoe").
 */
export function variableName(raw: string, fallback = 'v'): string {
  let s = raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!s) s = fallback;
  if (!/^[A-Za-z]/.test(s)) s = `${fallback}_${s}`;
  return s.slice(0, 64).replace(/_+$/, '');
}

/** Unique short names for coders (R/SPSS column prefixes). */
export function coderPrefixes(coders: ReadonlyArray<{ id: string; name: string }>): Map<string, string> {
  const used = new Set<string>();
  const out = new Map<string, string>();
  coders.forEach((c, i) => {
    const base = variableName(c.name, `coder${i + 1}`).slice(0, 24);
    let name = base;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${base}_${k}`;
    used.add(name.toLowerCase());
    out.set(c.id, name);
  });
  return out;
}

/** Long layout: one row per coder × transcript × item. */
export function codingsCsvLong(input: ProjectAgreementInput): string {
  const scheme = input.codebook.classification;
  const coders = new Map(input.coders.map((c) => [c.id, c]));
  const titles = new Map(input.transcripts.map((t) => [t.id, t.title]));
  const order = new Map(input.transcripts.map((t, i) => [t.id, i]));
  const coderOrder = new Map(input.coders.map((c, i) => [c.id, i]));
  type Row = { t: string; c: string; sort: number; cells: Array<string | number | null> };
  const rows: Row[] = [];
  const base = (t: string, c: string) => [
    t,
    titles.get(t) ?? null,
    c,
    coders.get(c)?.name ?? null,
    coders.get(c)?.role ?? null,
  ];
  for (const k of input.classifications) {
    if (!coders.has(k.coderId) || !titles.has(k.transcriptId)) continue;
    const push = (kind: string, item: string, value: string | null, sort: number) =>
      rows.push({
        t: k.transcriptId,
        c: k.coderId,
        sort,
        cells: [...base(k.transcriptId, k.coderId), kind, item, null, value, null, null, null, null],
      });
    push('classification', 'classification', formatClassification(k), 0);
    push('classification', 'primary', k.primary, 1);
    push('classification', 'subtype', k.subtype, 2);
    push('classification', 'alternative', k.alternative, 3);
    for (const l of scheme?.levels ?? []) push('level', l.id, deriveLevel(scheme!, l.id, k).label, 4);
  }
  for (const r of input.ratings) {
    if (!coders.has(r.coderId) || !titles.has(r.transcriptId)) continue;
    const value = r.notRateable ? null : r.value;
    rows.push({
      t: r.transcriptId,
      c: r.coderId,
      sort: 5,
      cells: [
        ...base(r.transcriptId, r.coderId),
        'scale',
        r.scaleId,
        r.target,
        value === null ? null : String(value),
        value,
        r.notRateable ? 1 : 0,
        null,
        null,
      ],
    });
  }
  for (const a of input.annotations) {
    if (!coders.has(a.coderId) || !titles.has(a.transcriptId)) continue;
    rows.push({
      t: a.transcriptId,
      c: a.coderId,
      sort: 6 + a.start / 1e12,
      cells: [...base(a.transcriptId, a.coderId), 'span', a.codeId, null, a.codeId, null, null, a.start, a.end],
    });
  }
  rows.sort(
    (x, y) =>
      (order.get(x.t) ?? 0) - (order.get(y.t) ?? 0) ||
      (coderOrder.get(x.c) ?? 0) - (coderOrder.get(y.c) ?? 0) ||
      x.sort - y.sort,
  );
  return `${[line([...LONG_COLUMNS]), ...rows.map((r) => line(r.cells))].join('\n')}\n`;
}

/**
 * Wide layout: one row per transcript. Per coder (prefix = coder name as a variable name):
 * `<coder>_class` (e.g. "U/E2"), `<coder>_<level>` per classification level, `<coder>_<scale>_<target>`
 * per scale and target (events: the highest event rating, target "event"; max-aggregated scales:
 * target "max"; not rateable = NA), and `<coder>_n_<code>` = number of spans of each code.
 * Coders who did not take part in a transcript have NA everywhere on its row.
 */
export function codingsCsvWide(input: ProjectAgreementInput): string {
  const scheme = input.codebook.classification;
  const levels = scheme?.levels ?? [];
  const prefix = coderPrefixes(input.coders);
  const part = participation(input);
  // Scale columns: every scale × target that occurs in the data, in codebook order.
  const scaleCols: Array<{ scaleId: string; target: string }> = [];
  const seen = new Set<string>();
  const perCell = new Map<string, Map<string, number | null>>(); // transcript|coder → scale|target → value
  for (const scale of input.codebook.scales) {
    const group = new Map<string, typeof input.ratings>();
    for (const r of input.ratings) {
      if (r.scaleId !== scale.id) continue;
      const k = `${r.transcriptId}\u0000${r.coderId}`;
      group.set(k, [...(group.get(k) ?? []), r]);
    }
    const targets = new Set<string>();
    for (const [k, rs] of group) {
      for (const [target, v] of aggregateScaleRatings(rs, scale)) {
        targets.add(target);
        const m = perCell.get(k) ?? new Map<string, number | null>();
        m.set(`${scale.id}\u0000${target}`, v.value);
        perCell.set(k, m);
      }
    }
    for (const target of [...targets].sort((a, b) => TARGET_ORDER.indexOf(a) - TARGET_ORDER.indexOf(b))) {
      const key = `${scale.id}\u0000${target}`;
      if (!seen.has(key)) {
        seen.add(key);
        scaleCols.push({ scaleId: scale.id, target });
      }
    }
  }
  const codeIds = input.codebook.codes
    .filter((c) => !c.archived || input.annotations.some((a) => a.codeId === c.id))
    .map((c) => c.id);
  for (const a of input.annotations) if (!codeIds.includes(a.codeId)) codeIds.push(a.codeId);
  const cls = new Map(input.classifications.map((c) => [`${c.transcriptId}\u0000${c.coderId}`, c]));
  const spanCount = new Map<string, number>();
  for (const a of input.annotations) {
    const k = `${a.transcriptId}\u0000${a.coderId}\u0000${a.codeId}`;
    spanCount.set(k, (spanCount.get(k) ?? 0) + 1);
  }

  const header: string[] = ['transcript_id', 'transcript'];
  for (const c of input.coders) {
    const p = prefix.get(c.id) as string;
    header.push(`${p}_class`);
    for (const l of levels) header.push(variableName(`${p}_${l.id}`));
    for (const s of scaleCols) header.push(variableName(`${p}_${s.scaleId}_${s.target}`));
    for (const code of codeIds) header.push(variableName(`${p}_n_${code}`));
  }
  // Long ids can collide after truncation to 64 characters: make every header unique.
  const used = new Set<string>();
  const uniqueHeader = header.map((h) => {
    let name = h;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${h.slice(0, 60)}_${k}`;
    used.add(name.toLowerCase());
    return name;
  });

  const out = [line(uniqueHeader)];
  for (const t of input.transcripts) {
    const cells: Array<string | number | null> = [t.id, t.title];
    for (const c of input.coders) {
      const took = part.get(t.id)?.has(c.id) ?? false;
      const k = cls.get(`${t.id}\u0000${c.id}`);
      cells.push(k ? formatClassification(k) : null);
      for (const l of levels) cells.push(k && scheme ? deriveLevel(scheme, l.id, k).label : null);
      const vals = perCell.get(`${t.id}\u0000${c.id}`);
      for (const s of scaleCols) cells.push(vals?.get(`${s.scaleId}\u0000${s.target}`) ?? null);
      for (const code of codeIds) cells.push(took ? (spanCount.get(`${t.id}\u0000${c.id}\u0000${code}`) ?? 0) : null);
    }
    out.push(line(cells));
  }
  return `${out.join('\n')}\n`;
}
