import { describe, expect, it } from 'vitest';
import { decimalOf, decimalToNumber, divideRounded, fromScaled, scaledOf } from './exact';

describe('exact decimals', () => {
  it('reads the shortest decimal of a double, not its binary expansion', () => {
    expect(decimalOf(2.1)).toEqual({ coefficient: 21n, exponent: -1 });
    expect(decimalOf(1e21)).toEqual({ coefficient: 1n, exponent: 21 });
    expect(decimalOf(1e-7)).toEqual({ coefficient: 1n, exponent: -7 });
    expect(decimalOf(-0.5)).toEqual({ coefficient: -5n, exponent: -1 });
  });

  it('rounds half away from zero', () => {
    expect(divideRounded(5n, 10n)).toBe(1n);
    expect(divideRounded(4n, 10n)).toBe(0n);
    expect(divideRounded(15n, 10n)).toBe(2n);
    expect(divideRounded(-15n, 10n)).toBe(-2n);
    expect(divideRounded(-14n, 10n)).toBe(-1n);
  });

  it('scales and unscales without noise', () => {
    expect(scaledOf(3 * 0.07, 9)).toBe(210_000_000n); // 0.21000000000000002 metered in bytes
    expect(scaledOf(0.125, 2)).toBe(13n);
    expect(scaledOf(10_000 * 0.07, 2)).toBe(70_000n); // 700.0000000000001
    expect(fromScaled(210n, 2)).toBe(2.1);
    expect(decimalToNumber({ coefficient: 8400n, exponent: 0 })).toBe(8400);
  });

  it('refuses non-finite numbers', () => {
    expect(() => decimalOf(Number.NaN)).toThrow(RangeError);
  });
});
