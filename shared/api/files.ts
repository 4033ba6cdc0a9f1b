import { z } from 'zod';
import { takes } from './method.ts';

/**
 * The browser UI's file picker: a browser cannot hand the host a path, so the host lists folders itself,
 * under the user's home folder only. Listing is read-only and shows folders and the kinds of file asked for.
 */
export const fileKind = z.enum(['attune', 'attune-coding', 'qdpx', 'age']);
export type FileKind = z.infer<typeof fileKind>;

/** The extension each kind lists (`.age` is an encrypted package or coding file). */
export const FILE_KIND_EXTENSIONS: Record<FileKind, string> = {
  attune: '.attune',
  'attune-coding': '.attune-coding',
  qdpx: '.qdpx',
  age: '.age',
};

export const filesListArgs = z
  .object({
    /** A folder to list; omitted: the home folder. Absolute, or relative to the home folder. */
    path: z
      .string()
      .max(4096, 'a path has at most 4,096 characters')
      .refine((p) => !p.includes('\0'), 'a path cannot contain a NUL character')
      .optional(),
    kinds: z.array(fileKind).min(1).max(4).default(['attune']),
    /** Hidden entries (names starting with "."), off by default. */
    hidden: z.boolean().default(false),
  })
  .strict();

export interface FileEntry {
  name: string;
  /** Absolute path. */
  path: string;
  type: 'folder' | 'file';
  kind?: FileKind;
  /** Files only. */
  size?: number;
  /** ISO 8601. */
  modified?: string;
}

export interface FolderListing {
  /** The folder listed (absolute, symbolic links resolved). */
  path: string;
  home: string;
  /** From the home folder down to this one. */
  crumbs: { name: string; path: string }[];
  /** Folders first, then files, each by name. */
  entries: FileEntry[];
  /** Entries left out because the folder holds more than the picker lists. */
  omitted: number;
}

export const filesApi = {
  /** Refuses (type `refused`) any folder outside the home folder once `..` and symbolic links are resolved. */
  'files-list': takes(filesListArgs).returns<FolderListing>(),
};
