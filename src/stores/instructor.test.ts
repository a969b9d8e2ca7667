import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { badInputs } from '../../tests/support/bad-inputs';
import { MemoryStorage } from '../../tests/support/memory-storage';
import { INSTRUCTOR_KEY, parseInstructorMode, readInstructorMode, saveInstructorMode } from './instructor';
import { backupKey, onNotice } from './storage';

let storage: MemoryStorage;
let notices: string[] = [];
let stop: () => void = () => undefined;
beforeEach(() => {
  storage = new MemoryStorage();
  (globalThis as { localStorage?: unknown }).localStorage = storage;
  notices = [];
  stop = onNotice((m) => notices.push(m));
});
afterEach(() => {
  stop();
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('instructor mode in storage', () => {
  it('is off for a learner who never chose, and remembers on and off', () => {
    expect(readInstructorMode()).toBe(false);
    expect(saveInstructorMode(true)).toBe(true);
    expect(storage.getItem(INSTRUCTOR_KEY)).toBe('on');
    expect(readInstructorMode()).toBe(true);
    saveInstructorMode(false);
    expect(readInstructorMode()).toBe(false);
    expect(notices).toEqual([]);
  });

  it('falls back to off for every corrupt value, keeps it aside and says so', () => {
    for (const bad of [...badInputs('storage'), 'ON', 'true', '1', ' on']) {
      if (bad === 'on' || bad === 'off') continue;
      storage.setItem(INSTRUCTOR_KEY, bad);
      notices = [];
      expect(readInstructorMode(), JSON.stringify(bad.slice(0, 40))).toBe(false);
      expect(storage.getItem(backupKey(INSTRUCTOR_KEY))).toBe(bad);
      expect(storage.getItem(INSTRUCTOR_KEY)).toBeNull();
      expect(notices.join(' ')).toContain('instructor mode could not be read');
    }
  });

  it('reads only "on" as on', () => {
    expect(parseInstructorMode('on')).toEqual({ ok: true, value: true });
    expect(parseInstructorMode('off')).toEqual({ ok: true, value: false });
    expect(parseInstructorMode(null)).toEqual({ ok: true, value: false });
    expect(parseInstructorMode('yes')).toEqual({ ok: false, reason: '"yes" is not on or off' });
  });

  it('is off, without a crash, where storage is blocked', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new Error('SecurityError');
      },
    });
    expect(readInstructorMode()).toBe(false);
    expect(saveInstructorMode(true)).toBe(false);
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, writable: true, value: undefined });
  });
});
