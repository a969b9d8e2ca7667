import { describe, expect, it } from 'vitest';
import { attrs, fileFor, ids, pages, BASE } from './site';
import { readFileSync } from 'node:fs';

const all = pages();

describe('the built site under /course/', () => {
  it('has the home page, a lesson, search, progress and the 404 page', () => {
    const urls = all.map((p) => p.url);
    for (const u of [BASE, `${BASE}search/`, `${BASE}progress/`, `${BASE}404.html`]) expect(urls).toContain(u);
    expect(urls.some((u) => u.startsWith(`${BASE}learn/`))).toBe(true);
  });

  it('has no broken internal link, asset or anchor', () => {
    const broken: string[] = [];
    for (const page of all) {
      const refs = [
        ...attrs(page.html, 'a', 'href'),
        ...attrs(page.html, 'link', 'href'),
        ...attrs(page.html, 'script', 'src'),
        ...attrs(page.html, 'img', 'src'),
        ...attrs(page.html, 'form', 'action'),
      ];
      for (const ref of refs) {
        if (/^(https?:|mailto:|data:|javascript:)/i.test(ref) && !ref.startsWith('http://127.0.0.1:4322/')) continue;
        const url = new URL(ref, `http://127.0.0.1:4322${page.url}`);
        const target = fileFor(url.pathname);
        if (!target) {
          broken.push(`${page.url}: ${ref} (no file for ${url.pathname})`);
          continue;
        }
        if (url.hash && target.endsWith('.html')) {
          const html = target === page.file ? page.html : readFileSync(target, 'utf8');
          const id = decodeURIComponent(url.hash.slice(1));
          if (!ids(html).has(id)) broken.push(`${page.url}: ${ref} (no element with id "${id}")`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('never links to a root path that drops the base', () => {
    const offenders = all.flatMap((p) =>
      [...attrs(p.html, 'a', 'href'), ...attrs(p.html, 'link', 'href'), ...attrs(p.html, 'script', 'src')]
        .filter((h) => h.startsWith('/') && !h.startsWith(BASE))
        .map((h) => `${p.url}: ${h}`),
    );
    expect(offenders).toEqual([]);
  });

  it('gives every page a language, a title, a description and exactly one h1', () => {
    for (const p of all) {
      expect(p.html, p.url).toMatch(/<html lang="en-GB"/);
      expect(p.html, p.url).toMatch(/<title>[^<]{3,}<\/title>/);
      expect(p.html, p.url).toMatch(/<meta name="description" content="[^"]{10,}"/);
      expect((p.html.match(/<h1\b/g) ?? []).length, p.url).toBe(1);
    }
  });

  it('builds the search index under the base', () => {
    expect(fileFor(`${BASE}pagefind/pagefind.js`)).not.toBeNull();
  });
});
