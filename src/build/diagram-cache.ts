/**
 * The cache of diagrams drawn at build time (see diagrams.ts): keys, reads, and the source as
 * both the renderer and `<Diagram>` normalise it. Node only (fs, crypto); no browser here, so
 * pages can import it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

/** What the cache holds for one diagram. */
export interface RenderedDiagram {
  /** The drawing (light theme; the dark theme filters it in CSS). */
  readonly light: string;
  /** What the diagram says, one sentence per edge, message or transition. */
  readonly alt: readonly string[];
  readonly kind: string;
}

// The project's folder: builds and the dev server run from it (this file may be bundled elsewhere).
const ROOT = resolve(process.cwd());
export const CACHE = join(ROOT, 'node_modules', '.cache', 'cdc-diagrams');
export const LESSONS = join(ROOT, 'content', 'lessons');
const require = createRequire(join(ROOT, 'package.json'));
/** Bump when the rendering or the text alternative changes, so old cache entries are not reused. */
const RENDER_VERSION = 5;

/** The source as both sides see it: line ends unified, trailing spaces and blank edges removed. */
export function normaliseSource(source: string): string {
  return source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();
}

function mermaidVersion(): string {
  try {
    return (JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** The cache key of a diagram: its source, the Mermaid version and this renderer's version. */
export function diagramKey(source: string): string {
  return createHash('sha256')
    .update(JSON.stringify([normaliseSource(source), mermaidVersion(), RENDER_VERSION]))
    .digest('hex')
    .slice(0, 24);
}

/** The rendered diagram for this source, or null when it was not rendered at build time. */
export function cachedDiagram(source: string): RenderedDiagram | null {
  const file = join(CACHE, `${diagramKey(source)}.json`);
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as RenderedDiagram;
  } catch {
    return null;
  }
}
