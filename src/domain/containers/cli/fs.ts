/** Reading the simulated file system: paths resolved against the working directory. */
import type { World } from '../../shell/types';

/** An absolute, normalised path for `path` typed in `cwd` ('..' and '.' resolved). */
export function resolvePath(cwd: string, path: string): string {
  const parts = (path.startsWith('/') ? path : `${cwd}/${path}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return `/${out.join('/')}`;
}

/** The files under directory `dir`, keyed by their path relative to it. */
export function filesUnder(world: World, dir: string): Record<string, string> {
  const prefix = dir === '/' ? '/' : `${dir}/`;
  const out: Record<string, string> = {};
  for (const [path, text] of Object.entries(world.fs.files))
    if (path.startsWith(prefix)) out[path.slice(prefix.length)] = text;
  return out;
}

/** True when `dir` is a directory of the world. */
export function isDir(world: World, dir: string): boolean {
  return world.fs.dirs.includes(dir);
}
