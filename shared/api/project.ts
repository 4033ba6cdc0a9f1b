import { z } from 'zod';

export const projectPath = z
  .string()
  .trim()
  .min(1, 'a project path is required')
  .refine((p) => p.toLowerCase().endsWith('.attune'), 'a project file name ends in .attune');

export const projectCreateArgs = z.object({ path: projectPath }).strict();
export const projectOpenArgs = z.object({ path: projectPath }).strict();
export const emptyArgs = z.object({}).strict();

export interface ProjectSummary {
  path: string;
  name: string;
  /** Schema version the file is at after opening. */
  schemaVersion: number;
  /** Set when opening migrated the file: where the pre-migration copy was written. */
  backupPath: string | null;
  counts: ProjectCounts;
}

export interface ProjectCounts {
  transcripts: number;
  coders: number;
  annotations: number;
}

export type ProjectHandlers = {
  'project-create': (arg: z.infer<typeof projectCreateArgs>) => Promise<ProjectSummary>;
  'project-open': (arg: z.infer<typeof projectOpenArgs>) => Promise<ProjectSummary>;
  'project-close': (arg: Record<string, never>) => Promise<null>;
  /** The open project, or null when none is open. */
  'project-current': (arg: Record<string, never>) => Promise<ProjectSummary | null>;
  /** Recently opened project paths, newest first, existing files only. */
  'project-recent': (arg: Record<string, never>) => Promise<string[]>;
};

export const projectSchemas = {
  'project-create': projectCreateArgs,
  'project-open': projectOpenArgs,
  'project-close': emptyArgs,
  'project-current': emptyArgs,
  'project-recent': emptyArgs,
};
