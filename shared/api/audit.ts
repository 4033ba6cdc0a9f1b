import { z } from 'zod';
import { takes } from './method.ts';
import { id } from './primitives.ts';

/**
 * The acts that matter for a published reliability figure. Entries hold ids and names, never transcript
 * text. `target` ids name what the act is about (a coder, a transcript, a plan…).
 */
export const auditAction = z.enum([
  'role-changed',
  'classification-set',
  'classification-changed',
  'classification-cleared',
  'rating-changed-after-complete',
  'reveal',
  'key-set',
  'consensus-accepted',
  'coding-imported',
  'plan-made',
  'package-written',
  'transcript-deleted',
  'coder-deleted',
]);
export type AuditAction = z.infer<typeof auditAction>;

/**
 * One recorded act: who (the acting coder, named as they were then; null when done by an upgrade or the
 * command line), what, and the id of what it is about (`subjectId`: a coder, a transcript or a training
 * set; null for the whole project). Details hold ids, names and roles, never coding values or text:
 * - `role-changed`: subject a coder; {from, to} (and `reason` when the project made the change).
 * - `classification-set|changed|cleared`: subject a transcript; {coderId}.
 * - `rating-changed-after-complete`: subject a transcript; {coderId, scaleId, target, change: set|cleared}.
 * - `reveal`: subject null for the whole project ({revealed: "true"|"false"}), a transcript otherwise.
 * - `key-set`: subject a transcript; {keyCoderId} ("" when cleared), and {setId} for a training set's key.
 * - `consensus-accepted`: subject a transcript; {kind, fromCoderId}.
 * - `transcript-deleted`: subject the transcript; counts of what went with it. `coder-deleted`: subject the
 *   coder (named); counts.
 */
export interface AuditEntry {
  id: number;
  /** ISO 8601, UTC. */
  at: string;
  action: string;
  actorId: string | null;
  actorName: string | null;
  subjectId: string | null;
  subjectName: string | null;
  detail: Record<string, string>;
}

export const auditListArgs = z
  .object({
    action: auditAction.optional(),
    /** Only the entries this coder made. */
    coderId: id.optional(),
    limit: z.number().int().min(1).max(100_000).default(500),
  })
  .strict();

export const auditApi = {
  /** The project's audit log, newest first (every coder may read it: it records no coding). */
  'audit-list': takes(auditListArgs).returns<AuditEntry[]>(),
};
