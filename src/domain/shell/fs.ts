/**
 * The in-memory file system of the simulated shell: path resolution as POSIX does it (`.`, `..`,
 * `~`, repeated slashes) and pure reads and writes on `World.fs`. Every function returns a new
 * world or a message in the words coreutils uses ("No such file or directory").
 */
import type { FsState, World } from './types';

/** `path` made absolute against `cwd` and normalised; `~` and `~/x` are the home directory. */
export function resolvePath(world: Pick<World, 'cwd' | 'env'>, path: string): string {
  const home = world.env['HOME'] ?? '/';
  let p = path;
  if (p === '~') p = home;
  else if (p.startsWith('~/')) p = `${home}${p.slice(1)}`;
  const abs = p.startsWith('/') ? p : `${world.cwd}/${p}`;
  const parts: string[] = [];
  for (const part of abs.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** The parent directory of an absolute path ('/' for '/'). */
export function parentOf(abs: string): string {
  const i = abs.lastIndexOf('/');
  return i <= 0 ? '/' : abs.slice(0, i);
}

/** The last component of a path. */
export function baseName(abs: string): string {
  return abs.slice(abs.lastIndexOf('/') + 1);
}

export const isDir = (fs: FsState, abs: string): boolean => fs.dirs.includes(abs);
export const isFile = (fs: FsState, abs: string): boolean => Object.hasOwn(fs.files, abs);

/** The names directly inside a directory (files and directories), sorted as `ls` sorts them. */
export function listDir(fs: FsState, abs: string): { name: string; dir: boolean }[] {
  const prefix = abs === '/' ? '/' : `${abs}/`;
  const out = new Map<string, boolean>();
  for (const d of fs.dirs)
    if (d !== abs && d.startsWith(prefix) && !d.slice(prefix.length).includes('/'))
      out.set(d.slice(prefix.length), true);
  for (const f of Object.keys(fs.files))
    if (f.startsWith(prefix) && !f.slice(prefix.length).includes('/')) out.set(f.slice(prefix.length), false);
  return [...out.entries()]
    .map(([name, dir]) => ({ name, dir }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Longest file the shell keeps (a paste of a whole book is refused, not stored). */
export const MAX_FILE_CHARS = 200_000;

/** Writes (or appends to) a file; a message when its directory is missing or it is a directory. */
export function writeFile(world: World, abs: string, text: string, append = false): World | string {
  if (isDir(world.fs, abs)) return `${baseName(abs)}: Is a directory`;
  if (!isDir(world.fs, parentOf(abs))) return `${abs}: No such file or directory`;
  const before = append ? (world.fs.files[abs] ?? '') : '';
  const next = before + text;
  if (next.length > MAX_FILE_CHARS)
    return `${baseName(abs)}: file too large for this simulated disk (${next.length} characters; at most ${MAX_FILE_CHARS})`;
  return { ...world, fs: { ...world.fs, files: { ...world.fs.files, [abs]: next } } };
}

/** Creates a directory (and, with `parents`, the missing ones above it). */
export function makeDir(world: World, abs: string, parents: boolean): World | string {
  if (isFile(world.fs, abs)) return `cannot create directory '${abs}': File exists`;
  if (isDir(world.fs, abs)) return parents ? world : `cannot create directory '${abs}': File exists`;
  const dirs = new Set(world.fs.dirs);
  if (!parents && !dirs.has(parentOf(abs))) return `cannot create directory '${abs}': No such file or directory`;
  const parts = abs.split('/').slice(1);
  for (let i = 1; i <= parts.length; i++) {
    const d = '/' + parts.slice(0, i).join('/');
    if (isFile(world.fs, d)) return `cannot create directory '${abs}': Not a directory`;
    dirs.add(d);
  }
  return { ...world, fs: { ...world.fs, dirs: [...dirs].sort() } };
}

/** Removes a file, or (with `recursive`) a directory and everything under it. */
export function removePath(world: World, abs: string, recursive: boolean): World | string {
  if (isFile(world.fs, abs)) {
    const files = { ...world.fs.files };
    delete files[abs];
    return { ...world, fs: { ...world.fs, files } };
  }
  if (!isDir(world.fs, abs)) return `cannot remove '${abs}': No such file or directory`;
  if (!recursive) return `cannot remove '${abs}': Is a directory`;
  if (abs === '/' || abs === world.env['HOME']) return `refusing to remove '${abs}' in this course's shell`;
  const under = (p: string) => p === abs || p.startsWith(`${abs}/`);
  const files = Object.fromEntries(Object.entries(world.fs.files).filter(([p]) => !under(p)));
  return { ...world, fs: { files, dirs: world.fs.dirs.filter((d) => !under(d)) } };
}

/** Expands a glob word (`*.py`, `app/*`) against the file system; no match leaves it as typed. */
export function expandGlob(world: World, pattern: string): string[] {
  const slash = pattern.lastIndexOf('/');
  const dirPart = slash >= 0 ? pattern.slice(0, slash + 1) : '';
  const namePart = pattern.slice(slash + 1);
  const dir = resolvePath(world, dirPart === '' ? '.' : dirPart);
  if (!isDir(world.fs, dir)) return [pattern];
  const re = new RegExp(
    '^' +
      [...namePart]
        .map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
        .join('') +
      '$',
  );
  const hits = listDir(world.fs, dir)
    .filter((e) => re.test(e.name) && (namePart.startsWith('.') || !e.name.startsWith('.')))
    .map((e) => dirPart + e.name);
  return hits.length > 0 ? hits : [pattern];
}
