/**
 * Fidelity of module 1 (issue 14): what the egress lessons and quizzes teach about the unit on
 * the bill must match what the providers document (sources in src/domain/egress/billed-unit.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadBank } from '../../src/quiz/banks';
import { createRng, questionSeed } from '../../src/quiz/seed';
import type { Question } from '../../src/quiz/types';

const DIR = 'content/lessons/01-data-in-the-cloud';
const lessons = readdirSync(DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => [f, readFileSync(join(DIR, f), 'utf8')] as const);
const all = lessons.map(([, src]) => src).join('\n');

/** Every variant of one question of a bank. */
async function variants(bankId: string, questionId: string, count = 30): Promise<Question[]> {
  const bank = await loadBank(bankId);
  const template = bank.questions.find((q) => q.id === questionId);
  if (template === undefined) throw new Error(`${bankId} has no question ${questionId}`);
  return Array.from({ length: count }, (_, v) =>
    template.build(createRng(questionSeed({ workshop: null, personal: 7 }, bankId, questionId, v))),
  );
}

describe('units on the bill', () => {
  it.each(lessons)('%s does not claim that cloud bills count decimal GB', (_, src) => {
    expect(src).not.toMatch(/as cloud bills do|bills count in decimal|decimal units bills use|decimal GB that bills use/i);
  });

  it('the tiered-prices lesson names each provider’s unit with a dated source', () => {
    const src = lessons.find(([f]) => f.startsWith('03'))?.[1] ?? '';
    expect(src).toContain('107,374,182,400 bytes');
    expect(src).toContain('https://aws.amazon.com/s3/faqs/');
    expect(src).toContain('https://cloud.google.com/network-tiers/pricing');
    expect(src).toMatch(/read 2026-12-04/);
    expect(src).toMatch(/9,313\.226 GB\s+on an AWS bill/);
  });

  it('the GB-on-the-bill question converts to AWS’s 2^30-byte GB, never the other way round', async () => {
    for (const q of await variants('egress-tiers', 'gib-to-gb')) {
      if (q.kind !== 'numeric') throw new Error('expected a numeric question');
      const decimal = Number(/reports that ([\d,]+) GB/.exec(q.prompt)?.[1]?.replace(/,/g, ''));
      expect(q.answer).toBeCloseTo((decimal * 1e9) / 2 ** 30, 6);
      expect(q.answer).toBeLessThan(decimal);
    }
  });

  it('every tiered-price prompt says which unit its prices are per', async () => {
    for (const id of ['aws-monthly', 'gcp-yearly']) {
      for (const q of await variants('egress-tiers', id, 10)) {
        expect(q.prompt).toMatch(/per (GB \(2\^30 bytes\)|GiB \(2\^30 bytes\))/);
      }
    }
  });

  it('the lessons still quote the round figures, stated as the course’s simplification', () => {
    expect(all).toMatch(/Two simplifications in this course/);
  });
});
