import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDiagrams } from '../../src/build/diagrams';
import { cachedDiagram } from '../../src/build/diagram-cache';

describe('the build drew every lesson diagram', () => {
  const all = findDiagrams();
  it.each(all.map((d) => [`${d.file}:${d.line}`, d] as const))('%s: both themes and a text alternative', (_n, d) => {
    const r = cachedDiagram(d.source);
    expect(r, 'in the cache').not.toBeNull();
    expect(r!.light).toMatch(/^<svg/);
    expect(r!.dark).toMatch(/^<svg/);
    expect(r!.alt.length).toBeGreaterThan(0);
  });

  it('lesson pages carry SVG and no Mermaid source', () => {
    const page = readFileSync('dist/learn/containers/docker-vocabulary/index.html', 'utf8');
    expect(page).toContain('class="mermaid-svg diagram-light"');
    expect(page).not.toContain('language-mermaid');
    expect(page).toContain('<li>Dockerfile → Image on the build machine (docker build)</li>');
  });
});
