import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalOf, decimalToNumber, divideRounded, fromScaled, scaledOf, toScaled } from './exact';

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

  // scaledOf and fromScaled take a float shortcut when it is provably the same (a slider step
  // calls them dozens of times): the shortcut must agree with the plain text route everywhere.
  const scale = fc.integer({ min: 0, max: 22 });
  const plainScaled = (n: number, s: number): bigint => toScaled(decimalOf(n), s);
  const plainNumber = (units: bigint, s: number): number => decimalToNumber({ coefficient: units, exponent: -s });

  it("scaledOf equals rounding the number's shortest text, for any double and scale", () => {
    const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(anyDouble, scale, (n, s) => scaledOf(n, s) === plainScaled(n, s)),
      { numRuns: 20_000 },
    );
  });

  it('scaledOf equals the plain route for typed decimals, results of arithmetic and large values', () => {
    // m / 10^k: what people type (0.07, 9313.225746154) and what the shortcut is for.
    const typed = fc
      .tuple(fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }), fc.integer({ min: 0, max: 18 }))
      .map(([m, k]) => Number(m) / 10 ** k);
    const arithmetic = fc.tuple(typed, typed).map(([a, b]) => a * b);
    const near = fc.integer({ min: 0, max: 2 ** 52 }).map((m) => m / 1e9 + Number.EPSILON * (m % 3));
    for (const numbers of [typed, arithmetic, near]) {
      fc.assert(
        fc.property(numbers, scale, (n, s) => scaledOf(n, s) === plainScaled(n, s)),
        { numRuns: 20_000 },
      );
    }
    for (const n of [0, -0, 0.5, 2.5, -2.5, 0.125, 1e-7, 1e21, 2 ** 51 / 1e9, 2 ** 53, 9007199.254740993]) {
      for (let s = 0; s <= 22; s += 1) expect(scaledOf(n, s)).toBe(plainScaled(n, s));
    }
  });

  it('fromScaled equals parsing the decimal text, for any whole number and scale', () => {
    const units = fc.oneof(
      fc.bigInt({ min: -(2n ** 54n), max: 2n ** 54n }),
      fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
    );
    fc.assert(
      fc.property(units, scale, (u, s) => Object.is(fromScaled(u, s), plainNumber(u, s))),
      { numRuns: 20_000 },
    );
    expect(fromScaled(2n ** 53n + 1n, 0)).toBe(plainNumber(2n ** 53n + 1n, 0));
  });
});
