import { describe, expect, it } from 'vitest';
import { bankLoaders, loadBank } from '../quiz/banks';
import { answerText, grade } from '../quiz/grade';
import { createRng, questionSeed } from '../quiz/seed';
import type { Question, Response } from '../quiz/types';
import { defaultQuestion, exercisesOf, handoutSlug, lessonExercises, type Exercise } from './handouts';

/** What a learner would type or tick in the quiz to give the handout's printed answer. */
function responseFor(q: Question, e: Exercise): Response {
  switch (q.kind) {
    case 'single':
      return { kind: 'single', choice: q.choices[e.correct[0] ?? -1]?.id ?? null };
    case 'multiple':
      return { kind: 'multiple', choices: e.correct.map((k) => q.choices[k]?.id ?? '') };
    case 'numeric':
    case 'text':
      return { kind: q.kind, text: e.answer };
  }
}

describe('handout exercises', () => {
  const ids = Object.keys(bankLoaders);

  it.each(ids)(
    'bank %s: every question, as the lesson page first shows it, with the answer the quiz accepts',
    async (id) => {
      const bank = await loadBank(id);
      const group = exercisesOf(bank);
      expect(group.title).toBe(bank.title);
      expect(group.exercises).toHaveLength(bank.questions.length);
      group.exercises.forEach((e, i) => {
        const t = bank.questions[i]!;
        // The same draw as the Quiz widget's server render (src/widgets/Quiz/Quiz.astro).
        const shown = t.build(createRng(questionSeed({ workshop: null, personal: 0 }, bank.id, t.id, 0)));
        expect(e.id).toBe(shown.id);
        expect(e.prompt).toBe(shown.prompt);
        expect(e.explanation).toBe(shown.explanation);
        expect(e.answer).toBe(answerText(shown));
        if (shown.kind === 'single' || shown.kind === 'multiple') {
          expect(e.choices).toEqual(shown.choices.map((c) => c.label));
          expect(e.correct.length).toBeGreaterThan(0);
          expect(e.correct.map((k) => e.choices[k]).join('; ')).toBe(e.answer);
        } else {
          expect(e.choices).toEqual([]);
          expect(e.correct).toEqual([]);
        }
        // The printed answer, given to the online quiz, is marked correct.
        expect(grade(shown, responseFor(shown, e)).status).toBe('correct');
      });
    },
  );

  it('draws the same numbers every time (a printed handout matches the page)', async () => {
    const bank = await loadBank('data-requirements');
    expect(exercisesOf(bank)).toEqual(exercisesOf(bank));
    expect(defaultQuestion(bank, 1)).toEqual(defaultQuestion(bank, 1));
  });

  it('names a missing question', async () => {
    const bank = await loadBank('data-requirements');
    expect(() => defaultQuestion(bank, 99)).toThrow(/data-requirements.*question 100/);
  });

  it("reads a lesson's quizzes from its MDX source, in order, and refuses an unknown bank by name", async () => {
    const groups = await lessonExercises(
      'Text\n\n<Quiz bank="egress-tiers" />\n\nMore\n<Quiz bank="data-requirements" />\n',
    );
    expect(groups.map((g) => g.bankId)).toEqual(['egress-tiers', 'data-requirements']);
    expect(await lessonExercises('No quiz here.')).toEqual([]);
    await expect(lessonExercises('<Quiz bank="no-such-bank" />')).rejects.toThrow(/no-such-bank/);
  });

  it('gives each module a URL segment without its order, as the lesson URLs do', () => {
    expect(handoutSlug('01-data-in-the-cloud')).toBe('data-in-the-cloud');
    expect(handoutSlug('06-orchestration')).toBe('orchestration');
  });
});
