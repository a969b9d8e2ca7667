import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The OAuth island must not load the domain (whose OAuth and OIDC code brings jose, ~10 KB
 * gzip) before the learner asks for a new flow or an ID token: its flow comes from the build.
 * This walks the island's static, non-type imports (through the widgets, including the shared
 * ones) and lists every module outside src/widgets.
 */
const WIDGETS = resolve(import.meta.dirname, '..');

function staticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const m of source.matchAll(/^import\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm)) {
    const spec = m[1] as string;
    if (!spec.startsWith('.')) continue;
    const target = resolve(dirname(file), spec);
    if (!target.startsWith(WIDGETS)) seen.add(target);
    else staticImports(/\.tsx?$/.test(target) ? target : `${target}.ts`, seen);
  }
  return seen;
}

describe('lazy loading', () => {
  it('the OAuth island imports no domain code eagerly', () => {
    const graph = [...staticImports(resolve(import.meta.dirname, 'OauthPlayground.tsx'))];
    expect(graph.length).toBeGreaterThan(5);
    expect(graph.filter((f) => !f.startsWith(WIDGETS))).toEqual([]);
    expect(graph.some((f) => f.endsWith('shared/CopyLink.tsx'))).toBe(true);
    expect(graph.map((f) => f.slice(import.meta.dirname.length + 1))).not.toContain('id-token.ts');
  });

  it('the IAM and SAS islands never import the OAuth runner or the ID token module', () => {
    for (const island of ['IamPlayground.tsx', 'SasPlayground.tsx']) {
      const graph = [...staticImports(resolve(import.meta.dirname, island))].map((f) => f.split('/').pop());
      expect(graph).not.toContain('id-token.ts');
      expect(graph).not.toContain('oauth-runner.ts');
    }
  });
});
