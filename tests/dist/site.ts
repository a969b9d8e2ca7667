import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The built site, read once: every HTML page with its URL path under the base. */
export const DIST = 'dist';
export const BASE = '/course/';

export interface Page {
  file: string;
  url: string;
  html: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

export function pages(): Page[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run "npm run build" with BASE_PATH=/course first');
  return walk(DIST)
    .filter((f) => f.endsWith('.html') && !f.includes(`${DIST}/pagefind`))
    .map((file) => {
      const rel = relative(DIST, file).replace(/\\/g, '/');
      const url = BASE + rel.replace(/index\.html$/, '');
      return { file, url, html: readFileSync(file, 'utf8') };
    });
}

/** Values of an attribute on the given tags (the built HTML is Astro's, so a regex is enough). */
export function attrs(html: string, tag: string, attr: string): string[] {
  const re = new RegExp(`<${tag}\\b[^>]*?\\s${attr}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'gi');
  return [...html.matchAll(re)].map((m) => (m[1] ?? m[2] ?? m[3] ?? '').replace(/&amp;/g, '&'));
}

export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid=(?:"([^"]*)"|'([^']*)')/g)].map((m) => m[1] ?? m[2] ?? ''));
}

/** The file a URL path under the base resolves to, or null. */
export function fileFor(pathname: string): string | null {
  if (!pathname.startsWith(BASE)) return null;
  const rest = decodeURIComponent(pathname.slice(BASE.length));
  const candidates = [join(DIST, rest), join(DIST, rest, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}
