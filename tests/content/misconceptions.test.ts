import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 14: each module carries one "Common misconceptions" box (src/components/Misconceptions.astro)
 * with 3 to 5 beliefs, each written as a bold quoted belief followed by its correction, and a dated
 * source comment inside the box.
 */
const LESSONS = 'content/lessons';
const boxes = readdirSync(LESSONS).flatMap((dir) =>
  readdirSync(join(LESSONS, dir))
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .flatMap((file) => {
      const src = readFileSync(join(LESSONS, dir, file), 'utf8');
      return [...src.matchAll(/<Misconceptions>([\s\S]*?)<\/Misconceptions>/g)].map((m) => ({
        module: dir,
        file,
        body: m[1]!,
      }));
    }),
);

describe('common misconceptions boxes', () => {
  it('exist, exactly one in every module', () => {
    const modules = boxes.map((b) => b.module);
    expect(modules, 'a module has two boxes').toEqual([...new Set(modules)]);
    expect([...modules].sort()).toEqual(readdirSync(LESSONS).sort());
  });

  it.each(boxes.map((b) => [`${b.module}/${b.file}`, b.body] as const))(
    '%s lists 3 to 5 beliefs, each with a correction, and cites dated sources',
    (_name, body) => {
      const items = body.split('\n').filter((line) => line.startsWith('- '));
      expect(items.length).toBeGreaterThanOrEqual(3);
      expect(items.length).toBeLessThanOrEqual(5);
      for (const item of items) expect(item).toMatch(/^- \*\*"[^"]+\."\*\* \S/);
      expect(body).toMatch(/read 2026-\d\d-\d\d/);
    },
  );

  it('cover the beliefs issue 14 names', () => {
    const all = boxes.map((b) => b.body).join('\n');
    for (const belief of [
      'A container is a small VM.',
      '`latest` means the newest version.',
      'A Kubernetes Service is a load balancer.',
      'Fargate is always cheaper',
    ]) {
      expect(all).toContain(belief);
    }
  });
});
