/** Progress, theme and workshop settings: pure parsing, validation, migration and updates. */
export { PROGRESS_VERSION, MAX_PROGRESS_CHARS, freshProgress, parseProgress } from './record';
export type { ProgressRecord, QuestionState, ParseResult } from './record';
export {
  setLessonComplete,
  setTaskDone,
  tasksDone,
  setQuestion,
  resetQuiz,
  quizScore,
  completion,
  exportProgress,
  importProgress,
  EXPORT_APP,
} from './update';
export { parseTheme, parseWorkshopCode } from './settings';
export type { ThemePreference } from './settings';
export { summariseClass, MAX_FILES, MAX_FILE_CHARS } from './class-summary';
export type { ClassFile, ClassSummary, CourseShape, LearnerRow, LessonRow, QuestionRow } from './class-summary';
export { progressCheck } from './update';
