/**
 * The speaker window (`?speaker`, opened from the presenter view): the current section's
 * instructor notes, the lesson-wide notes, the next section's title and the elapsed time. It
 * follows the presenter, and its buttons and arrow keys move the presenter, through the lesson's
 * BroadcastChannel.
 */
import { readLesson } from './present-dom';
import { channelName, formatElapsed, parseMessage, stepForKey, type PresenterMessage } from './presenter-core';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  e.textContent = text;
  return e;
}

/** A note's body without its heading or ids, so copies do not repeat the page's ids. */
function copyNote(note: Element): HTMLElement {
  const box = el('div', 'speaker-note');
  for (const child of note.children) {
    if (child.classList.contains('instructor-note-title')) continue;
    const c = child.cloneNode(true) as Element;
    c.removeAttribute('id');
    c.querySelectorAll('[id]').forEach((x) => x.removeAttribute('id'));
    box.append(c);
  }
  return box;
}

/** Turns the lesson page into the speaker window. */
export function startSpeaker(): void {
  const lesson = readLesson();
  const main = document.querySelector<HTMLElement>('.lesson-main');
  if (!lesson || !main) return;
  const { sections } = lesson;
  // From the templates, so the speaker window has the notes whether or not this browser is in
  // instructor mode.
  const notes = [...document.querySelectorAll<HTMLTemplateElement>('template.instructor-note-src')]
    .map((t) => t.content.querySelector<HTMLElement>('.instructor-note'))
    .filter((n): n is HTMLElement => n !== null);
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(channelName(lesson.lessonId)) : null;
  const send = (m: PresenterMessage) => channel?.postMessage(m);
  let index = 0;
  let startedAt: number | null = null;

  const panel = el('section', 'speaker');
  panel.setAttribute('aria-labelledby', 'speaker-title');
  const h1 = el('h1', '', `Speaker notes: ${lesson.title}`);
  h1.id = 'speaker-title';
  const now = el('p', 'speaker-now');
  now.setAttribute('role', 'status');
  const next = el('p', 'speaker-next');
  const timer = el('span', 'speaker-timer', '0:00');
  timer.setAttribute('role', 'timer');
  const timeRow = el('p', 'speaker-time', 'Elapsed: ');
  const restart = el('button', 'button', 'Restart the timer');
  restart.type = 'button';
  restart.addEventListener('click', () => send({ type: 'reset-timer' }));
  timeRow.append(timer, ' ', restart);
  const prev = el('button', 'button', 'Previous section');
  prev.type = 'button';
  prev.addEventListener('click', () => send({ type: 'goto', index: Math.max(0, index - 1) }));
  const fwd = el('button', 'button', 'Next section');
  fwd.type = 'button';
  fwd.addEventListener('click', () => send({ type: 'goto', index: Math.min(sections.length - 1, index + 1) }));
  const moves = el('p', 'speaker-moves');
  moves.append(prev, ' ', fwd);
  const sectionNotes = el('div', 'speaker-section-notes');
  const lessonNotes = el('div', 'speaker-lesson-notes');
  lessonNotes.append(el('h2', '', 'Notes for the whole lesson'));
  for (const n of notes.filter((n) => !n.dataset['section'])) lessonNotes.append(copyNote(n));
  panel.append(h1, now, next, timeRow, moves, sectionNotes, lessonNotes);
  main.append(panel);

  function render(): void {
    const s = sections[index]!;
    now.textContent =
      startedAt === null
        ? 'Waiting for the presenter view…'
        : `Now: section ${index + 1} of ${sections.length}, ${s.title}`;
    const n = sections[index + 1];
    next.textContent = n ? `Next: ${n.title}` : 'Next: nothing, this is the last section.';
    sectionNotes.replaceChildren(el('h2', '', `Notes for “${s.title}”`));
    const own = notes.filter((x) => x.dataset['section'] === s.id);
    if (own.length === 0) sectionNotes.append(el('p', 'speaker-none', 'No note for this section.'));
    for (const x of own) sectionNotes.append(copyNote(x));
    tick();
  }
  function tick(): void {
    timer.textContent = startedAt === null ? '0:00' : formatElapsed(Date.now() - startedAt);
  }
  channel?.addEventListener('message', (e: MessageEvent) => {
    const msg = parseMessage(e.data);
    if (msg?.type !== 'state' || msg.count !== sections.length) return;
    index = msg.index;
    startedAt = msg.startedAt;
    render();
  });
  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const to = stepForKey(e.key, index, sections.length);
    if (to === null) return;
    e.preventDefault();
    send({ type: 'goto', index: to });
  });
  setInterval(tick, 1000);
  addEventListener('pagehide', () => channel?.close());
  render();
  document.documentElement.dataset['presentReady'] = '';
  send({ type: 'hello' });
}
