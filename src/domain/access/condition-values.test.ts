import { describe, expect, it } from 'vitest';
import { formatInstant, readBool, readDate, readNumber } from './condition-values.ts';

describe('readNumber', () => {
  it.each([
    [3, 3],
    ['3', 3],
    ['-2.5e3', -2500],
    [' 4 ', 4],
    ['.5', 0.5],
    ['', null],
    ['abc', null],
    ['0x10', null],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    [true, null],
  ])('%j → %j', (input, expected) => {
    expect(readNumber(input)).toBe(expected);
  });
});

describe('readDate', () => {
  it.each([
    ['2026-11-27T10:00:00Z', Date.UTC(2026, 10, 27, 10)],
    ['2026-11-27T10:00Z', Date.UTC(2026, 10, 27, 10)],
    ['2026-11-27', Date.UTC(2026, 10, 27)],
    ['2026-11-27T11:00:00+01:00', Date.UTC(2026, 10, 27, 10)],
    ['2026-11-27T10:00:00.250Z', Date.UTC(2026, 10, 27, 10, 0, 0, 250)],
    [1700000000, 1700000000000],
    ['1700000000', 1700000000000],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
  ])('%j → %j', (input, expected) => {
    expect(readDate(input)).toBe(expected);
  });

  it.each([
    '2026-02-30',
    '2025-02-29',
    '2026-13-01',
    '2026-11-27T10:00:00',
    '2026-11-27T24:00:00Z',
    'tomorrow',
    '',
    true,
  ])('rejects %j', (input) => {
    expect(readDate(input)).toBeNull();
  });
});

describe('readBool', () => {
  it.each([
    [true, true],
    [false, false],
    ['TRUE', true],
    ['false', false],
    ['yes', null],
    [1, null],
  ])('%j → %j', (input, expected) => {
    expect(readBool(input)).toBe(expected);
  });
});

it('formatInstant writes ISO 8601 UTC without milliseconds', () => {
  expect(formatInstant(Date.UTC(2026, 10, 27, 10, 0, 0, 999))).toBe('2026-11-27T10:00:00Z');
  expect(formatInstant(Number.NaN)).toBe('an invalid date');
});
