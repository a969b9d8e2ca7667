import { JOURNAL_QUESTIONS, journalToMarkdown, setAnswer } from '../domain/journal';
import { progressStore } from '../stores/progress';
import { $journal, saveJournal } from '../stores/journal';

/** The file name of the Markdown download. */
export const JOURNAL_FILE = 'reflection-journal.md';

/**
 * The reflection journal page: fills each answer box from the saved journal, saves every change
 * at once (a reload or a closed tab loses nothing), follows another tab's changes to boxes the
 * learner is not typing in, and downloads the questions and answers as Markdown.
 */
export function initJournalPage(): void {
  const say = (text: string) => {
    const el = document.getElementById('journal-status');
    if (el) el.textContent = text;
  };
  const boxes = [...document.querySelectorAll<HTMLTextAreaElement>('textarea[data-question]')];
  const fill = () => {
    const j = $journal();
    for (const box of boxes) {
      if (box === document.activeElement) continue;
      box.value = j.answers[box.dataset['question'] ?? '']?.text ?? '';
    }
  };
  fill();
  // Another tab saved (the progress store follows it): show its answers in the boxes not in use.
  progressStore.listen(fill);
  for (const box of boxes) {
    const id = box.dataset['question'] ?? '';
    const n = JOURNAL_QUESTIONS.findIndex((q) => q.id === id) + 1;
    box.addEventListener('input', () => saveJournal(setAnswer($journal(), id, box.value, new Date())));
    box.addEventListener('change', () => say(`Your answer to question ${n} is saved in this browser.`));
  }
  document.getElementById('journal-download')?.addEventListener('click', () => {
    const md = journalToMarkdown(
      $journal(),
      JOURNAL_QUESTIONS,
      new Date(),
      'Reflection journal: should the Ingestion team use Kubernetes?',
    );
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([md], { type: 'text/markdown' }));
    a.download = JOURNAL_FILE;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    say(`Your journal was downloaded as ${JOURNAL_FILE}.`);
  });
}
