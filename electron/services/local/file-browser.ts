import { lstatSync, mkdirSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  FILE_KIND_EXTENSIONS,
  type FileEntry,
  type FileKind,
  type FileTarget,
  type FolderListing,
} from '../../../shared/api/files.ts';
import { ServiceError } from '../service-error.ts';

/** More than a person scrolls through; the listing says how many were left out. */
const MAX_ENTRIES = 2000;

/** True when `path` is `root` or inside it (both already resolved). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel) && rel.split(sep)[0] !== '..');
}

/**
 * The real home folder, then the real folder asked for: `..` is resolved by `resolve`, symbolic links by
 * `realpath`, and only then is the result compared with home. One answer for a folder outside home and
 * for one that does not exist outside it, so the picker cannot probe the rest of the disk.
 */
export function resolveFolder(home: string, path: string | undefined): { home: string; folder: string } {
  const realHome = realpathSync(home);
  const wanted = path === undefined || path.trim() === '' ? realHome : resolve(realHome, path.trim());
  const outside = () => new ServiceError('refused', 'the file picker lists folders in your home folder only');
  if (!isInside(realHome, wanted) && !isInside(home, wanted)) throw outside();
  let real: string;
  try {
    real = realpathSync(wanted);
  } catch {
    throw new ServiceError('not-found', `there is no folder ${basename(wanted)} here`);
  }
  if (!isInside(realHome, real)) throw outside();
  let isDir = false;
  try {
    isDir = statSync(real).isDirectory();
  } catch {
    /* unreadable: answered below */
  }
  if (!isDir) throw new ServiceError('not-found', `${basename(real)} is not a folder`);
  return { home: realHome, folder: real };
}

function kindOf(name: string, kinds: readonly FileKind[]): FileKind | null {
  const lower = name.toLowerCase();
  // The longest extension first: "x.attune-coding" is not an ".attune" file.
  const ordered = [...kinds].sort((a, b) => FILE_KIND_EXTENSIONS[b].length - FILE_KIND_EXTENSIONS[a].length);
  for (const k of ordered)
    if (lower.endsWith(FILE_KIND_EXTENSIONS[k]) && lower.length > FILE_KIND_EXTENSIONS[k].length) return k;
  return null;
}

/** An entry as the picker shows it, or null when it is not a folder or a file of the kinds asked for. */
function entryOf(folder: string, home: string, d: Dirent, kinds: readonly FileKind[]): FileEntry | null {
  const path = join(folder, d.name);
  try {
    // A link is shown as what it points to, and only when that stays in home.
    const real = d.isSymbolicLink() ? realpathSync(path) : path;
    if (d.isSymbolicLink() && !isInside(home, real)) return null;
    const st = statSync(real);
    if (st.isDirectory()) return { name: d.name, path, type: 'folder' };
    const kind = st.isFile() ? kindOf(d.name, kinds) : null;
    if (!kind) return null;
    return { name: d.name, path, type: 'file', kind, size: st.size, modified: st.mtime.toISOString() };
  } catch {
    return null; // a dangling link or an entry we may not read: not offered
  }
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export function listFolder(opts: {
  home: string;
  path?: string | undefined;
  kinds: readonly FileKind[];
  hidden: boolean;
}): FolderListing {
  const { home, folder } = resolveFolder(opts.home, opts.path);
  let dirents: Dirent[];
  try {
    dirents = readdirSync(folder, { withFileTypes: true });
  } catch {
    throw new ServiceError('io', `the folder ${basename(folder) || folder} cannot be read`);
  }
  const entries: FileEntry[] = [];
  for (const d of dirents) {
    if (!opts.hidden && d.name.startsWith('.')) continue;
    const e = entryOf(folder, home, d, opts.kinds);
    if (e) entries.push(e);
  }
  entries.sort((a, b) => (a.type === b.type ? collator.compare(a.name, b.name) : a.type === 'folder' ? -1 : 1));
  const crumbs = [{ name: basename(home) || home, path: home }];
  const rel = relative(home, folder);
  let at = home;
  for (const part of rel === '' ? [] : rel.split(sep)) {
    at = join(at, part);
    crumbs.push({ name: part, path: at });
  }
  return {
    path: folder,
    home,
    crumbs,
    entries: entries.slice(0, MAX_ENTRIES),
    omitted: Math.max(0, entries.length - MAX_ENTRIES),
  };
}

/**
 * Where a file named `name` in `folder` would be written. The folder is confined as for listing; what is
 * already at the name may be a file (`exists`), but not a folder, and not a link leading out of home (the
 * caller would write through it).
 */
export function fileTarget(opts: { home: string; folder: string; name: string }): FileTarget {
  const { home, folder } = resolveFolder(opts.home, opts.folder);
  const path = join(folder, opts.name);
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return { path, folder, name: opts.name, exists: false };
  }
  if (st.isSymbolicLink()) {
    let real: string | null = null;
    try {
      real = realpathSync(path);
    } catch {
      /* a dangling link: refused below, as one leading out */
    }
    if (real === null || !isInside(home, real))
      throw new ServiceError('refused', `${opts.name} is a link that leads out of your home folder`);
    st = statSync(real);
  }
  if (st.isDirectory()) throw new ServiceError('conflict', `${opts.name} is a folder: choose another name`);
  return { path, folder, name: opts.name, exists: true };
}

/** A new folder in a folder under home; answers its (empty) listing. */
export function createFolder(opts: {
  home: string;
  folder: string;
  name: string;
  kinds: readonly FileKind[];
}): FolderListing {
  const target = fileTarget(opts);
  if (target.exists) throw new ServiceError('conflict', `${opts.name} already exists here`);
  try {
    mkdirSync(target.path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ServiceError(
      code === 'EEXIST' ? 'conflict' : 'io',
      code === 'EEXIST' ? `${opts.name} already exists here` : `cannot create the folder ${opts.name} (${code})`,
    );
  }
  return listFolder({ home: opts.home, path: target.path, kinds: opts.kinds, hidden: false });
}
