import type { AuditEntry } from '../../../shared/api/audit.ts';
import { csvCell } from '../../../shared/csv/csv-cell.ts';

/** How each action reads in the log. */
export const ACTION_LABELS: Record<string, string> = {
  'role-changed': 'Role changed',
  'classification-set': 'Classification set',
  'classification-changed': 'Classification changed',
  'classification-cleared': 'Classification cleared',
  'rating-changed-after-complete': 'Rating changed after complete',
  reveal: 'Reveal',
  'key-set': 'Key set',
  'consensus-accepted': 'Consensus item accepted',
  'coding-imported': 'Coding imported',
  'plan-made': 'Plan made',
  'package-written': 'Package written',
  'transcript-deleted': 'Transcript deleted',
  'coder-deleted': 'Coder deleted',
};

export interface AuditNames {
  coders: Map<string, string>;
  transcripts: Map<string, string>;
}

/** What an entry is about, named where the project still knows the id (a deleted transcript stays an id). */
export function targetLabel(e: AuditEntry, names: AuditNames): string {
  if (e.subjectId === null) return 'the whole project';
  if (e.subjectName) return e.subjectName;
  return names.transcripts.get(e.subjectId) ?? names.coders.get(e.subjectId) ?? e.subjectId;
}

const DETAIL_LABELS: Record<string, string> = {
  coderId: 'coding of',
  keyCoderId: 'key',
  fromCoderId: 'from',
  setId: 'training set',
  scaleId: 'scale',
};

/** Details as "label: value", with coder ids named (a deleted coder stays an id). */
export function detailLabel(e: AuditEntry, names: AuditNames): string {
  return Object.entries(e.detail)
    .map(([k, v]) => {
      const value = /coderid$/i.test(k) ? (names.coders.get(v) ?? (v || 'none')) : v;
      return `${DETAIL_LABELS[k] ?? k}: ${value}`;
    })
    .join(' · ');
}

const COLUMNS = ['at', 'coder', 'coder_id', 'action', 'target', 'target_name', 'detail'] as const;

/** The log as CSV: every text cell formula-neutralised (a coder named "=cmd|…" stays text). */
export function auditCsv(entries: readonly AuditEntry[], names: AuditNames): string {
  const rows = entries.map((e) =>
    [
      e.at,
      e.actorName ?? '',
      e.actorId ?? '',
      e.action,
      e.subjectId ?? '',
      e.subjectId === null ? '' : targetLabel(e, names),
      JSON.stringify(e.detail),
    ].map((c) => csvCell(c)),
  );
  return [COLUMNS.join(','), ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';
}

/** The log as JSON: the command line's {at, coder, action, target} plus ids, the target's name and details. */
export function auditJson(entries: readonly AuditEntry[], names: AuditNames): string {
  return `${JSON.stringify(
    entries.map((e) => ({
      at: e.at,
      coder: e.actorName,
      action: e.action,
      target: e.subjectId,
      coderId: e.actorId,
      targetName: e.subjectId === null ? null : targetLabel(e, names),
      detail: e.detail,
    })),
    null,
    2,
  )}\n`;
}
