import { onNotice } from '../stores/storage';

/** Shows notices (corrupt data set aside, ignored workshop code…) in a polite live region. */
export function initNotices(): void {
  const region = document.getElementById('notices');
  if (!region) return;
  onNotice((message) => {
    const item = document.createElement('div');
    item.className = 'notice';
    const text = document.createElement('p');
    text.textContent = message;
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Dismiss';
    close.addEventListener('click', () => item.remove());
    item.append(text, close);
    region.append(item);
  });
}
