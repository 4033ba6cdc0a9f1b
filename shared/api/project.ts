import { z } from 'zod';
import { takes } from './method.ts';
import { emptyArgs, id } from './primitives.ts';

export const projectPath = z
  .string()
  .trim()
  .min(1, 'a project path is required')
  .refine((p) => p.toLowerCase().endsWith('.attune'), 'a project file name ends in .attune');

export const projectCreateArgs = z.object({ path: projectPath }).strict();
export const projectOpenArgs = z
  .object({
    path: projectPath,
    /**
     * Only reading (the command line's reports, counts and exports): opened read-only, so nothing can
     * change the file, and without the whole-file integrity check unless the file was not closed cleanly.
     */
    forReading: z.boolean().optional(),
  })
  .strict();

export interface ProjectSummary {
  path: string;
  name: string;
  /** Schema version the file is at after opening. */
  schemaVersion: number;
  /** Set when opening migrated the file: where the pre-migration copy was written. */
  backupPath: string | null;
  /** Opened read-only: the file, its folder or its disk cannot be written, so every change is refused. */
  readOnly: boolean;
  /** Shown with the project wherever it is open: "SYNTHETIC – NOT REAL DATA" for the demo study; else null. */
  notice: string | null;
  counts: ProjectCounts;
}

export interface ProjectCounts {
  transcripts: number;
  coders: number;
  annotations: number;
}

export interface SearchHit {
  transcriptId: string;
  title: string;
  start: number;
  end: number;
  /** 1-based line number in the stored text (coders cite lines). */
  line: number;
  context: string;
  /**
   * Where the match is: the transcript text (absent), a highlight's note, a transcript memo, or a memo
   * the lab shares: on a code (`codeId` says which) or on the project. Shared memos belong to no
   * transcript: their transcriptId and title are empty, start, end and line 0.
   */
  kind?: 'note' | 'memo' | 'code-memo' | 'project-memo';
  codeId?: string;
}

export const projectSearchArgs = z
  .object({
    query: z.string().min(1, 'type something to search for').max(500),
    transcriptIds: z.array(id).optional(),
    caseSensitive: z.boolean().default(false),
    limit: z.number().int().min(1).max(5000).default(500),
  })
  .strict();

export const projectApi = {
  'project-create': takes(projectCreateArgs).returns<ProjectSummary>(),
  'project-open': takes(projectOpenArgs).returns<ProjectSummary>(),
  'project-close': takes(emptyArgs).returns<null>(),
  /** The open project, or null when none is open. */
  'project-get-current': takes(emptyArgs).returns<ProjectSummary | null>(),
  /**
   * Build the demo study afresh in the user data folder (replacing the last one) and open it: four
   * invented interviews with independent, trainee and consensus coding (see the README).
   */
  'project-open-demo': takes(emptyArgs).returns<ProjectSummary>(),
  /** Recently opened project paths, newest first, existing files only. */
  'project-list-recent': takes(emptyArgs).returns<string[]>(),
  /** Every transcript's text (or the chosen ones'), as far as the acting coder may see it. */
  'project-search': takes(projectSearchArgs).returns<SearchHit[]>(),
};
