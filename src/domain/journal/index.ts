/** The reflection journal: the closing questions, the saved answers and their Markdown export. */
export { JOURNAL_QUESTIONS, JOURNAL_LESSON } from './questions';
export type { JournalQuestion } from './questions';
export {
  MAX_ANSWER_CHARS,
  MAX_ANSWERS,
  emptyJournal,
  hasAnswers,
  parseJournal,
  normaliseAnswer,
  setAnswer,
} from './record';
export type { Journal, JournalAnswer } from './record';
export { answerToMarkdown, journalToMarkdown } from './markdown';
