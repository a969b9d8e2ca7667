import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findDiagrams, renderAllDiagrams } from '../../src/build/diagrams';
import { diagramKey } from '../../src/build/diagram-cache';

const DIR = join('test-results', 'diagram-fixtures');
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('diagrams drawn at build time', () => {
  it('finds every lesson diagram with the line its source starts on', () => {
    const all = findDiagrams();
    expect(all.length).toBeGreaterThanOrEqual(39);
    const docker = all.find((d) => d.file.endsWith('02-docker-vocabulary.mdx'));
    expect(docker?.source).toMatch(/^flowchart (LR|TB)\n  DF\[Dockerfile\]/);
    expect(docker?.line).toBeGreaterThan(1);
  });

  it('keys ignore trailing spaces and line ends, and change with the source', () => {
    expect(diagramKey('flowchart LR\r\n  A --> B  \n')).toBe(diagramKey('flowchart LR\n  A --> B'));
    expect(diagramKey('flowchart LR\n  A --> B')).not.toBe(diagramKey('flowchart LR\n  A --> C'));
  });

  it('a diagram Mermaid refuses fails the build naming the lesson and the line', async () => {
    mkdirSync(join(DIR, 'm'), { recursive: true });
    writeFileSync(
      join(DIR, 'm', 'bad.mdx'),
      '# A lesson\n\nSome text.\n\n```mermaid\nflowchart LR\n  A --> B --> \n  C[unclosed\n```\n',
    );
    await expect(
      renderAllDiagrams({ required: true, log: () => undefined, dir: DIR, shownAs: 'lessons' }),
    ).rejects.toThrow(/^lessons\/m\/bad\.mdx:6: this Mermaid diagram does not render/);
  }, 60_000);

  it('without Chromium the dev server says so in one line and falls back; a build refuses', async () => {
    mkdirSync(join(DIR, 'n'), { recursive: true });
    writeFileSync(join(DIR, 'n', 'new.mdx'), '```mermaid\nflowchart LR\n  Fresh --> Diagram\n```\n');
    const lines: string[] = [];
    const ok = await renderAllDiagrams({ required: false, log: (m) => lines.push(m), dir: DIR, chromium: null });
    expect(ok).toBe(false);
    expect(lines).toEqual([expect.stringMatching(/^no Chromium found .*diagrams render in the browser instead$/)]);
    await expect(renderAllDiagrams({ required: true, log: () => undefined, dir: DIR, chromium: null })).rejects.toThrow(
      /^Diagrams: no Chromium found/,
    );
  });
});
