import type { ImportMetadata } from '../../../shared/api/transcript.ts';
import { CORE_METADATA_FIELDS, partialIsoDate, type CoreMetadataField } from '../../../shared/transcript/metadata.ts';

/**
 * Transcript metadata as the API carries it (one flat record: core fields under their own names,
 * free fields beside them) and as the editor shows it. Hidden fields are a project setting naming
 * fields case-insensitively (hiddenMetadataFields); the services leave them out for coders.
 */

export const CORE_LABELS: Record<CoreMetadataField, string> = {
  participantCode: 'Participant code',
  interviewDate: 'Interview date',
  interviewer: 'Interviewer',
};

const isCore = (k: string): k is CoreMetadataField => (CORE_METADATA_FIELDS as readonly string[]).includes(k);

export function fieldLabel(key: string): string {
  return isCore(key) ? CORE_LABELS[key] : key;
}

export function isHidden(hidden: readonly string[], name: string): boolean {
  const n = name.trim().toLowerCase();
  return hidden.some((h) => h.trim().toLowerCase() === n);
}

/** The hidden list with `name` hidden or shown (every spelling of it removed when shown). */
export function withHidden(hidden: readonly string[], name: string, on: boolean): string[] {
  const rest = hidden.filter((h) => h.trim().toLowerCase() !== name.trim().toLowerCase());
  return on ? [...rest, name.trim()] : rest;
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  const norm = (l: readonly string[]) => [...new Set(l.map((x) => x.trim().toLowerCase()))].sort().join('\u0000');
  return norm(a) === norm(b);
}

/** The editable form of a stored record. */
export interface MetadataDraft {
  participantCode: string;
  interviewDate: string;
  interviewer: string;
  /** Free fields in their stored order. */
  fields: { key: string; value: string }[];
}

export function toDraft(record: Readonly<Record<string, string>>): MetadataDraft {
  return {
    participantCode: record['participantCode'] ?? '',
    interviewDate: record['interviewDate'] ?? '',
    interviewer: record['interviewer'] ?? '',
    fields: Object.entries(record)
      .filter(([k]) => !isCore(k))
      .map(([key, value]) => ({ key, value })),
  };
}

/** What transcript-update-metadata takes; empty values are dropped by the service. */
export function fromDraft(d: MetadataDraft): ImportMetadata {
  return {
    participantCode: d.participantCode.trim(),
    interviewDate: d.interviewDate.trim(),
    interviewer: d.interviewer.trim(),
    fields: Object.fromEntries(d.fields.map((f) => [f.key.trim(), f.value])),
  };
}

/** The record the service will store for a draft (empty values dropped, values trimmed). */
export function recordOf(d: MetadataDraft): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of CORE_METADATA_FIELDS) if (d[k].trim()) out[k] = d[k].trim();
  for (const f of d.fields) if (f.value.trim() && !(f.key.trim() in out)) out[f.key.trim()] = f.value.trim();
  return out;
}

export function sameRecord(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => b[k] === a[k]);
}

/** Why a new free field's name cannot be added, or null. */
export function newFieldProblem(d: MetadataDraft, name: string): string | null {
  const n = name.trim();
  if (!n) return 'Enter a field name.';
  if (n.length > 60) return 'A field name has at most 60 characters.';
  const lower = n.toLowerCase();
  if (CORE_METADATA_FIELDS.some((k) => k.toLowerCase() === lower || CORE_LABELS[k].toLowerCase() === lower))
    return `“${n}” is already a field above.`;
  if (d.fields.some((f) => f.key.trim().toLowerCase() === lower)) return `There is already a field “${n}”.`;
  return null;
}

/** The first problem that stops saving, or null. */
export function draftProblem(d: MetadataDraft): string | null {
  const date = d.interviewDate.trim();
  if (date && !partialIsoDate.safeParse(date).success)
    return 'Write the interview date as YYYY, YYYY-MM or YYYY-MM-DD.';
  if (d.participantCode.trim().length > 100) return 'A participant code has at most 100 characters.';
  if (d.interviewer.trim().length > 200) return 'The interviewer has at most 200 characters.';
  const long = d.fields.find((f) => f.value.length > 2000);
  if (long) return `“${long.key}” has more than 2,000 characters.`;
  return null;
}

/** The fields to show, in order: core fields first, then free fields, each with whether it is hidden. */
export function metadataRows(
  record: Readonly<Record<string, string>>,
  hidden: readonly string[],
): { key: string; label: string; value: string; hidden: boolean }[] {
  const core = CORE_METADATA_FIELDS.filter((k) => record[k] !== undefined).map((k) => ({
    key: k,
    label: CORE_LABELS[k],
    value: record[k]!,
    hidden: isHidden(hidden, k),
  }));
  const free = Object.entries(record)
    .filter(([k]) => !isCore(k))
    .map(([key, value]) => ({ key, label: key, value, hidden: isHidden(hidden, key) }));
  return [...core, ...free];
}
