/**
 * While a workshop code is in force, every page says so in a small bar fixed to the bottom of the
 * screen (issue 13), with a way to leave. Fixed, so showing it never moves the page; the page gets
 * room at its end so the bar never hides the last lines.
 */
import { $workshopCode, leaveWorkshop, workshopStore } from '../stores/progress';
import { notify } from '../stores/storage';

export function initWorkshopBanner(): void {
  const bar = document.getElementById('workshop-banner');
  const code = bar?.querySelector<HTMLElement>('[data-workshop-code]');
  const leave = bar?.querySelector<HTMLButtonElement>('button');
  if (!bar || !code || !leave) return;
  const show = (value: string | null | undefined) => {
    bar.hidden = !value;
    document.body.classList.toggle('has-workshop-banner', Boolean(value));
    code.textContent = value ?? '';
  };
  show($workshopCode(location.search));
  workshopStore.listen(show);
  leave.addEventListener('click', () => {
    leaveWorkshop();
    notify('You left the workshop: quizzes use your own numbers again.');
  });
}
