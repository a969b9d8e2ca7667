import { describe, expect, it } from 'vitest';
import { badInputs } from '../../tests/support/bad-inputs';
import { withMemoryStorage } from '../../tests/support/memory-storage';
import { parseClassRecords, readClassRecords, saveClassRecords } from './class-records';
import { backupKey, KEYS } from './storage';

const env = withMemoryStorage();

describe('the class summary keeps its records in the instructor’s browser', () => {
  it('starts empty, keeps what it is given and forgets on an empty list', () => {
    expect(readClassRecords()).toEqual([]);
    const records = [
      { name: 'ada.json', text: '{"a":1}' },
      { name: 'code 2', text: '{"b":2}' },
    ];
    expect(saveClassRecords(records)).toBe(true);
    expect(readClassRecords()).toEqual(records);
    saveClassRecords([]);
    expect(env.storage.getItem(KEYS.classRecords)).toBeNull();
    expect(env.notices).toEqual([]);
  });

  it('sets aside unreadable saved records with a notice and starts empty', () => {
    for (const bad of [...badInputs('storage'), '[{"name":1,"text":"x"}]', '{"name":"a"}']) {
      if (parseClassRecords(bad).ok) continue;
      env.storage.setItem(KEYS.classRecords, bad);
      env.notices.length = 0;
      expect(readClassRecords()).toEqual([]);
      expect(env.storage.getItem(backupKey(KEYS.classRecords))).toBe(bad);
      expect(env.storage.getItem(KEYS.classRecords)).toBeNull();
      expect(env.notices.at(-1)).toMatch(/saved class records could not be read/);
    }
    expect(parseClassRecords('[{"name":1,"text":"x"}]')).toEqual({
      ok: false,
      reason: "record 1 is not a name and a file's text",
    });
  });

  it('says when the browser refuses to keep them, naming the class records', () => {
    env.storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(saveClassRecords([{ name: 'a', text: '{}' }])).toBe(false);
    expect(env.notices.at(-1)).toBe(
      'Your browser did not let this page save the class records (storage is full or blocked).',
    );
  });
});
