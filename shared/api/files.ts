import { z } from 'zod';
import { FILE_KIND_EXTENSIONS, FILE_KINDS, type FileKind } from '../files/file-kinds.ts';
import { takes } from './method.ts';

/**
 * The browser UI's file picker: a browser cannot hand the host a path, so the host lists folders itself,
 * under the user's home folder only. Listing shows folders and the kinds of file asked for; the only thing the
 * picker writes is a new folder, and a file's path is checked (`files-get`) before the caller writes it.
 */
export const fileKind = z.enum(FILE_KINDS);
export { FILE_KIND_EXTENSIONS, type FileKind };

const folderPath = z
  .string()
  .max(4096, 'a path has at most 4,096 characters')
  .refine((p) => !p.includes('\0'), 'a path cannot contain a NUL character');

export const filesListArgs = z
  .object({
    /** A folder to list; omitted: the home folder. Absolute, or relative to the home folder. */
    path: folderPath.optional(),
    kinds: z.array(fileKind).min(1).max(5).default(['attune']),
    /** Hidden entries (names starting with "."), off by default. */
    hidden: z.boolean().default(false),
  })
  .strict();

/** One name inside a folder, never a path: no separator, no NUL, not "." or "..". */
export const fileName = z
  .string()
  .trim()
  .min(1, 'enter a name')
  .max(255, 'a name has at most 255 characters')
  .refine((n) => !n.includes('\0'), 'a name cannot contain a NUL character')
  .refine((n) => !/[\\/]/.test(n), 'a name cannot contain / or \\ (choose the folder in the list)')
  .refine((n) => n !== '.' && n !== '..', 'a name cannot be "." or ".."');

export const filesGetArgs = z
  .object({
    /** The folder the file would go in: absolute, or relative to the home folder. */
    folder: folderPath,
    name: fileName,
  })
  .strict();

export const filesCreateArgs = z
  .object({
    folder: folderPath,
    name: fileName,
    /** What the new folder's listing shows besides folders. */
    kinds: z.array(fileKind).min(1).max(5).default(['attune']),
  })
  .strict();

/** Where a file named in a folder would be written, and whether something is there already. */
export interface FileTarget {
  /** Absolute: the folder (symbolic links resolved) joined with the name. */
  path: string;
  folder: string;
  name: string;
  /** A file of that name is there already (saving over it needs the user's consent). */
  exists: boolean;
}

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
  /**
   * A new or saved file's path, checked before anything is written: the folder confined as for
   * `files-list`, the name a plain name; refuses a folder of that name or a link that leads out of home.
   */
  'files-get': takes(filesGetArgs).returns<FileTarget>(),
  /** A new folder inside a folder under home (the picker's New folder); answers its listing. */
  'files-create': takes(filesCreateArgs).returns<FolderListing>(),
};
