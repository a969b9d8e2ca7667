/**
 * A class's results from the learners' exported progress files (issue 13: hand-in without a
 * server). The instructor drops the files on a page; this reads them one by one, refuses the bad
 * ones with the reason (not JSON, another course, edited after export, the same learner twice)
 * and sums up the rest: completion and quiz scores per lesson, and the quiz questions most missed first.
 * Pure: the files' text comes in, a summary comes out; nothing is uploaded anywhere.
 */
import { importProgress } from './update';
import type { ProgressRecord } from './record';

/** One dropped file. */
export interface ClassFile {
  readonly name: string;
  readonly text: string;
}

/** What the summary needs to know about the course. */
export interface CourseShape {
  readonly lessons: readonly { readonly id: string; readonly title: string }[];
  readonly banks: readonly {
    readonly id: string;
    /** The lesson the bank's quiz is on (its quiz scores count for that lesson). */
    readonly lessonId?: string;
    readonly lessonTitle: string;
    readonly questions: readonly string[];
  }[];
}

export interface LearnerRow {
  readonly file: string;
  readonly lessonsDone: number;
  /** Questions right (without "show answer") of all the course's questions. */
  readonly correct: number;
  readonly answered: number;
}

export interface QuestionRow {
  readonly bankId: string;
  readonly lessonTitle: string;
  readonly questionId: string;
  /** Learners who checked an answer. */
  readonly tried: number;
  /** Of those, how many got it right without revealing it. */
  readonly correct: number;
  /** tried − correct. */
  readonly missed: number;
}

export interface LessonRow {
  readonly id: string;
  readonly title: string;
  /** Learners who marked the lesson complete. */
  readonly done: number;
  /** Answers checked on the lesson's quizzes, all learners and questions together. */
  readonly answers: number;
  /** Of those, how many were right without revealing the answer. */
  readonly right: number;
}

export interface ClassSummary {
  readonly learners: readonly LearnerRow[];
  readonly refused: readonly { readonly file: string; readonly reason: string }[];
  readonly perLesson: readonly LessonRow[];
  /** Questions someone tried, the most missed first (then by fewest right, then by id). */
  readonly perQuestion: readonly QuestionRow[];
  readonly totalQuestions: number;
}

/** Largest file read (a whole course's progress is a few tens of KB). */
export const MAX_FILE_CHARS = 1_000_000;
/** Most files in one summary. */
export const MAX_FILES = 500;

/** Reads the files and sums up the class. Never throws: every problem is a refusal with its reason. */
export function summariseClass(files: readonly ClassFile[], course: CourseShape, now: Date): ClassSummary {
  const refused: { file: string; reason: string }[] = [];
  const accepted: { file: string; record: ProgressRecord }[] = [];
  const bySeed = new Map<number, string>();
  files.forEach((f, i) => {
    if (i >= MAX_FILES) {
      refused.push({ file: f.name, reason: `only the first ${MAX_FILES} files are read` });
      return;
    }
    if (f.text.length > MAX_FILE_CHARS) {
      refused.push({ file: f.name, reason: `the file is too large (${f.text.length} characters)` });
      return;
    }
    const r = importProgress(f.text, 0, now);
    if (!r.ok) {
      refused.push({ file: f.name, reason: r.reason });
      return;
    }
    // The seed is drawn once per browser: two files with one seed are one learner twice.
    const first = bySeed.get(r.value.seed);
    if (first !== undefined) {
      refused.push({ file: f.name, reason: `the same learner as ${first} (a duplicate is counted once)` });
      return;
    }
    bySeed.set(r.value.seed, f.name);
    accepted.push({ file: f.name, record: r.value });
  });

  const allQuestions = course.banks.flatMap((b) => b.questions.map((q) => ({ bank: b, q })));
  const learners: LearnerRow[] = accepted.map(({ file, record }) => {
    let correct = 0;
    let answered = 0;
    for (const { bank, q } of allQuestions) {
      const s = record.quizzes[bank.id]?.[q];
      if (!s || s.attempts === 0) continue;
      answered += 1;
      if (s.correct && !s.revealed) correct += 1;
    }
    return {
      file,
      lessonsDone: course.lessons.filter((l) => record.lessons[l.id] !== undefined).length,
      correct,
      answered,
    };
  });
  const perQuestion: QuestionRow[] = [];
  const scores = new Map<string, { answers: number; right: number }>();
  for (const { bank, q } of allQuestions) {
    let tried = 0;
    let correct = 0;
    for (const { record } of accepted) {
      const s = record.quizzes[bank.id]?.[q];
      if (!s || s.attempts === 0) continue;
      tried += 1;
      if (s.correct && !s.revealed) correct += 1;
    }
    if (bank.lessonId !== undefined) {
      const sc = scores.get(bank.lessonId) ?? { answers: 0, right: 0 };
      scores.set(bank.lessonId, { answers: sc.answers + tried, right: sc.right + correct });
    }
    if (tried > 0)
      perQuestion.push({
        bankId: bank.id,
        lessonTitle: bank.lessonTitle,
        questionId: q,
        tried,
        correct,
        missed: tried - correct,
      });
  }
  const perLesson: LessonRow[] = course.lessons.map((l) => ({
    id: l.id,
    title: l.title,
    done: accepted.filter((a) => a.record.lessons[l.id] !== undefined).length,
    answers: scores.get(l.id)?.answers ?? 0,
    right: scores.get(l.id)?.right ?? 0,
  }));
  perQuestion.sort(
    (a, b) =>
      b.missed - a.missed ||
      a.correct / a.tried - b.correct / b.tried ||
      `${a.bankId}/${a.questionId}`.localeCompare(`${b.bankId}/${b.questionId}`),
  );
  return { learners, refused, perLesson, perQuestion, totalQuestions: allQuestions.length };
}
