/**
 * The presenter view (`?present`): one section of the lesson per screen, in large type, with
 * ArrowLeft/ArrowRight and PageUp/PageDown (a clicker's keys) to move and Escape to return to the
 * lesson at the section on screen. Widgets stay live: a section's islands hydrate when shown. A
 * speaker window (`?speaker`) follows through a BroadcastChannel named after the lesson.
 */
import { notify } from '../stores/storage';
import { readLesson } from './present-dom';
import {
  channelName,
  parseMessage,
  presenterReceive,
  sectionFromHash,
  stepForKey,
  type PresenterState,
} from './presenter-core';

/** Keys typed into a widget (a slider, a field, the terminal) stay with the widget. */
const inWidget = (t: EventTarget | null) =>
  t instanceof Element &&
  t.closest('input, textarea, select, [contenteditable], [role="slider"], astro-island') !== null;

function button(text: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'button';
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

/** Turns the lesson page into the presenter view. */
export function startPresenter(): void {
  const lesson = readLesson();
  if (!lesson) return;
  const { elements, sections } = lesson;
  const lessonUrl = location.pathname;
  let state: PresenterState = {
    index: sectionFromHash(sections, location.hash),
    count: sections.length,
    startedAt: Date.now(),
  };
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(channelName(lesson.lessonId)) : null;

  const bar = document.createElement('nav');
  bar.className = 'present-bar';
  bar.setAttribute('aria-label', 'Presenter controls');
  const status = document.createElement('p');
  status.className = 'present-status';
  status.setAttribute('role', 'status');
  const exit = document.createElement('a');
  exit.className = 'present-exit';
  exit.textContent = 'Leave presenter view (Esc)';
  bar.append(
    button('Previous section', () => go(state.index - 1)),
    status,
    button('Next section', () => go(state.index + 1)),
    button('Open speaker window', openSpeaker),
    exit,
  );
  document.body.append(bar);

  function show(): void {
    const s = sections[state.index]!;
    elements.forEach((el, i) => el.classList.toggle('present-off', i < s.start || i >= s.end));
    status.textContent = `Section ${state.index + 1} of ${state.count}: ${s.title}`;
    exit.href = `${lessonUrl}#${encodeURIComponent(s.id)}`;
    history.replaceState(null, '', `${lessonUrl}?present#${encodeURIComponent(s.id)}`);
    scrollTo(0, 0);
  }
  function broadcast(): void {
    channel?.postMessage({ type: 'state', ...state });
  }
  function go(index: number): void {
    const next = Math.min(Math.max(0, index), state.count - 1);
    if (next === state.index) return;
    state = { ...state, index: next };
    show();
    broadcast();
  }
  function openSpeaker(): void {
    const w = open(`${lessonUrl}?speaker`, `cdc-speaker`, 'popup=yes,width=760,height=680');
    if (!w) notify('Your browser blocked the speaker window: allow pop-ups for this site and try again.');
  }

  channel?.addEventListener('message', (e: MessageEvent) => {
    const msg = parseMessage(e.data);
    if (!msg) return;
    const r = presenterReceive(state, msg, Date.now());
    const moved = r.state.index !== state.index;
    state = r.state;
    if (moved) show();
    if (r.broadcast) broadcast();
  });
  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || inWidget(e.target)) return;
    if (e.key === 'Escape') {
      location.href = exit.href;
      return;
    }
    const next = stepForKey(e.key, state.index, state.count);
    if (next === null) return;
    e.preventDefault();
    go(next);
  });
  addEventListener('pagehide', () => channel?.close());
  show();
  document.documentElement.dataset['presentReady'] = '';
  broadcast();
}
