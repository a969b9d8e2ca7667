import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 15: lessons speak to the learner and teach the right thing directly; they do not review
// a document the learner never sees. At most a handful of mentions of the source may remain.
const MAX_MENTIONS = 5;
const MENTION = /\b(the|course|lecture) notes\b/gi;

describe('lesson voice', () => {
  it(`mentions "the notes" at most ${MAX_MENTIONS} times across the course`, () => {
    const counts: string[] = [];
    let total = 0;
    for (const dir of readdirSync('content/lessons')) {
      for (const file of readdirSync(join('content/lessons', dir)).filter((f) => f.endsWith('.mdx'))) {
        const n = readFileSync(join('content/lessons', dir, file), 'utf8').match(MENTION)?.length ?? 0;
        total += n;
        if (n > 0) counts.push(`${dir}/${file}: ${n}`);
      }
    }
    expect(total, counts.join('\n')).toBeLessThanOrEqual(MAX_MENTIONS);
  });
});
