import { describe, expect, it } from 'vitest';
import { badInputs } from '../../../tests/support/bad-inputs.ts';
import { BANK_DEMO_NOW } from './bank-presets.ts';
import { bankContext, bankUsers } from './bank-policies.ts';
import { DEFAULT_MINUTE_OF_DAY, atMinuteOfDay, formatMinuteOfDay, minuteOfDay } from './bank-clock.ts';

describe('the case study clock', () => {
  it('reads the minute of the day from aws:CurrentTime first, then bank:LocalHour', () => {
    expect(minuteOfDay('2026-11-27T19:30:00Z', 10)).toBe(19 * 60 + 30);
    expect(minuteOfDay('2026-11-27T21:15:00+02:00', undefined)).toBe(19 * 60 + 15);
    expect(minuteOfDay(undefined, 7)).toBe(7 * 60);
    expect(minuteOfDay('not a time', 17.9)).toBe(17 * 60);
    expect(minuteOfDay(undefined, 24)).toBe(DEFAULT_MINUTE_OF_DAY);
    expect(minuteOfDay(undefined, -1, 0)).toBe(0);
  });

  it('sets a minute on the same UTC day, kept within the day', () => {
    expect(atMinuteOfDay('2026-11-27T10:00:00Z', 19 * 60 + 30, BANK_DEMO_NOW).toISOString()).toBe(
      '2026-11-27T19:30:00.000Z',
    );
    expect(atMinuteOfDay(Date.parse('2026-03-01T23:59:00Z'), -5, BANK_DEMO_NOW).toISOString()).toBe(
      '2026-03-01T00:00:00.000Z',
    );
    expect(atMinuteOfDay('2026-03-01T00:00:00Z', 5000, BANK_DEMO_NOW).toISOString()).toBe('2026-03-01T23:59:00.000Z');
    expect(atMinuteOfDay(undefined, 8 * 60 + 0.4, BANK_DEMO_NOW).toISOString()).toBe('2026-11-27T08:00:00.000Z');
  });

  it('round-trips through the bank context: the hour the policies see is the slider hour', () => {
    const user = bankUsers[0];
    if (!user) throw new Error('no bank user');
    for (const minutes of [0, 7 * 60 + 59, 8 * 60, 17 * 60 + 59, 18 * 60, 23 * 60 + 59]) {
      const context = bankContext(user, { now: atMinuteOfDay(undefined, minutes, BANK_DEMO_NOW) });
      expect(minuteOfDay(context['aws:CurrentTime'], context['bank:LocalHour'])).toBe(minutes);
      expect(context['bank:LocalHour']).toBe(Math.floor(minutes / 60));
    }
  });

  it('formats minutes as HH:MM', () => {
    expect(formatMinuteOfDay(0)).toBe('00:00');
    expect(formatMinuteOfDay(19 * 60 + 5)).toBe('19:05');
    expect(formatMinuteOfDay(99999)).toBe('23:59');
    expect(formatMinuteOfDay(Number.NaN)).toBe('00:00');
  });

  it('never gives an invalid date or NaN for bad input', () => {
    for (const bad of [...badInputs('text'), ...badInputs('numbers')]) {
      expect(Number.isFinite(minuteOfDay(bad, bad))).toBe(true);
      const asNumber = Number(bad);
      expect(Number.isNaN(atMinuteOfDay(bad, asNumber, BANK_DEMO_NOW).getTime())).toBe(false);
      expect(Number.isNaN(atMinuteOfDay(asNumber, asNumber, BANK_DEMO_NOW).getTime())).toBe(false);
      expect(formatMinuteOfDay(asNumber)).toMatch(/^\d\d:\d\d$/);
    }
  });
});
