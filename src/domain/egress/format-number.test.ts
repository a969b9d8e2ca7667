import { describe, expect, it } from 'vitest';
import { formatNumber, formatPrice } from './index';

describe('formatNumber', () => {
  it.each([
    [1_000_000, {}, '1,000,000'],
    [0.07, {}, '0.07'],
    [1e-7, {}, '0.0000001'],
    [1e21, {}, '1,000,000,000,000,000,000,000'],
    [1234.5, { grouping: false }, '1234.5'],
    [2, { minDecimals: 2 }, '2.00'],
    [0.1 + 0.2, {}, '0.3'],
    [1.0005, { maxDecimals: 3 }, '1.001'],
    [-1500.25, {}, '-1,500.25'],
    [-0, {}, '0'],
    [0, { minDecimals: 1 }, '0.0'],
  ])('formatNumber(%s, %j) is %s', (value, format, text) => {
    expect(formatNumber(value, format)).toBe(text);
  });

  it('refuses what cannot be written as a number, naming the argument', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(new RangeError('value must be a finite number (received NaN)'));
    expect(() => formatNumber(Infinity)).toThrow(/value must be a finite number/);
    expect(() => formatNumber(1, { maxDecimals: 1.5 })).toThrow(/maxDecimals must be a whole number from 0 to 20/);
    expect(() => formatNumber(1, { minDecimals: 3, maxDecimals: 2 })).toThrow(
      /minDecimals must be at most maxDecimals \(2\)/,
    );
  });

  it('never writes e-notation, NaN or Infinity for any finite input', () => {
    for (const n of [5e-324, 1.7976931348623157e308, 2 ** 53 + 2, 123456789.123456789]) {
      expect(formatNumber(n, { grouping: false })).toMatch(/^-?\d+(\.\d+)?$/);
    }
  });
});

describe('formatPrice', () => {
  it.each([
    [0.07, 'GBP', '£0.07'],
    [0.085, 'USD', '$0.085'],
    [1, 'GBP', '£1.00'],
    [0.0725, 'EUR', '€0.0725'],
    [3, 'JPY', '¥3'],
    [0.5, 'CHF', 'CHF 0.50'],
    [0, 'GBP', '£0.00'],
  ])('formatPrice(%s, %s) is %s', (price, currency, text) => {
    expect(formatPrice(price, currency)).toBe(text);
  });

  it('refuses negative prices and bad currencies', () => {
    expect(() => formatPrice(-0.01, 'GBP')).toThrow(
      new RangeError('price must be a finite number >= 0 (received -0.01)'),
    );
    expect(() => formatPrice(0.07, 'pounds')).toThrow(/currency must be a 3-letter ISO 4217 code/);
  });
});
