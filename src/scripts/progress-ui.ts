import { completion, quizScore, setLessonComplete, type ProgressRecord } from '../domain/progress';
import { $progress, $workshopCode, progressStore, saveProgress } from '../stores/progress';

interface BankRef {
  id: string;
  q: string[];
}

/** Paints ticks, quiz scores and progress bars from the saved progress. */
function paint(p: ProgressRecord): void {
  document.querySelectorAll<HTMLElement>('[data-lesson-id]').forEach((el) => {
    const done = p.lessons[el.dataset['lessonId'] ?? ''] !== undefined;
    el.dataset['done'] = String(done);
    const sr = el.querySelector('.sr-status');
    if (sr) sr.textContent = done ? ' (completed)' : '';
  });
  document.querySelectorAll<HTMLElement>('[data-quiz-banks]').forEach((el) => {
    let banks: BankRef[] = [];
    try {
      banks = JSON.parse(el.dataset['quizBanks'] ?? '[]') as BankRef[];
    } catch {
      return;
    }
    let correct = 0;
    let total = 0;
    let answered = 0;
    for (const b of banks) {
      const s = quizScore(p, b.id, b.q);
      correct += s.correct;
      total += s.total;
      answered += s.answered;
    }
    el.textContent = answered > 0 ? `quiz ${correct}/${total}` : '';
    el.hidden = answered === 0;
  });
  document.querySelectorAll<HTMLElement>('[data-progress-of]').forEach((el) => {
    const ids = (el.dataset['progressOf'] ?? '').split(',').filter(Boolean);
    const c = completion(p, ids);
    const bar = el.querySelector('progress');
    if (bar) {
      bar.max = Math.max(1, c.total);
      bar.value = c.done;
    }
    const label = el.querySelector('.progress-text');
    if (label) label.textContent = `${c.done} of ${c.total} lessons complete`;
  });
  const btn = document.getElementById('mark-complete');
  if (btn) {
    const done = p.lessons[btn.dataset['lessonId'] ?? ''] !== undefined;
    btn.setAttribute('aria-pressed', String(done));
    btn.textContent = done ? 'Completed (select to undo)' : 'Mark as complete';
  }
}

/** Reads progress (recovering corrupt data), remembers a workshop code, wires "mark complete". */
export function initProgress(): void {
  $workshopCode(location.search);
  // Subscribing reads progress (with recovery) and follows other tabs while the page is open.
  progressStore.subscribe((p) => {
    if (p) paint(p);
  });
  const btn = document.getElementById('mark-complete');
  if (btn) {
    btn.hidden = false;
    btn.addEventListener('click', () => {
      const id = btn.dataset['lessonId'] ?? '';
      const p = $progress();
      saveProgress(setLessonComplete(p, id, p.lessons[id] === undefined, new Date()));
    });
  }
}
