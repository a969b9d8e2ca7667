/** The quiz engine: question kinds, grading, forgiving number input and seeded variants. */
export { grade, answerText, withinTolerance } from './grade';
export { parseNumber } from './parse-number';
export { createRng, hashString, questionSeed } from './seed';
export { loadBank, bankLoaders } from './banks';
export type { Question, QuestionTemplate, QuizBank, Response, Grade, GradeStatus, Choice } from './types';
export type { Rng } from './seed';
