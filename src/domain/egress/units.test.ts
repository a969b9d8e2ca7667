import { describe, expect, it } from 'vitest';
import { bytesPerUnit, isUnit, toGB, UNITS, type Unit } from './index';

describe('toGB: decimal units, as cloud bills use', () => {
  it.each([
    [1_000_000_000, 'B', 1],
    [1_000_000, 'KB', 1],
    [1_000, 'MB', 1],
    [1, 'GB', 1],
    [10, 'TB', 10_000],
    [5, 'TB', 5_000],
    [1, 'PB', 1_000_000],
    [1, 'KB', 0.000001],
    [1, 'B', 1e-9],
  ] as [number, Unit, number][])('%s %s is %s GB', (value, unit, gb) => {
    expect(toGB(value, unit)).toBe(gb);
  });

  it('gives 1,000,000 requests x 1 KB = 1 GB, as in the notes', () => {
    expect(toGB(1_000_000 * 1, 'KB')).toBe(1);
  });

  it('converts without float noise where plain multiplication has it', () => {
    expect(1.005 * 1000).toBe(1004.9999999999999); // the trap avoided below
    expect(toGB(1.005, 'TB')).toBe(1005);
    expect(8.2 * 1e6).toBe(8199999.999999999);
    expect(toGB(8.2, 'PB')).toBe(8_200_000);
    expect(toGB(2.1, 'TB')).toBe(2100);
  });
});

describe('toGB: binary units are powers of 1,024 and never confused with decimal ones', () => {
  it.each([
    [1, 'KiB', 0.000001024],
    [1, 'MiB', 0.001048576],
    [1, 'GiB', 1.073741824],
    [1, 'TiB', 1099.511627776],
    [10, 'GiB', 10.73741824],
  ] as [number, Unit, number][])('%s %s is %s GB', (value, unit, gb) => {
    expect(toGB(value, unit)).toBe(gb);
  });

  it('knows the byte counts', () => {
    expect(bytesPerUnit('GiB')).toBe(1_073_741_824);
    expect(bytesPerUnit('GB')).toBe(1_000_000_000);
    expect(bytesPerUnit('TiB')).toBe(1_099_511_627_776);
  });
});

describe('toGB: invalid arguments', () => {
  it.each([
    [-1, 'GB', 'value must be a finite number >= 0 (received -1)'],
    [Number.NaN, 'GB', 'value must be a finite number >= 0 (received NaN)'],
    [Number.POSITIVE_INFINITY, 'TB', 'value must be a finite number >= 0 (received Infinity)'],
    [1, 'XB', "unit must be one of B, KB, MB, GB, TB, PB, KiB, MiB, GiB, TiB (received 'XB')"],
    [1, 'gib', "unit must be one of B, KB, MB, GB, TB, PB, KiB, MiB, GiB, TiB (received 'gib')"],
    [1e305, 'PB', 'value must be small enough to express in GB (received 1e+305)'],
  ])('toGB(%s, %s) throws a RangeError that says what was wrong', (value, unit, message) => {
    expect(() => toGB(value, unit as Unit)).toThrow(new RangeError(message));
  });

  it('lists the units decimal first, then binary', () => {
    expect(UNITS).toEqual(['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'KiB', 'MiB', 'GiB', 'TiB']);
    expect(isUnit('GiB')).toBe(true);
    expect(isUnit('GIB')).toBe(false);
  });
});
