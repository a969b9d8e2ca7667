/**
 * The pure part of the presenter view (issue 13): splitting a lesson into one section per screen,
 * moving between sections with keys, and the messages the presenter and speaker windows exchange
 * over a BroadcastChannel. No DOM, no clock: callers pass `now`.
 */

/** One block of the lesson, in page order: a `##` heading starts a section. */
export interface Block {
  /** The heading's id when this block is a section heading; undefined for anything else. */
  readonly headingId?: string | undefined;
  /** The heading's text (for the speaker window's "next" line). */
  readonly headingText?: string | undefined;
}

/** A section: its heading's id and title, and the blocks [start, end) it spans. */
export interface Section {
  readonly id: string;
  readonly title: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Splits blocks into sections. The blocks before the first heading (the lesson's title,
 * objectives and introduction) form the first section, called `introTitle`; a lesson with no
 * heading is one section.
 */
export function splitSections(blocks: readonly Block[], introTitle: string, introId = 'top'): Section[] {
  const sections: Section[] = [];
  let start = 0;
  let id = introId;
  let title = introTitle;
  blocks.forEach((b, i) => {
    if (b.headingId === undefined) return;
    // A section always holds its heading, so only an empty introduction is skipped here.
    if (i > start) sections.push({ id, title, start, end: i });
    start = i;
    id = b.headingId;
    title = b.headingText ?? b.headingId;
  });
  sections.push({ id, title, start, end: blocks.length });
  return sections;
}

/** What a key does in the presenter: the new section index, or null when the key is not ours. */
export function stepForKey(key: string, index: number, count: number): number | null {
  const last = Math.max(0, count - 1);
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return Math.min(last, index + 1);
    case 'ArrowLeft':
    case 'PageUp':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/** The section a URL hash names (`#running-a-web-server`), or 0. */
export function sectionFromHash(sections: readonly Section[], hash: string): number {
  let id = hash.replace(/^#/, '');
  try {
    id = decodeURIComponent(id);
  } catch {
    return 0; // A malformed escape in a hand-typed address: start at the top.
  }
  const i = sections.findIndex((s) => s.id === id);
  return i < 0 ? 0 : i;
}

/** The BroadcastChannel name for one lesson: presenter and speaker of another lesson never mix. */
export const channelName = (lessonId: string) => `cdc-present:${lessonId}`;

/** What goes over the channel. */
export type PresenterMessage =
  /** The presenter's state: sent on every change and in answer to `hello`. */
  | { readonly type: 'state'; readonly index: number; readonly count: number; readonly startedAt: number }
  /** A speaker window opened and asks for the state. */
  | { readonly type: 'hello' }
  /** The speaker asks the presenter to show section `index`. */
  | { readonly type: 'goto'; readonly index: number }
  /** The speaker restarts the elapsed timer. */
  | { readonly type: 'reset-timer' };

const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 10_000;

/** Reads a message from the channel; anything malformed (another version, a stray post) is null. */
export function parseMessage(data: unknown): PresenterMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  switch (m['type']) {
    case 'hello':
      return { type: 'hello' };
    case 'reset-timer':
      return { type: 'reset-timer' };
    case 'goto':
      return isIndex(m['index']) ? { type: 'goto', index: m['index'] } : null;
    case 'state': {
      const { index, count, startedAt } = m;
      if (!isIndex(index) || !isIndex(count) || index >= count) return null;
      if (typeof startedAt !== 'number' || !Number.isFinite(startedAt)) return null;
      return { type: 'state', index, count, startedAt };
    }
    default:
      return null;
  }
}

/** The presenter's state. */
export interface PresenterState {
  readonly index: number;
  readonly count: number;
  readonly startedAt: number;
}

/**
 * The presenter's answer to a message from a speaker window: its new state and whether to
 * broadcast it (a `hello` changes nothing but is answered; a `state` from elsewhere is ignored).
 */
export function presenterReceive(
  state: PresenterState,
  msg: PresenterMessage,
  now: number,
): { state: PresenterState; broadcast: boolean } {
  switch (msg.type) {
    case 'hello':
      return { state, broadcast: true };
    case 'goto':
      return { state: { ...state, index: Math.min(Math.max(0, state.count - 1), msg.index) }, broadcast: true };
    case 'reset-timer':
      return { state: { ...state, startedAt: now }, broadcast: true };
    case 'state':
      return { state, broadcast: false };
  }
}

/** Elapsed time as m:ss (or h:mm:ss past an hour); a clock set backwards shows 0:00. */
export function formatElapsed(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
