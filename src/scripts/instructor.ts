/**
 * Instructor mode and the presenter view (issue 13). The toggle shows or hides every
 * `.instructor-note` (through `html[data-instructor]`, which BaseLayout's head script already set
 * before the first paint) and remembers the choice; another tab's choice is followed. The
 * presenter and speaker code is loaded only when the address asks for it (`?present`, `?speaker`).
 */
import { INSTRUCTOR_KEY, readInstructorMode, saveInstructorMode } from '../stores/instructor';

/**
 * Copies every note still in its <template> into the page (InstructorNote.astro's inline script
 * does the same while the page loads in instructor mode).
 */
export function expandNotes(): void {
  for (const t of document.querySelectorAll<HTMLTemplateElement>('template.instructor-note-src:not([data-shown])')) {
    t.setAttribute('data-shown', '');
    t.after(t.content.cloneNode(true));
  }
}

function apply(on: boolean): void {
  const root = document.documentElement;
  if (on) expandNotes();
  if (on) root.dataset['instructor'] = '';
  else delete root.dataset['instructor'];
  document.getElementById('instructor-toggle')?.setAttribute('aria-pressed', String(on));
}

/** Wires the instructor toggle and starts the presenter or speaker view when asked. */
export function initInstructor(): void {
  // A corrupt stored value was ignored by the head script; here it is set aside with a notice.
  apply(readInstructorMode());
  document.getElementById('instructor-toggle')?.addEventListener('click', () => {
    const on = !('instructor' in document.documentElement.dataset);
    saveInstructorMode(on);
    apply(on);
  });
  addEventListener('storage', (e) => {
    if (e.key === INSTRUCTOR_KEY) apply(readInstructorMode());
  });
  const root = document.documentElement;
  if (!document.querySelector('.lesson-main')) return;
  if ('present' in root.dataset) void import('./presenter').then((m) => m.startPresenter());
  else if ('speaker' in root.dataset) void import('./speaker').then((m) => m.startSpeaker());
}
