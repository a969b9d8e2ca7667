import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { glossaryLinks } from '../../src/build/glossary-links';
import { GLOSSARY } from '../../src/domain/glossary';

// Every lesson compiled with the real plugin, as the build does: which terms each one links.
const root = resolve(import.meta.dirname, '../../content/lessons');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx') && !f.split(/[\\/]/).pop()!.startsWith('_'))
  .sort();
const lessonId = (f: string) => f.replace(/\\/g, '/').replace(/\.mdx$/, '');

function linkedTerms(file: string): string[] {
  const path = join(root, file);
  const { code } = mdxToJs(readFileSync(path, 'utf8').replace(/^---[\s\S]*?\n---\n/, ''), {
    hastPlugins: [glossaryLinks('/course/')] as never,
    fileURL: pathToFileURL(path),
  });
  return [...code.matchAll(/href: "\/course\/glossary\/#([a-z0-9-]+)"/g)].map((m) => m[1]!);
}

describe('glossary links across the course', () => {
  it('every term is linked in the lesson that teaches it, and each lesson links a term at most once', () => {
    const byLesson = new Map<string, string[]>();
    for (const f of files) byLesson.set(lessonId(f), linkedTerms(f));
    for (const [lesson, ids] of byLesson) expect(new Set(ids).size, lesson).toBe(ids.length);
    const missing = GLOSSARY.filter((t) => !byLesson.get(t.lesson)?.includes(t.id)).map((t) => `${t.id} in ${t.lesson}`);
    expect(missing, 'terms never used (outside headings, code, links and components) in their own lesson').toEqual([]);
  });
});
