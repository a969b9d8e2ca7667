/**
 * The workshop page: checks the code as the course does (`parseWorkshopCode`), then shows it large
 * with the join link and its QR code, and keeps both in the page's own address so the instructor
 * can reopen or share the screen. A refused code keeps what was shown before and says why.
 */
import { parseWorkshopCode } from '../domain/progress';
import { qrSvg } from '../widgets/shared/qr';
import { BASE } from '../utils/base';

/** The link that joins the workshop: the chosen page (a lesson of this course, or home) with the code. */
export function joinLink(origin: string, start: string, code: string): string {
  // Only a page of this course: never another site (a "//host" path would leave the origin).
  const path = start.startsWith(BASE) && !start.startsWith('//') ? start : BASE;
  const url = new URL(path, origin);
  if (url.origin !== new URL(origin).origin) return joinLink(origin, BASE, code);
  url.searchParams.set('workshop', code);
  return url.href;
}

export function initWorkshopPage(): void {
  const form = document.getElementById('workshop-form') as HTMLFormElement | null;
  const input = document.getElementById('workshop-code') as HTMLInputElement | null;
  const start = document.getElementById('workshop-start') as HTMLSelectElement | null;
  const error = document.getElementById('workshop-code-error');
  const show = document.getElementById('workshop-show');
  if (!form || !input || !start || !error || !show) return;
  const big = show.querySelector<HTMLElement>('[data-code]');
  const qr = show.querySelector<HTMLElement>('[data-qr]');
  const link = show.querySelector<HTMLAnchorElement>('[data-link]');
  const copy = show.querySelector<HTMLButtonElement>('[data-copy]');
  const copied = show.querySelector<HTMLElement>('[data-copy-status]');
  if (!big || !qr || !link || !copy || !copied) return;

  const display = (raw: string, page: string, remember: boolean): boolean => {
    const r = parseWorkshopCode(raw);
    if (!r.ok) {
      error.textContent = `This code cannot be used: ${r.reason}.`;
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', 'workshop-code-hint workshop-code-error');
      return false;
    }
    error.hidden = true;
    input.removeAttribute('aria-invalid');
    input.setAttribute('aria-describedby', 'workshop-code-hint');
    const href = joinLink(location.origin, page, r.code);
    big.textContent = r.code;
    link.href = href;
    link.textContent = href;
    qr.innerHTML = qrSvg(href, `QR code of the join link for workshop ${r.code}`) ?? '';
    copied.textContent = '';
    show.hidden = false;
    if (remember) {
      const params = new URLSearchParams({ show: r.code, ...(page ? { start: page } : {}) });
      history.replaceState(history.state, '', `${location.pathname}?${params}`);
    }
    return true;
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (display(input.value, start.value, true)) show.scrollIntoView({ block: 'start' });
    else input.focus();
  });
  copy.addEventListener('click', () => {
    navigator.clipboard.writeText(link.href).then(
      () => (copied.textContent = 'Copied.'),
      () => (copied.textContent = 'Copying was refused: select the link above and copy it.'),
    );
  });

  // Reopened from its own address: show the same code and page again.
  const params = new URLSearchParams(location.search);
  const code = params.get('show');
  if (code !== null) {
    input.value = code;
    const page = params.get('start') ?? '';
    if ([...start.options].some((o) => o.value === page)) start.value = page;
    display(code, start.value, false);
  }
}
