import { z } from 'zod';
import type { Codebook } from '../codebook/codebook-schema.ts';
import { takes } from './method.ts';
import { emptyArgs } from './primitives.ts';

export interface StoredCodebook {
  /** "<codebook id>@<version>": what every annotation, rating and classification records. */
  key: string;
  codebook: Codebook;
  active: boolean;
}

export interface CodebookVersion {
  key: string;
  id: string;
  version: number;
  name: string;
  active: boolean;
  createdAt: string;
  /** Annotations, ratings and classifications made with this version. */
  uses: number;
}

export const codebookKeyArg = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*@\d+$/, 'a codebook key looks like "aai-default@2"');

export const codebookSaveArgs = z.object({ codebook: z.unknown() }).strict();
export const codebookImportArgs = z
  .object({ json: z.string().max(5_000_000), fileName: z.string().max(500).optional() })
  .strict();
export const codebookKeyArgs = z.object({ key: codebookKeyArg }).strict();

export const codebookApi = {
  /** The project's active codebook with all its codes (archived ones included, flagged). */
  'codebook-get-active': takes(emptyArgs).returns<StoredCodebook>(),
  'codebook-get': takes(codebookKeyArgs).returns<StoredCodebook>(),
  'codebook-list': takes(emptyArgs).returns<CodebookVersion[]>(),
  /**
   * Save an edited codebook as a NEW version and make it active (existing codings keep the version they
   * used). `codebook` is validated like an imported file; its version number is assigned here.
   */
  'codebook-save': takes(codebookSaveArgs).returns<StoredCodebook>(),
  /** Import a codebook JSON file's text (validated, then saved as a new version). */
  'codebook-import': takes(codebookImportArgs).returns<StoredCodebook>(),
  'codebook-activate': takes(codebookKeyArgs).returns<StoredCodebook>(),
};
