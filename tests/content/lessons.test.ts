import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LessonSchema, ModuleSchema } from '../../src/schemas/lesson';

const LESSONS = 'content/lessons';
const files = readdirSync(LESSONS, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx') && !/(^|\/)_/.test(f));
const frontmatter = (src: string) => parse(/^---\n([\s\S]*?)\n---/.exec(src)?.[1] ?? '') as unknown;

describe('lessons and modules', () => {
  it('every module file is valid', () => {
    for (const f of readdirSync('content/modules').filter((n) => !n.startsWith('_'))) {
      expect(ModuleSchema.safeParse(parse(readFileSync(join('content/modules', f), 'utf8'))).success, f).toBe(true);
    }
  });

  it.each(files)('%s has valid frontmatter and no unfinished text', (f) => {
    const src = readFileSync(join(LESSONS, f), 'utf8');
    const r = LessonSchema.safeParse(frontmatter(src));
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`), f).toEqual([]);
    expect(src).not.toMatch(/lorem ipsum|coming soon|\bTODO\b|\bTBD\b/i);
    // Diagrams sit in <Diagram caption="…"> so each has a caption and an accessible name.
    const fences = (src.match(/```mermaid/g) ?? []).length;
    const captioned = (src.match(/<Diagram caption="[^"]{10,}">\s*```mermaid/g) ?? []).length;
    expect(captioned, `${f}: every mermaid fence needs a <Diagram caption>`).toBe(fences);
  });

  it('a lesson with a wrong field is refused with the field named', () => {
    const r = LessonSchema.safeParse({ title: 'A lesson', description: 'Long enough text.', module: 'data', order: 0, duration: 5, objectives: ['x'], takeaways: [] });
    expect(r.success).toBe(false);
    const paths = r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['module', 'order', 'objectives.0', 'takeaways']));
  });
});
