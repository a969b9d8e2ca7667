import { describe, expect, it } from 'vitest';
import { formatGB, formatMoney } from './index';

describe('formatMoney', () => {
  it.each([
    [700, 'GBP', '£700.00'],
    [8_400, 'GBP', '£8,400.00'],
    [2.1, 'GBP', '£2.10'],
    [0.07, 'GBP', '£0.07'],
    [1_234.5, 'USD', '$1,234.50'],
    [1_234_567.891, 'EUR', '€1,234,567.89'],
    [0.005, 'GBP', '£0.01'],
    [-5, 'GBP', '-£5.00'],
    [-0.001, 'GBP', '£0.00'],
    [12, 'CHF', 'CHF 12.00'],
    [1_500, 'JPY', '¥1,500'],
    [10_000 * 0.07, 'GBP', '£700.00'],
  ])('formatMoney(%s, %s) is %s', (amount, currency, text) => {
    expect(formatMoney(amount, currency)).toBe(text);
  });

  it('refuses NaN and bad currency codes', () => {
    expect(() => formatMoney(Number.NaN, 'GBP')).toThrow(
      new RangeError('amount must be a finite number (received NaN)'),
    );
    expect(() => formatMoney(1, '£')).toThrow(
      new RangeError("currency must be a 3-letter ISO 4217 code such as 'GBP' or 'USD' (received '£')"),
    );
  });
});

describe('formatGB', () => {
  it.each([
    [10_000, '10,000 GB'],
    [0, '0 GB'],
    [1.073741824, '1.074 GB'],
    [2.5, '2.5 GB'],
    [0.0004, '0 GB'],
    [1_000_000_000, '1,000,000,000 GB'],
  ])('formatGB(%s) is %s', (gb, text) => {
    expect(formatGB(gb)).toBe(text);
  });

  it('takes a number of decimals', () => {
    expect(formatGB(1.073741824, 9)).toBe('1.073741824 GB');
    expect(formatGB(1.5, 0)).toBe('2 GB');
    expect(() => formatGB(-1)).toThrow(new RangeError('gb must be a finite number >= 0 (received -1)'));
  });
});
