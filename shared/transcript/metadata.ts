import { z } from 'zod';
import { HEADER_KEY_ALIASES, normalizeHeaderKey } from './header-keys.ts';
import { DEFAULT_SPEAKER_PATTERNS, detectTurns, type SpeakerPattern } from './turns.ts';

/**
 * Transcript metadata: three core fields, free fields, and the names of fields hidden from coders
 * (coders are usually blind to other data, e.g. the infant's Strange Situation result).
 */

/** ISO date, possibly partial (coarsened for privacy): YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialIsoDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD');

export const CORE_METADATA_FIELDS = ['participantCode', 'interviewDate', 'interviewer'] as const;
export type CoreMetadataField = (typeof CORE_METADATA_FIELDS)[number];

const fieldName = z.string().trim().min(1, 'a field name is required').max(60);

export const transcriptMetadataSchema = z
  .object({
    participantCode: z.string().trim().min(1).max(100).optional(),
    interviewDate: partialIsoDate.optional(),
    interviewer: z.string().trim().min(1).max(200).optional(),
    /** Lab-defined fields, e.g. "Wave": "2". */
    fields: z.record(fieldName, z.string().max(2000)).default({}),
    /** Names of fields (core or free) never shown to coders. Compared case-insensitively. */
    hiddenFields: z.array(fieldName).max(200).default([]),
  })
  .strict();

export type TranscriptMetadata = z.infer<typeof transcriptMetadataSchema>;

function sameField(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The metadata a coder may see: every field named in `hidden` (core or free, case-insensitive) is
 * removed, and so is the hidden-field list itself (its names can hint at the hidden data).
 */
export function visibleMetadata(
  meta: TranscriptMetadata,
  hidden: readonly string[] = meta.hiddenFields,
): TranscriptMetadata {
  const isHidden = (name: string) => hidden.some((h) => sameField(h, name));
  const out: TranscriptMetadata = { fields: {}, hiddenFields: [] };
  for (const f of CORE_METADATA_FIELDS) {
    const v = meta[f];
    if (v !== undefined && !isHidden(f)) out[f] = v;
  }
  for (const [k, v] of Object.entries(meta.fields)) if (!isHidden(k)) out.fields[k] = v;
  return out;
}

/** Flatten to the string record the transcript API carries (core fields under their own names). */
export function metadataToRecord(meta: TranscriptMetadata): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of CORE_METADATA_FIELDS) {
    const v = meta[f];
    if (v !== undefined) out[f] = v;
  }
  for (const [k, v] of Object.entries(meta.fields)) if (!(k in out)) out[k] = v;
  return out;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function monthIndex(name: string): number | null {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n.length < 3) return null;
  const i = MONTHS.findIndex((m) => m.startsWith(n));
  return i === -1 ? null : i + 1;
}

function iso(y: number, m?: number, d?: number): string | null {
  if (y < 1900 || y > 2200) return null;
  if (m === undefined) return String(y);
  if (m < 1 || m > 12) return null;
  const mm = String(m).padStart(2, '0');
  if (d === undefined) return `${y}-${mm}`;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > days) return null;
  return `${y}-${mm}-${String(d).padStart(2, '0')}`;
}

/**
 * Parse an interview date into ISO form (possibly partial). Accepts unambiguous forms only:
 * 2026-03-02, 2026-03, 2026, 2026/03/02, 2.3.2026 (day.month.year), "2 March 2026", "March 2, 2026",
 * "March 2026". Slash dates like 02/03/2026 are ambiguous (day or month first) and return null.
 */
export function parseInterviewDate(value: string): string | null {
  const v = value.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?$/.exec(v)))
    return iso(
      Number(m[1]),
      m[2] === undefined ? undefined : Number(m[2]),
      m[3] === undefined ? undefined : Number(m[3]),
    );
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v))) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(v))) {
    const mo = monthIndex(m[2]!);
    return mo === null ? null : iso(Number(m[3]), mo, Number(m[1]));
  }
  if ((m = /^([A-Za-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(v))) {
    const mo = monthIndex(m[1]!);
    return mo === null ? null : iso(Number(m[3]), mo, Number(m[2]));
  }
  if ((m = /^([A-Za-z]+\.?),?\s+(\d{4})$/.exec(v))) {
    const mo = monthIndex(m[1]!);
    return mo === null ? null : iso(Number(m[2]), mo);
  }
  return null;
}

/** Coarsen an ISO (partial) date for privacy: 'month' keeps YYYY-MM, 'year' keeps YYYY. */
export function coarsenDate(date: string, to: 'month' | 'year'): string {
  return to === 'year' ? date.slice(0, 4) : date.slice(0, 7);
}

export interface HeaderEntry {
  /** The key as written, e.g. "Participant". */
  key: string;
  value: string;
  /** Which core field it filled, or null for a free field. */
  field: CoreMetadataField | null;
  /** Offsets of the whole line. */
  start: number;
  end: number;
}

export interface ParsedHeader {
  metadata: TranscriptMetadata;
  entries: HeaderEntry[];
  /** Where the header region ends: the first turn's start, or (no turns) the end of the first block of lines. */
  end: number;
  warnings: string[];
}

export interface ParseHeaderOptions {
  /** Offset of the first turn, if the caller already detected turns. */
  firstTurnStart?: number;
  patterns?: SpeakerPattern[];
  extraLabels?: string[];
}

const HEADER_LINE =
  /^[ \t]*(?:\*\*|__)?([\p{L}][\p{L}\p{N} ._-]{0,40}?)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*(.*?)[ \t]*$/u;

function firstBlockEnd(text: string): number {
  const blank = /\n[ \t]*\n/.exec(text);
  return blank ? blank.index : text.length;
}

/**
 * Read `Key: value` lines before the first turn. Known keys (Participant, Participant code, Subject ID,
 * Date, Interview date, Interviewer, …; see header-keys.ts) fill the core fields; any other
 * `Key: value` line becomes a free field keyed as written. The first value for a key wins; a date in
 * an unrecognised form is kept as a free field and reported in `warnings`.
 */
export function parseHeader(text: string, options: ParseHeaderOptions = {}): ParsedHeader {
  const firstTurn =
    options.firstTurnStart ??
    detectTurns(text, options.patterns ?? DEFAULT_SPEAKER_PATTERNS, { extraLabels: options.extraLabels ?? [] })[0]
      ?.start;
  // Without turns, only the first block of lines (up to a blank line) can be a header: otherwise
  // unrecognised speaker labels ("Q: …") would all be read as metadata.
  const end = firstTurn ?? firstBlockEnd(text);
  const region = text.slice(0, end);
  const metadata: TranscriptMetadata = { fields: {}, hiddenFields: [] };
  const entries: HeaderEntry[] = [];
  const warnings: string[] = [];
  let pos = 0;
  while (pos < region.length) {
    const nl = region.indexOf('\n', pos);
    const lineEnd = nl === -1 ? region.length : nl;
    const m = HEADER_LINE.exec(region.slice(pos, lineEnd));
    if (m && m[1] !== undefined && m[2] !== undefined && m[2] !== '') {
      const key = m[1].trim();
      const value = m[2];
      const alias = HEADER_KEY_ALIASES[normalizeHeaderKey(key)];
      let field: CoreMetadataField | null = alias ?? null;
      if (field === 'interviewDate') {
        const date = parseInterviewDate(value);
        if (date === null) {
          warnings.push(
            `The interview date "${value}" is not in a recognised form (use YYYY-MM-DD); it was kept as a free field.`,
          );
          field = null;
        } else if (metadata.interviewDate === undefined) metadata.interviewDate = date;
      } else if (field !== null) {
        if (metadata[field] === undefined) metadata[field] = value.slice(0, field === 'participantCode' ? 100 : 200);
      }
      if (field === null && !(key in metadata.fields)) metadata.fields[key] = value.slice(0, 2000);
      entries.push({ key, value, field, start: pos, end: lineEnd });
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  return { metadata, entries, end, warnings };
}
