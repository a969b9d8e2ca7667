/**
 * Fidelity of module 1 (issue 14): what the egress lessons and quizzes teach about the unit on
 * the bill must match what the providers document (sources in src/domain/egress/billed-unit.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { domainValue } from '../../src/content-values';
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
    expect(src).toMatch(/<DomainValue of="egress.billedVolume" id="binary-GB" gb=\{10000\} \/>\s+on an AWS bill/);
    expect(domainValue('egress.billedVolume', { id: 'binary-GB', gb: 10_000 })).toBe('9,313.226 GB');
    expect(domainValue('egress.billedVolume', { id: 'GiB', gb: 10_000 })).toBe('9,313.226 GiB');
    expect(() => domainValue('egress.billedVolume', { id: 'binary-GB' })).toThrow(/gb .* is required/);
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
    for (const id of ['aws-monthly', 'gcp-yearly', 'next-gb']) {
      for (const q of await variants('egress-tiers', id, 10)) {
        expect(q.prompt).toMatch(/per (GB \(2\^30 bytes\)|GiB \(2\^30 bytes\))/);
      }
    }
  });

  it('the lessons still quote the round figures, stated as the course’s simplification', () => {
    expect(all).toMatch(/Two simplifications in this course/);
  });
});

describe('caching: only a cache on the consumers’ side keeps bytes from leaving', () => {
  it.each(lessons)('%s does not teach that a cache inside the region keeps traffic in the cloud', (_, src) => {
    expect(src).not.toMatch(/stay in the region|inside the region;|do not\s+leave the region again|without the data leaving the cloud again/);
  });

  it('the strategies lesson says where a cache must sit, and why an in-region cache saves no egress', () => {
    const src = lessons.find(([f]) => f.startsWith('04'))?.[1] ?? '';
    expect(src).toMatch(/on the consumers' side/);
    expect(src).toMatch(/inside the provider's region[\s\S]{0,200}not egress/);
  });

  it('the cache-placement question keeps every byte an in-region cache answers as egress', async () => {
    for (const q of await variants('egress-strategies', 'cache-placement', 40)) {
      if (q.kind !== 'numeric') throw new Error('expected a numeric question');
      const tb = Number(/sends ([\d,]+) TB|download ([\d,]+) TB/.exec(q.prompt)?.slice(1).find(Boolean));
      const pct = Number(/answers ([\d.]+)%/.exec(q.prompt)?.[1]);
      const expected = q.prompt.includes('same region') ? tb * 1_000 : tb * 1_000 * (1 - pct / 100);
      expect(q.answer).toBeCloseTo(expected, 6);
    }
  });

  it('no strategy question builds on the old premise', async () => {
    const bank = await loadBank('egress-strategies');
    for (const t of bank.questions) {
      for (let v = 0; v < 20; v++) {
        const q = t.build(createRng(questionSeed({ workshop: null, personal: 3 }, bank.id, t.id, v)));
        const text = [q.prompt, q.explanation, ...('choices' in q ? q.choices.map((c) => c.label) : [])].join(' ');
        expect(text).not.toMatch(/caching inside the region|served inside the region|same region read the same/i);
      }
    }
  });
});
