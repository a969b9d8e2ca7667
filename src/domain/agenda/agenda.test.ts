import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { badInputs } from '../../../tests/support/bad-inputs';
import { formatClock, parseClock, planAgenda, type AgendaLesson } from './index';

const lesson = (moduleId: string, n: number, minutes: number): AgendaLesson => ({
  id: `${moduleId}/${n}`,
  title: `${moduleId} lesson ${n}`,
  moduleId,
  moduleTitle: `Module ${moduleId}`,
  minutes,
});
const COURSE = [
  lesson('m1', 1, 20),
  lesson('m1', 2, 25),
  lesson('m1', 3, 30),
  lesson('m2', 1, 20),
  lesson('m2', 2, 25),
  lesson('m3', 1, 40),
];

describe('planAgenda', () => {
  it('times the chosen modules in order, with a break after each 60 minutes of teaching', () => {
    const a = planAgenda(COURSE, { modules: ['m1', 'm2'], start: '09:00', breakEvery: 60, breakMinutes: 15 });
    expect(a.items.map((i) => `${i.start}-${i.end} ${i.kind}`)).toEqual([
      '09:00-09:20 lesson',
      '09:20-09:45 lesson',
      '09:45-10:15 lesson',
      '10:15-10:30 break',
      '10:30-10:50 lesson',
      '10:50-11:15 lesson',
    ]);
    expect(a.teachingMinutes).toBe(120);
    expect(a.totalMinutes).toBe(135);
    expect(a.end).toBe('11:15');
  });

  it('takes lunch once, before the first lesson that would start at or after it', () => {
    const a = planAgenda(COURSE, {
      modules: ['m1', 'm2', 'm3'],
      start: '10:30',
      breakEvery: 240,
      breakMinutes: 10,
      lunchAt: '11:30',
      lunchMinutes: 45,
    });
    expect(a.items.filter((i) => i.kind === 'lunch')).toEqual([
      { kind: 'lunch', title: 'Lunch', start: '11:45', end: '12:30', minutes: 45 },
    ]);
    expect(a.items.at(-1)?.end).toBe(a.end);
  });

  it('never starts or ends with a pause, and the clock only moves forward', () => {
    fc.assert(
      fc.property(
        fc.subarray(['m1', 'm2', 'm3'], { minLength: 1 }),
        fc.integer({ min: 0, max: 23 * 60 }),
        fc.integer({ min: 30, max: 240 }),
        fc.integer({ min: 0, max: 60 }),
        (modules, start, every, pause) => {
          const a = planAgenda(COURSE, { modules, start: formatClock(start), breakEvery: every, breakMinutes: pause });
          const minutes = a.items.reduce((s, i) => s + i.minutes, 0);
          return (
            a.items[0]?.kind === 'lesson' &&
            a.items.at(-1)?.kind === 'lesson' &&
            minutes === a.totalMinutes &&
            a.items.every((item, i) => i === 0 || item.start === a.items[i - 1]?.end)
          );
        },
      ),
    );
  });

  it('says when a plan runs past midnight', () => {
    expect(planAgenda(COURSE, { modules: ['m3'], start: '23:50', breakEvery: 60, breakMinutes: 0 }).end).toBe(
      '00:30 (+1 day)',
    );
  });

  it('names a bad option and what it expected, for every careless input', () => {
    for (const bad of [...badInputs('text'), ...badInputs('numbers'), '24:00', '9:00', '09:60']) {
      expect(() => planAgenda(COURSE, { modules: ['m1'], start: bad, breakEvery: 60, breakMinutes: 15 })).toThrow(
        /^start must be a time such as 09:30/,
      );
    }
    expect(() => planAgenda(COURSE, { modules: ['m9'], start: '09:00', breakEvery: 60, breakMinutes: 15 })).toThrow(
      /modules must be module ids of this course \(m1, m2, m3\)/,
    );
    expect(() => planAgenda(COURSE, { modules: ['m1'], start: '09:00', breakEvery: 5, breakMinutes: 15 })).toThrow(
      /breakEvery must be a whole number from 30 to 240/,
    );
    expect(parseClock('t', ' 07:05 ')).toBe(425);
  });
});
