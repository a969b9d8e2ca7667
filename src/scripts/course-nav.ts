/**
 * What the course shell derives from saved progress beyond ticks: the home page's "Continue"
 * button (the first lesson not yet complete), and the per-lesson tables of the progress and
 * end-of-course pages (complete or not, quiz score). Follows every progress change.
 */
import { quizScore } from '../domain/progress';
import { $progress, PROGRESS_EVENT } from '../stores/progress';

interface BankRef {
  id: string;
  q: string[];
}

function paint(): void {
  const p = $progress();
  const link = document.getElementById('continue-course');
  if (link instanceof HTMLAnchorElement) {
    let lessons: [string, string, string][] = [];
    try {
      lessons = JSON.parse(link.dataset['lessons'] ?? '[]') as [string, string, string][];
    } catch {
      lessons = [];
    }
    const anyDone = lessons.some(([id]) => p.lessons[id] !== undefined);
    const next = lessons.find(([id]) => p.lessons[id] === undefined);
    if (anyDone && next) {
      link.href = next[1];
      link.textContent = `Continue: ${next[2]}`;
    } else if (anyDone && !next) {
      link.href = link.dataset['finish'] ?? link.href;
      link.textContent = 'Course complete: see your results';
    }
  }
  document.querySelectorAll<HTMLElement>('[data-lesson-done]').forEach((el) => {
    el.textContent = p.lessons[el.dataset['lessonDone'] ?? ''] ? 'Complete' : 'Not yet';
  });
  document.querySelectorAll<HTMLElement>('[data-lesson-score]').forEach((el) => {
    let banks: BankRef[] = [];
    try {
      banks = JSON.parse(el.dataset['lessonScore'] ?? '[]') as BankRef[];
    } catch {
      return;
    }
    if (banks.length === 0) return;
    let correct = 0;
    let total = 0;
    let answered = 0;
    for (const b of banks) {
      const s = quizScore(p, b.id, b.q);
      correct += s.correct;
      total += s.total;
      answered += s.answered;
    }
    el.textContent = answered === 0 ? 'Not started' : `${correct} of ${total} right (${answered} answered)`;
  });
}

export function initCourseNav(): void {
  if (!document.getElementById('continue-course') && !document.querySelector('[data-lesson-score]')) return;
  paint();
  addEventListener(PROGRESS_EVENT, paint);
}
