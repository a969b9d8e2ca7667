import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDiagrams } from '../../src/build/diagrams';
import { cachedDiagram } from '../../src/build/diagram-cache';

describe('the build drew every lesson diagram', () => {
  const all = findDiagrams();
  it.each(all.map((d) => [`${d.file}:${d.line}`, d] as const))('%s: a drawing and a text alternative', (_n, d) => {
    const r = cachedDiagram(d.source);
    expect(r, 'in the cache').not.toBeNull();
    expect(r!.light).toMatch(/^<svg/);
    expect(r!.alt.length).toBeGreaterThan(0);
  });

  it('every diagram image is well-formed XML (a browser shows a broken image otherwise)', () => {
    const pages = readdirSync('dist/learn', { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.html'));
    let images = 0;
    for (const p of pages) {
      const page = readFileSync(`dist/learn/${p}`, 'utf8');
      for (const [, uri] of page.matchAll(/src="data:image\/svg\+xml,([^"]+)"/g)) {
        images += 1;
        const svg = decodeURIComponent(uri!.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
        expect(svg, p).not.toMatch(/<(br|hr|wbr|img)\b[^>]*[^/]>/);
        expect(svg, p).not.toMatch(/&nbsp;/);
        expect(svg.startsWith('<svg') && svg.endsWith('</svg>'), p).toBe(true);
      }
    }
    // One image per diagram: the dark theme shows it through a CSS filter.
    expect(images).toBe(all.length);
  });

  it('lesson pages carry SVG and no Mermaid source', () => {
    const page = readFileSync('dist/learn/containers/docker-vocabulary/index.html', 'utf8');
    expect(page).toContain('class="mermaid-svg diagram-light"');
    expect(page).not.toContain('language-mermaid');
    expect(page).toContain('<li>Dockerfile → Image on the build machine (docker build)</li>');
  });
});
