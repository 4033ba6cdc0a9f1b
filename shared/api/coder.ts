import { z } from 'zod';
import { takes } from './method.ts';
import { emptyArgs } from './primitives.ts';

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

export const coderCreateArgs = z
  .object({
    name: z.string().trim().min(1, 'a coder needs a name').max(80, 'a coder name has at most 80 characters'),
    role: coderRole.default('coder'),
  })
  .strict();

export const coderApi = {
  'coder-list': takes(emptyArgs).returns<Coder[]>(),
  'coder-create': takes(coderCreateArgs).returns<Coder>(),
};
