import { z } from 'zod';
import type { Codebook } from '../codebook/codebook-schema.ts';
import { emptyArgs } from './project.ts';

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

export type CodebookHandlers = {
  /** The project's active codebook with all its codes (archived ones included, flagged). */
  'codebook-active': (arg: Record<string, never>) => Promise<StoredCodebook>;
  'codebook-get': (arg: { key: string }) => Promise<StoredCodebook>;
  'codebook-list': (arg: Record<string, never>) => Promise<CodebookVersion[]>;
  /**
   * Save an edited codebook as a NEW version and make it active (existing codings keep the version they
   * used). `codebook` is validated like an imported file; its version number is assigned here.
   */
  'codebook-save': (arg: { codebook: unknown }) => Promise<StoredCodebook>;
  /** Import a codebook JSON file's text (validated, then saved as a new version). */
  'codebook-import': (arg: { json: string; fileName?: string | undefined }) => Promise<StoredCodebook>;
  'codebook-activate': (arg: { key: string }) => Promise<StoredCodebook>;
};

export const codebookSchemas = {
  'codebook-active': emptyArgs,
  'codebook-get': z.object({ key: codebookKeyArg }).strict(),
  'codebook-list': emptyArgs,
  'codebook-save': z.object({ codebook: z.unknown() }).strict(),
  'codebook-import': z.object({ json: z.string().max(5_000_000), fileName: z.string().max(500).optional() }).strict(),
  'codebook-activate': z.object({ key: codebookKeyArg }).strict(),
};
