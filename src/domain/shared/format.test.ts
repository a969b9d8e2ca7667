import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCount, formatDecimal, formatPercent, formatUsd } from './format';

describe('the one number formatter', () => {
  it('groups thousands and limits decimals the way the lessons write numbers', () => {
    expect(formatCount(1024)).toBe('1,024');
    expect(formatDecimal(1234.56, 1)).toBe('1,234.6');
    expect(formatDecimal(0.5)).toBe('0.5');
    expect(formatPercent(0.125)).toBe('12.5%');
    expect(formatUsd(1234.5)).toBe('$1,234.50');
    expect(formatUsd(0)).toBe('$0.00');
  });

  it('never shows NaN, Infinity or a negative zero', () => {
    for (const bad of [Number.NaN, Infinity, -Infinity]) {
      expect(formatDecimal(bad)).toBe('\u2013');
      expect(formatPercent(bad)).toBe('\u2013');
      expect(formatUsd(bad)).toBe('\u2013');
    }
    expect(formatDecimal(-0)).toBe('0');
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: -5, max: 30 }), (v, d) => {
        const text = formatDecimal(v, d) + formatUsd(v) + formatPercent(v, d);
        return !/NaN|Infinity|undefined/.test(text);
      }),
    );
  });
});
