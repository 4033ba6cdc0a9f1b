import type { Codebook } from '../codebook/codebook-schema.ts';
import { emptyArgs } from './project.ts';

export interface StoredCodebook {
  /** Row id in the project (name + version). */
  key: string;
  codebook: Codebook;
  active: boolean;
}

export type CodebookHandlers = {
  /** The project's active codebook with all its codes (archived ones included, flagged). */
  'codebook-active': (arg: Record<string, never>) => Promise<StoredCodebook>;
};

export const codebookSchemas = {
  'codebook-active': emptyArgs,
};
