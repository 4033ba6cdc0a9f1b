import { z } from 'zod';
import { emptyArgs } from './project.ts';

export const coderRole = z.enum(['coder', 'lead', 'trainer', 'trainee', 'consensus']);
export type CoderRole = z.infer<typeof coderRole>;

export interface Coder {
  id: string;
  name: string;
  role: CoderRole;
  createdAt: string;
}

export const coderCreateArgs = z
  .object({
    name: z.string().trim().min(1, 'a coder needs a name').max(80, 'a coder name has at most 80 characters'),
    role: coderRole.default('coder'),
  })
  .strict();

export type CoderHandlers = {
  'coder-list': (arg: Record<string, never>) => Promise<Coder[]>;
  'coder-create': (arg: z.input<typeof coderCreateArgs>) => Promise<Coder>;
};

export const coderSchemas = {
  'coder-list': emptyArgs,
  'coder-create': coderCreateArgs,
};
