import { describe, expect, it } from 'vitest';
import { AWS_INTERNET_EGRESS, AZURE_INTERNET_EGRESS, costCurve, flatRate } from './index';

describe('costCurve', () => {
  it('gives evenly spaced points for a flat rate', () => {
    expect(costCurve(flatRate(0.07), 100, 3)).toEqual([
      { gb: 0, cost: 0, boundary: false },
      { gb: 50, cost: 3.5, boundary: false },
      { gb: 100, cost: 7, boundary: false },
    ]);
  });

  it('adds the free allowance and tier ends, so a chart shows the kinks', () => {
    const points = costCurve(AWS_INTERNET_EGRESS, 60_000, 4); // 0, 20,000, 40,000, 60,000
    expect(points).toEqual([
      { gb: 0, cost: 0, boundary: false },
      { gb: 100, cost: 0, boundary: true },
      { gb: 10_100, cost: 900, boundary: true },
      { gb: 20_000, cost: 1_741.5, boundary: false }, // 900 + 9,900 x 0.085
      { gb: 40_000, cost: 3_441.5, boundary: false },
      { gb: 50_100, cost: 4_300, boundary: true },
      { gb: 60_000, cost: 4_993, boundary: false }, // 4,300 + 9,900 x 0.07
    ]);
  });

  it('uses exact decimal volumes', () => {
    expect(costCurve(flatRate(1), 0.3, 4).map((p) => p.gb)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('refuses a bad range or point count', () => {
    expect(() => costCurve(flatRate(0.07), -5)).toThrow(
      new RangeError('maxGB must be a finite number >= 0 (received -5)'),
    );
    expect(() => costCurve(flatRate(0.07), 100, 1)).toThrow(
      new RangeError('points must be a whole number from 2 to 1000 (received 1)'),
    );
    expect(() => costCurve(flatRate(0.07), 100, 2.5)).toThrow(
      new RangeError('points must be a whole number from 2 to 1000 (received 2.5)'),
    );
    expect(() => costCurve(AZURE_INTERNET_EGRESS, 600_000)).toThrow(
      new RangeError("maxGB must be at most 500100 GB, the end of this schedule's last tier (received 600000)"),
    );
  });
});
