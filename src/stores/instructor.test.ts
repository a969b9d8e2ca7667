import { describe, expect, it } from 'vitest';
import { badInputs } from '../../tests/support/bad-inputs';
import { withMemoryStorage } from '../../tests/support/memory-storage';
import { INSTRUCTOR_KEY, parseInstructorMode, readInstructorMode, saveInstructorMode } from './instructor';
import { backupKey } from './storage';

const env = withMemoryStorage();

describe('instructor mode in storage', () => {
  it('is off for a learner who never chose, and remembers on and off', () => {
    expect(readInstructorMode()).toBe(false);
    expect(saveInstructorMode(true)).toBe(true);
    expect(env.storage.getItem(INSTRUCTOR_KEY)).toBe('on');
    expect(readInstructorMode()).toBe(true);
    saveInstructorMode(false);
    expect(readInstructorMode()).toBe(false);
    expect(env.notices).toEqual([]);
  });

  it('falls back to off for every corrupt value, keeps it aside and says so', () => {
    for (const bad of [...badInputs('storage'), 'ON', 'true', '1', ' on']) {
      if (bad === 'on' || bad === 'off') continue;
      env.storage.setItem(INSTRUCTOR_KEY, bad);
      env.notices.length = 0;
      expect(readInstructorMode(), JSON.stringify(bad.slice(0, 40))).toBe(false);
      expect(env.storage.getItem(backupKey(INSTRUCTOR_KEY))).toBe(bad);
      expect(env.storage.getItem(INSTRUCTOR_KEY)).toBeNull();
      expect(env.notices.join(' ')).toContain('instructor mode could not be read');
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
