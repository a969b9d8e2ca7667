import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bankLoaders, loadBank } from '../../src/quiz/banks';
import { grade, answerText } from '../../src/quiz/grade';
import { createRng, questionSeed } from '../../src/quiz/seed';
import type { Question, Response } from '../../src/quiz/types';
import { quizBanksIn } from '../../src/utils/quiz-tags';

const LESSONS = 'content/lessons';
const mdxFiles = readdirSync(LESSONS, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')).map((f) => join(LESSONS, f));
const usedBanks = new Map<string, string>();
for (const f of mdxFiles) for (const id of quizBanksIn(readFileSync(f, 'utf8'))) usedBanks.set(id, f);

/** The response a learner who knows the answer would give. */
function rightResponse(q: Question): Response {
  switch (q.kind) {
    case 'single':
      return { kind: 'single', choice: q.answer };
    case 'multiple':
      return { kind: 'multiple', choices: q.answer };
    case 'numeric':
    case 'text':
      return { kind: q.kind, text: answerText(q) };
  }
}

describe('every quiz in every lesson', () => {
  it('names a bank that exists, and every bank is used by a lesson', () => {
    for (const [id, file] of usedBanks) expect(Object.keys(bankLoaders), `${file} uses bank "${id}"`).toContain(id);
    for (const id of Object.keys(bankLoaders)) expect([...usedBanks.keys()], `bank "${id}" is used by no lesson`).toContain(id);
  });

  for (const id of Object.keys(bankLoaders)) {
    it(`bank "${id}": every variant's answer key grades as correct and is consistent`, async () => {
      const bank = await loadBank(id);
      expect(bank.id).toBe(id);
      const ids = bank.questions.map((t) => t.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const t of bank.questions) {
        for (let variant = 0; variant < (t.parameterised ? 60 : 1); variant++) {
          const q = t.build(createRng(questionSeed({ workshop: null, personal: 12345 }, id, t.id, variant)));
          const where = `${id}/${t.id} variant ${variant}`;
          expect(q.id, where).toBe(t.id);
          expect(q.prompt.length, where).toBeGreaterThan(10);
          expect(q.explanation.length, where).toBeGreaterThan(10);
          expect(grade(q, rightResponse(q)).status, where).toBe('correct');
          if (q.kind === 'single') expect(q.choices.map((c) => c.id), where).toContain(q.answer);
          if (q.kind === 'multiple') for (const a of q.answer) expect(q.choices.map((c) => c.id), where).toContain(a);
          if (q.kind === 'numeric') {
            expect(Number.isFinite(q.answer), where).toBe(true);
            // The explanation shows the same number as the answer key (no drift between them).
            expect(q.explanation, where).toContain(q.answerText.replace(/ [A-Za-z%]+$/, ''));
            expect(q.prompt, where).not.toMatch(/NaN|Infinity|undefined/);
          }
        }
        if (t.parameterised) {
          const prompts = new Set(Array.from({ length: 20 }, (_, v) => t.build(createRng(questionSeed({ workshop: null, personal: 1 }, id, t.id, v))).prompt));
          expect(prompts.size, `${id}/${t.id} should vary with the seed`).toBeGreaterThan(1);
        }
      }
    });
  }
});
