/**
 * Printable handouts per module (issue 13): the module's quiz questions as static exercises, drawn
 * exactly as the Quiz widget's server render draws them (the default seed: no workshop code,
 * personal seed 0, variant 0), with the answer and explanation from the same quiz code the widget's
 * "Show answer" uses. No number is typed here: every one comes from the banks (which ask src/domain).
 */
import { answerText } from '../quiz/grade';
import { createRng, questionSeed } from '../quiz/seed';
import { loadBank } from '../quiz/banks';
import { quizBanksIn } from './quiz-tags';
import type { Question, QuizBank } from '../quiz/types';

/** One exercise of a handout: a question as text, and what the answers version adds. */
export interface Exercise {
  bankId: string;
  /** The question's id inside its bank. */
  id: string;
  kind: Question['kind'];
  prompt: string;
  /** The options of a choice question, in the order the quiz shows them (empty otherwise). */
  choices: string[];
  /** A hint on the expected form: "Choose one.", "Choose every answer that applies.", a unit. */
  form: string;
  /** The answer as the quiz's "Show answer" writes it. */
  answer: string;
  /**
   * For a choice question, the positions (0-based) of the right options in `choices`, so the
   * handout can print them one a line with their letters ("Show answer" joins labels with "; ",
   * which is ambiguous when a label has a semicolon of its own). Empty for other questions.
   */
  correct: number[];
  explanation: string;
}

/** The exercises of one lesson's quiz. */
export interface ExerciseGroup {
  bankId: string;
  title: string;
  exercises: Exercise[];
}

/** The question the Quiz widget's server render shows for a template: the default seed, variant 0. */
export function defaultQuestion(bank: QuizBank, index: number): Question {
  const t = bank.questions[index];
  if (!t) throw new Error(`Quiz bank "${bank.id}" has no question ${index + 1}`);
  return t.build(createRng(questionSeed({ workshop: null, personal: 0 }, bank.id, t.id, 0)));
}

function formOf(q: Question): string {
  switch (q.kind) {
    case 'single':
      return 'Choose one.';
    case 'multiple':
      return 'Choose every answer that applies.';
    case 'numeric':
      return q.units.length > 0 ? `Answer with a number (${q.units[0]}).` : 'Answer with a number.';
    case 'text':
      return 'Answer in a word or a few words.';
  }
}

/** Every question of a bank as a static exercise, with its answer and explanation. Pure. */
export function exercisesOf(bank: QuizBank): ExerciseGroup {
  return {
    bankId: bank.id,
    title: bank.title,
    exercises: bank.questions.map((_t, i) => {
      const q = defaultQuestion(bank, i);
      return {
        bankId: bank.id,
        id: q.id,
        kind: q.kind,
        prompt: q.prompt,
        choices: q.kind === 'single' || q.kind === 'multiple' ? q.choices.map((c) => c.label) : [],
        form: formOf(q),
        answer: answerText(q),
        correct:
          q.kind === 'single'
            ? [q.choices.findIndex((c) => c.id === q.answer)]
            : q.kind === 'multiple'
              ? q.choices.flatMap((c, k) => (q.answer.includes(c.id) ? [k] : []))
              : [],
        explanation: q.explanation,
      };
    }),
  };
}

/** The exercises of a lesson, from the quizzes its MDX source embeds (`<Quiz bank="..." />`), in order. */
export async function lessonExercises(source: string): Promise<ExerciseGroup[]> {
  return Promise.all(quizBanksIn(source).map(async (id) => exercisesOf(await loadBank(id))));
}

/** A module's URL segment under handouts/: its id without the order, as in learn/ ("data-in-the-cloud"). */
export function handoutSlug(moduleId: string): string {
  return moduleId.replace(/^\d+-/, '');
}
