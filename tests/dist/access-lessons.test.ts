import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { attrs, fileFor, pages, BASE, type Page } from './site';

/**
 * What a learner's browser downloads on the access lessons. The IAM playground decides with
 * policies alone: it must not make the learner download jose (the JWT library behind the OIDC
 * ID tokens), which only the OAuth lesson needs. This follows, for each page, every island's
 * component-url and renderer-url, the page's module scripts, the quiz bank the page's quiz
 * island loads, and then every chunk's static imports, recursively.
 */

/** jose's own error code for a bad JWS signature: in jose's code, nowhere else in the site. */
const JOSE_MARKER = 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED';

const all = pages();
const byUrl = (url: string): Page => {
  const page = all.find((p) => p.url === url);
  if (!page) throw new Error(`no built page at ${url}`);
  return page;
};

function chunkFile(url: string, from: string): string {
  const path = new URL(url, `http://x${from}`).pathname;
  const file = fileFor(path);
  if (!file) throw new Error(`${from}: ${url} has no file in dist`);
  return file;
}

function staticImports(source: string): string[] {
  const found = [
    ...source.matchAll(/\bimport\s*(?:[\w$*{][^'"`]*?from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g),
    ...source.matchAll(/\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g),
  ];
  return found.map((m) => m[1] as string);
}

/** The quiz chunk maps each bank id to a lazy import of its chunk; the page's island names its bank. */
function bankChunk(quizSource: string, bankId: string): string | undefined {
  const escaped = bankId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`["'\`]?${escaped}["'\`]?\\s*:\\s*\\(\\)\\s*=>[^;]*?import\\(["'\`](\\.{1,2}/[^"'\`]+\\.js)`).exec(
    quizSource,
  );
  return m?.[1];
}

/** Every JS file the page loads before the learner asks for anything more. */
function loadedChunks(page: Page): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    const source = readFileSync(file, 'utf8');
    seen.set(file, source);
    for (const spec of staticImports(source)) {
      const target = join(dirname(file), spec);
      if (existsSync(target)) visit(target);
      else throw new Error(`${file} imports ${spec}, which is not in dist`);
    }
  };
  const islands = [...page.html.matchAll(/<astro-island\b[^>]*>/g)].map((m) => m[0]);
  for (const island of islands) {
    const component = attrs(island, 'astro-island', 'component-url')[0];
    const renderer = attrs(island, 'astro-island', 'renderer-url')[0];
    for (const url of [component, renderer]) if (url) visit(chunkFile(url, page.url));
    const bank = /bankId&quot;:\[0,&quot;([^&]+)&quot;/.exec(island)?.[1];
    if (bank && component) {
      const quizFile = chunkFile(component, page.url);
      const spec = bankChunk(readFileSync(quizFile, 'utf8'), bank);
      if (!spec) throw new Error(`${page.url}: the quiz chunk has no lazy import for bank ${bank}`);
      visit(join(dirname(quizFile), spec));
    }
  }
  for (const src of attrs(page.html, 'script', 'src')) if (src.endsWith('.js')) visit(chunkFile(src, page.url));
  return seen;
}

const gzipKb = (chunks: Map<string, string>): number =>
  Math.round([...chunks.values()].reduce((sum, s) => sum + gzipSync(s).length, 0) / 102.4) / 10;

const IAM_LESSONS = [
  'why-the-perimeter-moved',
  'rbac',
  'abac',
  'identity-providers',
  'case-study',
].map((slug) => `${BASE}learn/access-control/${slug}/`);
const OAUTH_LESSON = `${BASE}learn/access-control/oauth-and-oidc/`;

describe('the access lessons download only what they use', () => {
  it('the marker is really in jose: the OAuth lesson, which needs it, loads it', () => {
    const chunks = loadedChunks(byUrl(OAUTH_LESSON));
    expect([...chunks.values()].some((s) => s.includes(JOSE_MARKER))).toBe(true);
  });

  it.each(IAM_LESSONS)('%s (IAM playground) loads no jose code', (url) => {
    const page = byUrl(url);
    expect(page.html).toMatch(/component-url="[^"]*IamPlayground[^"]*"/);
    const chunks = loadedChunks(page);
    const withJose = [...chunks.entries()].filter(([, s]) => s.includes(JOSE_MARKER)).map(([f]) => f);
    expect(withJose).toEqual([]);
    // Measured for the report: the gzip size of everything the page's JavaScript loads.
    console.info(`${url}: ${chunks.size} chunks, ${gzipKb(chunks)} KB gzip`);
  });
});

describe('the access lessons keep their headings in order', () => {
  const lessons = all.filter((p) => p.url.startsWith(`${BASE}learn/access-control/`));

  it.each(lessons.map((p) => p.url))('%s never skips a heading level (axe heading-order)', (url) => {
    const levels = [...byUrl(url).html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    const skips = levels.flatMap((level, i) => (i > 0 && level > (levels[i - 1] as number) + 1 ? [`h${levels[i - 1]} -> h${level} at heading ${i + 1}`] : []));
    expect(skips).toEqual([]);
  });

  it('the OAuth steps are in the page before the stepper runs, each a titled step without its HTTP detail', () => {
    // The detail (h5/h6 under each step) appears one step at a time once the stepper runs; the
    // axe run over the playgrounds in use (tests/e2e/access-playground.spec.ts) checks its order.
    const html = byUrl(OAUTH_LESSON).html;
    expect((html.match(/class="pp-step"/g) ?? []).length).toBeGreaterThan(3);
    expect(html).not.toMatch(/<h5 class="pp-pairs-title">/);
  });
});
