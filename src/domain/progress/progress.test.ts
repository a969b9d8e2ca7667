import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { badInputs } from '../../../tests/support/bad-inputs';
import {
  parseProgress,
  freshProgress,
  setLessonComplete,
  setQuestion,
  resetQuiz,
  quizScore,
  completion,
  exportProgress,
  importProgress,
  parseTheme,
  parseWorkshopCode,
} from './index';

const NOW = new Date('2026-11-27T10:00:00Z');

describe('parseProgress', () => {
  it('gives a fresh record when nothing is stored', () => {
    expect(parseProgress(null, 7, NOW)).toEqual({ ok: true, value: freshProgress(7), migrated: false });
  });

  it('round-trips a valid record', () => {
    let p = setLessonComplete(freshProgress(1), 'm/l', true, NOW);
    p = setQuestion(p, 'bank', 'q1', { attempts: 2, correct: true, revealed: false, variant: 1, last: '8,400' });
    expect(parseProgress(JSON.stringify(p), 9, NOW)).toEqual({ ok: true, value: p, migrated: false });
  });

  it.each([
    ['', 'it is not valid JSON'],
    ['{', 'it is not valid JSON'],
    ['[]', 'it is not a progress record (expected an object)'],
    ['"string"', 'it is not a progress record (expected an object)'],
    ['{"version": 999}', 'its version is 999; this course reads versions 1 and 2'],
    ['{"version": -1, "lessons": "nope"}', 'its version is -1; this course reads versions 1 and 2'],
    ['{"version": 2, "lessons": "nope", "quizzes": {}, "seed": 1}', 'lessons should be an object'],
    [
      '{"version": 2, "lessons": {}, "quizzes": {}, "seed": -4}',
      'seed should be a whole number between 0 and 4294967295',
    ],
  ])('refuses %j with the reason "%s"', (raw, reason) => {
    expect(parseProgress(raw, 1, NOW)).toEqual({ ok: false, reason });
  });

  it('refuses every storage input a careless learner or another app leaves behind, never throwing', () => {
    for (const raw of badInputs('storage')) {
      const r = parseProgress(raw, 1, NOW);
      if (raw === 'null') expect(r.ok).toBe(false);
      expect(r.ok ? r.value.version : r.reason).toBeTruthy();
    }
  });

  it('does not let "__proto__" keys reach the prototype', () => {
    const raw =
      '{"version":2,"lessons":{"__proto__":{"completedAt":"2026-01-01"}},"quizzes":{"__proto__":{"admin":true}},"seed":1}';
    const r = parseProgress(raw, 1, NOW);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>)['admin']).toBeUndefined();
    if (r.ok) expect(Object.keys(r.value.lessons)).toEqual([]);
  });

  it('migrates version 1 (a list of completed ids) to version 2', () => {
    const r = parseProgress('{"version":1,"completed":["m/a","m/b"]}', 5, NOW);
    expect(r).toEqual({
      ok: true,
      migrated: true,
      value: {
        version: 2,
        seed: 5,
        quizzes: {},
        lessons: { 'm/a': { completedAt: NOW.toISOString() }, 'm/b': { completedAt: NOW.toISOString() } },
      },
    });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof parseProgress(s, 1, NOW).ok === 'boolean'));
  });
});

describe('updates and scores', () => {
  it('scores right answers, not revealed ones', () => {
    let p = freshProgress(1);
    p = setQuestion(p, 'b', 'q1', { attempts: 1, correct: true, revealed: false, variant: 0 });
    p = setQuestion(p, 'b', 'q2', { attempts: 3, correct: true, revealed: true, variant: 0 });
    p = setQuestion(p, 'b', 'q3', { attempts: 1, correct: false, revealed: false, variant: 0 });
    expect(quizScore(p, 'b', ['q1', 'q2', 'q3', 'q4'])).toEqual({ correct: 1, total: 4, answered: 3 });
    expect(quizScore(resetQuiz(p, 'b'), 'b', ['q1'])).toEqual({ correct: 0, total: 1, answered: 0 });
  });

  it('computes completion without NaN for an empty list', () => {
    const p = setLessonComplete(freshProgress(1), 'a', true, NOW);
    expect(completion(p, ['a', 'b'])).toEqual({ done: 1, total: 2, ratio: 0.5 });
    expect(completion(p, [])).toEqual({ done: 0, total: 0, ratio: 0 });
    expect(completion(setLessonComplete(p, 'a', false, NOW), ['a'])).toEqual({ done: 0, total: 1, ratio: 0 });
  });

  it('exports and imports the same record; refuses foreign or broken files', () => {
    const p = setLessonComplete(freshProgress(3), 'm/l', true, NOW);
    const r = importProgress(exportProgress(p, NOW), 1, NOW);
    expect(r).toEqual({ ok: true, value: p, migrated: false });
    expect(importProgress('{', 1, NOW)).toEqual({ ok: false, reason: 'the file is not valid JSON' });
    expect(importProgress('{"app":"x"}', 1, NOW)).toEqual({
      ok: false,
      reason: 'the file was not exported by this course (expected "app": "cloud-data-and-containers")',
    });
    expect(importProgress('{"app":"cloud-data-and-containers","version":2}', 1, NOW)).toEqual({
      ok: false,
      reason: 'the file is not a valid progress record: lessons should be an object',
    });
  });
});

describe('settings', () => {
  it('reads the theme', () => {
    expect(parseTheme(null)).toBe('system');
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('<svg onload=alert(1)>')).toBeNull();
  });

  it('accepts sensible workshop codes and refuses the rest', () => {
    expect(parseWorkshopCode(' Cloud-2026-A ')).toEqual({ ok: true, code: 'cloud-2026-a' });
    for (const raw of [...badInputs('text'), '', 'ab', '-abc', 'a'.repeat(33)]) {
      expect(parseWorkshopCode(raw).ok, raw.slice(0, 30)).toBe(false);
    }
  });
});
