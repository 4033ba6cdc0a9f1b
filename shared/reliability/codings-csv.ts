// All codings as CSV for R (read.csv) and SPSS: plain ASCII headers that are valid variable names in
// both, NA for every missing value, RFC 4180 quoting, UTF-8 text values, no byte-order mark (R's
// read.csv would otherwise glue it to the first header). Text cells that a spreadsheet would run as a
// formula get a leading ' (shared/csv/csv-cell.ts).
import { deriveLevel } from '../codebook/classification.ts';
import { csvCell } from '../csv/csv-cell.ts';
import { aggregateScaleRatings, formatClassification, participation, TARGET_ORDER } from './common.ts';
import type { ProjectAgreementInput } from './types.ts';

export const NA = 'NA';

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

/** What a wide column holds (for the SPSS syntax's labels). */
export interface WideColumn {
  label: string;
  kind: 'text' | 'class' | 'level' | 'scale' | 'count';
}

/**
 * Wide layout: one row per transcript. Per coder (prefix = coder name as a variable name):
 * `<coder>_class` (e.g. "U/E2"), `<coder>_<level>` per classification level, `<coder>_<scale>_<target>`
 * per scale and target (events: the highest event rating, target "event"; max-aggregated scales:
 * target "max"; not rateable = NA), and `<coder>_n_<code>` = number of spans of each code.
 * Coders who did not take part in a transcript have NA everywhere on its row. `participant` follows
 * the title. Columns that are NA on every row are left out.
 */
export function codingsWide(input: ProjectAgreementInput): {
  header: string[];
  columns: WideColumn[];
  rows: Array<Array<string | number | null>>;
} {
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

  const header: string[] = ['transcript_id', 'transcript', 'participant'];
  const meta: WideColumn[] = [
    { label: 'Transcript id', kind: 'text' },
    { label: 'Transcript', kind: 'text' },
    { label: 'Participant code', kind: 'text' },
  ];
  const col = (name: string, m: WideColumn) => {
    header.push(name);
    meta.push(m);
  };
  const scales = new Map(input.codebook.scales.map((s) => [s.id, s]));
  const codes = new Map(input.codebook.codes.map((c) => [c.id, c.label]));
  for (const c of input.coders) {
    const p = prefix.get(c.id) as string;
    col(`${p}_class`, { label: `${c.name}: classification`, kind: 'class' });
    for (const l of levels) col(variableName(`${p}_${l.id}`), { label: `${c.name}: ${l.label}`, kind: 'level' });
    for (const s of scaleCols) {
      const sc = scales.get(s.scaleId);
      const range = sc ? `, ${sc.min} to ${sc.max}` : '';
      col(variableName(`${p}_${s.scaleId}_${s.target}`), {
        label: `${c.name}: ${sc?.label ?? s.scaleId} (${s.target}${range})`,
        kind: 'scale',
      });
    }
    for (const code of codeIds)
      col(variableName(`${p}_n_${code}`), {
        label: `${c.name}: highlights of ${codes.get(code) ?? code}`,
        kind: 'count',
      });
  }
  // Long ids can collide after truncation to 64 characters: make every header unique.
  const used = new Set<string>();
  const uniqueHeader = header.map((h) => {
    let name = h;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${h.slice(0, 60)}_${k}`;
    used.add(name.toLowerCase());
    return name;
  });

  const rows: Array<Array<string | number | null>> = [];
  for (const t of input.transcripts) {
    const cells: Array<string | number | null> = [t.id, t.title, t.participant ?? null];
    for (const c of input.coders) {
      const took = part.get(t.id)?.has(c.id) ?? false;
      const k = cls.get(`${t.id}\u0000${c.id}`);
      cells.push(k ? formatClassification(k) : null);
      for (const l of levels) cells.push(k && scheme ? deriveLevel(scheme, l.id, k).label : null);
      const vals = perCell.get(`${t.id}\u0000${c.id}`);
      for (const s of scaleCols) cells.push(vals?.get(`${s.scaleId}\u0000${s.target}`) ?? null);
      for (const code of codeIds) cells.push(took ? (spanCount.get(`${t.id}\u0000${c.id}\u0000${code}`) ?? 0) : null);
    }
    rows.push(cells);
  }
  // A column empty (NA) on every row says nothing: it is dropped (the transcript's id and title stay).
  const keep = uniqueHeader.map((_, j) => j < 2 || rows.some((r) => r[j] !== null && r[j] !== undefined));
  const pick = <T>(cells: T[]) => cells.filter((_, j) => keep[j]);
  return { header: pick(uniqueHeader), columns: pick(meta), rows: rows.map(pick) };
}

export function codingsCsvWide(input: ProjectAgreementInput): string {
  const w = codingsWide(input);
  return `${[line(w.header), ...w.rows.map((r) => line(r))].join('\n')}\n`;
}
