import { z } from 'zod';
import { takes } from './method.ts';

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
 * One recorded act. `role-changed`: the subject is a coder, detail {from, to} (and `reason` when the
 * project itself made the change: a project's first coder is its lead). No actor: done by an upgrade.
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
  .object({ action: auditAction.optional(), limit: z.number().int().min(1).max(10_000).default(500) })
  .strict();

export const auditApi = {
  /** The project's audit log, newest first (every coder may read it: it records no coding). */
  'audit-list': takes(auditListArgs).returns<AuditEntry[]>(),
};
