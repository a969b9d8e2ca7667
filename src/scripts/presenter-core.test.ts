import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { badInputs } from '../../tests/support/bad-inputs';
import {
  channelName,
  formatElapsed,
  parseMessage,
  presenterReceive,
  sectionFromHash,
  splitSections,
  stepForKey,
  type Block,
} from './presenter-core';

const h = (id: string, text = id): Block => ({ headingId: id, headingText: text });
const p: Block = {};

describe('splitting a lesson into sections', () => {
  it('makes the header and introduction one section, then one per ## heading', () => {
    const blocks = [
      p,
      p,
      h('first', 'First'),
      p,
      p,
      h('second', 'Second'),
      p,
      h('takeaways-title', 'Key takeaways'),
      p,
    ];
    expect(splitSections(blocks, 'The lesson', 'main')).toEqual([
      { id: 'main', title: 'The lesson', start: 0, end: 2 },
      { id: 'first', title: 'First', start: 2, end: 5 },
      { id: 'second', title: 'Second', start: 5, end: 7 },
      { id: 'takeaways-title', title: 'Key takeaways', start: 7, end: 9 },
    ]);
  });

  it('drops an empty introduction and keeps a lesson with no heading as one section', () => {
    expect(splitSections([h('a'), p], 'T').map((s) => s.id)).toEqual(['a']);
    expect(splitSections([p, p], 'T')).toEqual([{ id: 'top', title: 'T', start: 0, end: 2 }]);
    expect(splitSections([], 'T')).toEqual([{ id: 'top', title: 'T', start: 0, end: 0 }]);
  });

  it('covers every block exactly once, in order, whatever the layout', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 40 }), (isHeading) => {
        const blocks = isHeading.map((x, i) => (x ? h(`h${i}`) : p));
        const sections = splitSections(blocks, 'T');
        let at = 0;
        for (const s of sections) {
          expect(s.start).toBe(at);
          at = s.end;
        }
        expect(at).toBe(blocks.length);
        expect(sections.filter((s) => s.id !== 'top')).toHaveLength(isHeading.filter(Boolean).length);
      }),
    );
  });
});

describe('keys in the presenter', () => {
  it('moves with arrows and a clicker (PageUp/PageDown), stopping at both ends', () => {
    expect(stepForKey('ArrowRight', 0, 3)).toBe(1);
    expect(stepForKey('PageDown', 1, 3)).toBe(2);
    expect(stepForKey('PageDown', 2, 3)).toBe(2);
    expect(stepForKey('ArrowLeft', 2, 3)).toBe(1);
    expect(stepForKey('PageUp', 0, 3)).toBe(0);
    expect(stepForKey('End', 0, 3)).toBe(2);
    expect(stepForKey('Home', 2, 3)).toBe(0);
  });
  it('leaves other keys (Escape, letters, Enter) to the page and its widgets', () => {
    for (const k of ['Escape', 'a', 'Enter', ' ', 'Tab', ...badInputs('text').slice(0, 20)])
      expect(stepForKey(k, 1, 3)).toBeNull();
  });
  it('starts at the section the address names, or the first', () => {
    const s = splitSections([p, h('running-a-web-server'), p], 'T', 'main');
    expect(sectionFromHash(s, '#running-a-web-server')).toBe(1);
    expect(sectionFromHash(s, '')).toBe(0);
    expect(sectionFromHash(s, '#%E0%A4%A')).toBe(0);
    expect(sectionFromHash(s, '#nowhere')).toBe(0);
  });
});

describe('messages between the presenter and the speaker window', () => {
  it('has one channel per lesson', () => {
    expect(channelName('04-containers/03-running-containers')).not.toBe(
      channelName('04-containers/02-docker-vocabulary'),
    );
  });

  it('reads well-formed messages and refuses malformed ones', () => {
    expect(parseMessage({ type: 'state', index: 1, count: 4, startedAt: 1000 })).toEqual({
      type: 'state',
      index: 1,
      count: 4,
      startedAt: 1000,
    });
    expect(parseMessage({ type: 'goto', index: 2 })).toEqual({ type: 'goto', index: 2 });
    expect(parseMessage({ type: 'hello', extra: 1 })).toEqual({ type: 'hello' });
    for (const bad of [
      null,
      'state',
      42,
      [],
      { type: 'goto', index: -1 },
      { type: 'goto', index: 1.5 },
      { type: 'goto', index: '1' },
      { type: 'state', index: 4, count: 4, startedAt: 0 },
      { type: 'state', index: 0, count: 4, startedAt: Number.NaN },
      { type: 'launch' },
      ...badInputs('json').map((j) => {
        try {
          return JSON.parse(j) as unknown;
        } catch {
          return j;
        }
      }),
    ]) {
      const m = parseMessage(bad);
      expect(m === null || m.type === 'hello' || m.type === 'reset-timer', JSON.stringify(bad)?.slice(0, 60)).toBe(
        true,
      );
    }
  });

  it('moves the presenter when the speaker asks, answers hello, and restarts the timer', () => {
    const state = { index: 1, count: 4, startedAt: 1000 };
    expect(presenterReceive(state, { type: 'goto', index: 3 }, 5000)).toEqual({
      state: { ...state, index: 3 },
      broadcast: true,
    });
    expect(presenterReceive(state, { type: 'goto', index: 99 }, 5000).state.index).toBe(3);
    expect(presenterReceive(state, { type: 'hello' }, 5000)).toEqual({ state, broadcast: true });
    expect(presenterReceive(state, { type: 'reset-timer' }, 5000).state.startedAt).toBe(5000);
    expect(presenterReceive(state, { type: 'state', index: 0, count: 4, startedAt: 0 }, 5000)).toEqual({
      state,
      broadcast: false,
    });
  });
});

describe('the elapsed timer', () => {
  it('shows m:ss, then h:mm:ss, and 0:00 for a clock set backwards', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
    expect(formatElapsed(-5000)).toBe('0:00');
    expect(formatElapsed(Number.NaN)).toBe('0:00');
  });
});
