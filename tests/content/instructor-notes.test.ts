import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';

// Issue 13: every lesson carries instructor notes (timing, a pitfall, a discussion prompt, a model
// answer), and a note tied to a section names a `##` heading that exists, or the speaker window
// would never show it.
const lessons = readdirSync('content/lessons')
  .flatMap((dir) =>
    readdirSync(join('content/lessons', dir))
      .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
      .map((f) => join('content/lessons', dir, f)),
  )
  .sort();

/** The ids Astro gives the lesson's `##` headings (github-slugger, as in the build). */
function headingIds(text: string): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  let inFence = false;
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const h = /^(#{1,6}) (.*)$/.exec(line);
    if (!inFence && h) {
      const id = slugger.slug(h[2]!.trim());
      if (h[1] === '##') ids.add(id);
    }
  }
  return ids;
}

describe('instructor notes', () => {
  it('are in every lesson', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(30);
    const missing = lessons.filter((f) => !readFileSync(f, 'utf8').includes('<InstructorNote'));
    expect(missing).toEqual([]);
  });

  for (const file of lessons) {
    it(`${file}: timing, pitfall, prompt and model answer; sections that exist`, () => {
      const text = readFileSync(file, 'utf8');
      const notes = [...text.matchAll(/<InstructorNote([^>]*)>([\s\S]*?)<\/InstructorNote>/g)];
      expect(notes.length).toBeGreaterThanOrEqual(1);
      expect(notes.length).toBeLessThanOrEqual(2);
      const all = notes.map((n) => n[2]).join('\n');
      for (const part of ['**Timing:**', '**Pitfall:**', '**Discussion prompt:**', '**Model answer:**'])
        expect(all, `${file} lacks ${part}`).toContain(part);
      const duration = /^duration: (\d+)/m.exec(text)?.[1];
      expect(all, 'the timing matches the frontmatter duration').toContain(`**Timing:** ${duration} minutes`);
      const ids = headingIds(text);
      for (const n of notes) {
        const section = /section="([^"]*)"/.exec(n[1]!)?.[1];
        if (section !== undefined) expect([...ids], `section="${section}" in ${file}`).toContain(section);
      }
    });
  }
});
