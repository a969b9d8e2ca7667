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
  answerToMarkdown,
  journalToMarkdown,
} from './journal';
export type { Journal, JournalAnswer } from './journal';
