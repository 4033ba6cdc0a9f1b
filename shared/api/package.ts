import { z } from 'zod';
import { takes } from './method.ts';
import { emptyArgs, id } from './primitives.ts';
import type { ProjectSummary } from './project.ts';

/** What marks a project file as a coder package: shown as "Package for Ada from study X". */
export interface PackageInfo {
  /** The lead's project it was written from. */
  originProjectId: string;
  originName: string;
  coderId: string;
  coderName: string;
  /** ISO 8601, UTC. */
  writtenAt: string;
  transcripts: number;
}

export interface PackageWritten {
  path: string;
  coderId: string;
  coderName: string;
  transcripts: number;
  encrypted: boolean;
  /** The coder's earlier items made with another codebook version than the active one (not packaged). */
  leftOut: number;
}

/** A passphrase as typed: never stored, logged or echoed. */
export const passphrase = z.string().min(1, 'enter the passphrase').max(1024);

export const packageExportArgs = z
  .object({
    /** Coders to package; omitted: every coder with transcripts assigned in the study plan. */
    coderIds: z.array(id).min(1).optional(),
    /** The folder the packages are written to, one file per coder. */
    folder: z.string().trim().min(1, 'choose a folder for the packages').max(4096),
    passphrase: passphrase.optional(),
    /** Replace files of the same name in the folder (otherwise an existing file is refused). */
    overwrite: z.boolean().default(false),
  })
  .strict();

export const packageOpenArgs = z
  .object({
    /** An encrypted project or package (`.attune.age`, or any age-encrypted `.attune`). */
    path: z.string().trim().min(1, 'a file path is required').max(4096),
    passphrase,
    /**
     * The decrypted copy is written beside the file (`Ada.attune.age` → `Ada.attune`). If that copy already
     * exists: 'refuse' (the default; the answer says so), 'open-existing' or 'replace'.
     */
    existing: z.enum(['refuse', 'open-existing', 'replace']).default('refuse'),
  })
  .strict();

export const packageApi = {
  /** Write one package per coder into a folder (a lead only); audited as package-written. */
  'package-export': takes(packageExportArgs).returns<PackageWritten[]>(),
  /** Decrypt an encrypted project beside itself and open the decrypted copy. */
  'package-open': takes(packageOpenArgs).returns<ProjectSummary>(),
  /** The open project's package marker, or null when it is not a package. */
  'package-get': takes(emptyArgs).returns<PackageInfo | null>(),
};
