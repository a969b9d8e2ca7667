/**
 * Diagrams drawn at build time (issue 16; decision in docs/decisions/0008-diagrams-at-build-time.md).
 *
 * Before Astro renders a page, an integration reads every lesson's Mermaid fences, renders each
 * in the light theme with the project's own Mermaid (its browser bundle) in the system Chromium
 * driven by Playwright (the dark theme shows the same drawing through a CSS filter, decision
 * 0008), and stores the SVG and a text alternative in a
 * cache keyed by a hash of the source. `<Diagram>` then reads the cache while the page renders:
 * pages carry SVG, and never load Mermaid to show a diagram.
 *
 * Without Chromium (`npm start` on a machine that lacks it) the dev server prints one line and
 * the diagrams fall back to rendering in the browser. A build requires Chromium, and a diagram
 * that Mermaid refuses fails the build with the lesson's file and line.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { mermaidConfig } from '../scripts/mermaid-config';
import { CACHE, LESSONS, cachedDiagram, diagramKey, normaliseSource } from './diagram-cache';

export { cachedDiagram, type RenderedDiagram } from './diagram-cache';

const require = createRequire(import.meta.url);

/** Every Mermaid fence of every lesson, with the file and the line its source starts on. */
export function findDiagrams(
  dir = LESSONS,
  shownAs = 'content/lessons',
): { file: string; line: number; source: string }[] {
  const out: { file: string; line: number; source: string }[] = [];
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith('.mdx'))
    .sort()) {
    const lines = readFileSync(join(dir, f), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^\s*```mermaid\s*$/.test(lines[i] ?? '')) continue;
      const start = i + 1;
      let end = start;
      while (end < lines.length && !/^\s*```\s*$/.test(lines[end] ?? '')) end++;
      out.push({ file: `${shownAs}/${f}`, line: start + 1, source: lines.slice(start, end).join('\n') });
      i = end;
    }
  }
  return out;
}

function chromiumPath(): string | null {
  if (process.env['CHROMIUM_PATH']) return process.env['CHROMIUM_PATH'];
  try {
    return (
      execSync('command -v chromium || command -v chromium-browser', { shell: '/bin/sh' }).toString().trim() || null
    );
  } catch {
    return null;
  }
}

/** Runs in the page: renders one source and reads what it says from Mermaid's own parser. */
async function renderInPage(args: {
  source: string;
  id: string;
  light: object;
}): Promise<{ light: string; alt: string[]; kind: string } | { error: string }> {
  type Db = Record<string, (...a: unknown[]) => unknown>;
  const m = (globalThis as unknown as { mermaid: any }).mermaid; // eslint-disable-line @typescript-eslint/no-explicit-any
  const clean = (s: unknown) =>
    String(s ?? '')
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<[^>]*>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/["`]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  try {
    m.initialize(args.light);
    const light = (await m.render(`${args.id}-l`, args.source)).svg as string;
    const diagram = await m.mermaidAPI.getDiagramFromText(args.source);
    const db = diagram.db as Db;
    const alt: string[] = [];
    const kind = String(diagram.type);
    if (kind.startsWith('flowchart')) {
      const vertices = db['getVertices']?.() as Map<string, { id: string; text?: string }>;
      const name = (id: string) => clean(vertices.get(id)?.text) || id;
      const linked = new Set<string>();
      for (const e of (db['getEdges']?.() as { start: string; end: string; text?: string; type?: string }[]) ?? []) {
        linked.add(e.start).add(e.end);
        const t = clean(e.text);
        alt.push(`${name(e.start)} ${e.type === 'arrow_open' ? '—' : '→'} ${name(e.end)}${t ? ` (${t})` : ''}`);
      }
      for (const g of (db['getSubGraphs']?.() as { title: string; nodes: string[] }[]) ?? [])
        alt.push(`Group “${clean(g.title)}”: ${g.nodes.map((n) => name(n)).join(', ')}`);
      for (const [id] of vertices) if (!linked.has(id)) alt.push(name(id));
    } else if (kind === 'sequence') {
      const actors = db['getActors']?.() as Map<string, { description?: string; name: string }>;
      const name = (id: string) => clean(actors.get(id)?.description) || id;
      for (const msg of (db['getMessages']?.() as { from?: string; to?: string; message?: string; type: number }[]) ??
        []) {
        const text = clean(msg.message);
        if (msg.type === 2 && msg.from) alt.push(`Note (${name(msg.from)}): ${text}`);
        else if (msg.from && msg.to) alt.push(`${name(msg.from)} → ${name(msg.to)}${text ? `: ${text}` : ''}`);
        else if (text) alt.push(text);
      }
    } else if (kind.startsWith('state')) {
      const name = (id: string) => (id.endsWith('_start') ? 'Start' : id.endsWith('_end') ? 'End' : id);
      for (const r of (db['getRelations']?.() as { id1: string; id2: string; relationTitle?: string }[]) ?? []) {
        const t = clean(r.relationTitle);
        alt.push(`${name(r.id1)} → ${name(r.id2)}${t ? `: ${t}` : ''}`);
      }
    }
    return { light, alt, kind };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Renders every lesson diagram missing from the cache. Returns false (after one notice) when
 * there is no Chromium and `required` is false; throws when it is true, or when a diagram fails.
 */
export async function renderAllDiagrams(options: {
  required: boolean;
  log: (message: string) => void;
  /** Where the lessons are, and how messages name that folder (tests use their own). */
  dir?: string;
  shownAs?: string;
  /** The browser to use; default CHROMIUM_PATH or the system's chromium (null: none, as on a machine without it). */
  chromium?: string | null;
}): Promise<boolean> {
  const all = findDiagrams(options.dir, options.shownAs);
  const missing = all.filter((d) => cachedDiagram(d.source) === null);
  if (missing.length === 0) return true;
  const exe = options.chromium === undefined ? chromiumPath() : options.chromium;
  if (!exe) {
    const msg =
      'no Chromium found (install it with "apt-get install -y chromium" or set CHROMIUM_PATH): diagrams render in the browser instead';
    if (options.required) throw new Error(`Diagrams: ${msg}`);
    options.log(msg);
    return false;
  }
  const started = Date.now();
  // Loaded with require: this runs from the Astro config, outside Vite's module runner.
  const { chromium } = require('@playwright/test') as typeof import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: exe,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(
      `<!doctype html><html><body style="font-family: system-ui, sans-serif; font-size: 16px"></body></html>`,
    );
    await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
    mkdirSync(CACHE, { recursive: true });
    const done = new Set<string>();
    for (const d of missing) {
      const key = diagramKey(d.source);
      if (done.has(key)) continue;
      const r = await page.evaluate(renderInPage, {
        source: normaliseSource(d.source),
        id: `dg-${key.slice(0, 10)}`,
        light: mermaidConfig(false),
      });
      if ('error' in r) throw new Error(`${d.file}:${d.line}: this Mermaid diagram does not render: ${r.error}`);
      writeFileSync(join(CACHE, `${key}.json`), JSON.stringify(r));
      done.add(key);
    }
    options.log(`rendered ${done.size} diagram(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return true;
  } finally {
    await browser.close();
  }
}

/** The Astro integration: renders before a build (required) and before the dev server (best effort). */
export function buildTimeDiagrams(): AstroIntegration {
  return {
    name: 'cdc-diagrams',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        await renderAllDiagrams({ required: true, log: (m) => logger.info(m) });
      },
      'astro:server:setup': async ({ logger }) => {
        try {
          await renderAllDiagrams({ required: false, log: (m) => logger.warn(m) });
        } catch (e) {
          logger.warn(e instanceof Error ? e.message : String(e));
        }
      },
    },
  };
}
