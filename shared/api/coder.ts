import { withdrawalDeleteArgs, withdrawalIdArgs, type WithdrawalPreview, type WithdrawalResult } from './withdrawal.ts';
import { z } from 'zod';
import { takes } from './method.ts';
import { emptyArgs, id } from './primitives.ts';

export const coderRole = z.enum(['coder', 'lead', 'trainer', 'trainee', 'consensus']);
export type CoderRole = z.infer<typeof coderRole>;

export interface Coder {
  id: string;
  name: string;
  role: CoderRole;
  createdAt: string;
}

/** The one role rule: leads and trainers may see every coder's work and change what the project shares. */
export function isPrivilegedRole(role: CoderRole | null | undefined): boolean {
  return role === 'lead' || role === 'trainer';
}

/** Who may grant a role: a lead grants any; anyone adds a coder or trainee (see `coder-create`). */
export function mayGrantRole(actingRole: CoderRole | null | undefined, role: CoderRole): boolean {
  return actingRole === 'lead' || role === 'coder' || role === 'trainee';
}

export const coderCreateArgs = z
  .object({
    name: z.string().trim().min(1, 'a coder needs a name').max(80, 'a coder name has at most 80 characters'),
    /** Left out: lead for a project's first coder, coder after that. */
    role: coderRole.optional(),
  })
  .strict();

/** The roles a lead can give (the consensus record is made by the consensus view, never given). */
export const assignableRole = z.enum(['coder', 'lead', 'trainer', 'trainee']);
export type AssignableRole = z.infer<typeof assignableRole>;

export const coderSetRoleArgs = z.object({ coderId: id, role: assignableRole }).strict();

export const coderApi = {
  'coder-list': takes(emptyArgs).returns<Coder[]>(),
  /**
   * Add a coder. A project's first coder is its lead; after that a lead adds anyone, and anyone adds
   * a coder or trainee (leads and trainers need a lead as the acting coder).
   */
  'coder-create': takes(coderCreateArgs).returns<Coder>(),
  /** Change a coder's role: a lead only, never leaving the project without a lead; recorded in the audit log. */
  'coder-set-role': takes(coderSetRoleArgs).returns<Coder>(),
  /** What deleting the coder would remove (a lead only). */
  'coder-get-withdrawal': takes(withdrawalIdArgs).returns<WithdrawalPreview>(),
  /**
   * Delete the coder and all their coding (a lead only; `confirm` is their name; never yourself or the
   * only lead). Their audit entries stay, naming them.
   */
  'coder-delete': takes(withdrawalDeleteArgs).returns<WithdrawalResult>(),
};
