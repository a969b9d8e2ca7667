import { describe, expect, it } from 'vitest';
import {
  AWS_INTERNET_EGRESS,
  AZURE_INTERNET_EGRESS,
  egressCost,
  flatRate,
  GCP_PREMIUM_INTERNET_EGRESS,
  yearlyCost,
  type PriceSchedule,
} from './index';

describe('egressCost at a flat rate', () => {
  it('reproduces the notes: 10,000 GB at £0.07 is exactly £700', () => {
    expect(egressCost(10_000, flatRate(0.07))).toEqual({
      total: 700,
      currency: 'GBP',
      lines: [{ fromGB: 0, toGB: 10_000, gb: 10_000, pricePerGB: 0.07, cost: 700 }],
    });
  });

  it('has no float noise where plain arithmetic does', () => {
    expect(10_000 * 0.07).toBe(700.0000000000001); // the traps avoided below
    expect(3 * 0.07).toBe(0.21000000000000002);
    expect(1_500 * 0.07).toBe(105.00000000000001);
    expect(egressCost(3, flatRate(0.07)).total).toBe(0.21);
    expect(egressCost(1_500, flatRate(0.07)).total).toBe(105);
    expect(egressCost(5_000, flatRate(0.07)).total).toBe(350);
    expect(egressCost(3 * 0.07, flatRate(1)).total).toBe(0.21); // 0.21000000000000002 GB metered as 0.21
  });

  it('rounds each line half-up to the penny', () => {
    expect(egressCost(766.5, flatRate(0.07)).total).toBe(53.66); // 53.655 -> 53.66
    expect(egressCost(0.5, flatRate(0.01)).total).toBe(0.01); // 0.005 -> 0.01
    expect(egressCost(0.4, flatRate(0.01)).total).toBe(0); // 0.004 -> 0.00
  });

  it('is zero with no lines for zero volume', () => {
    expect(egressCost(0, flatRate(0.07))).toEqual({ total: 0, currency: 'GBP', lines: [] });
  });

  it('rounds to the currency minor unit', () => {
    expect(egressCost(10, flatRate(1.26, 'JPY')).total).toBe(13); // 12.6 yen -> 13
  });
});

describe('egressCost with a free allowance and tiers (AWS-style preset)', () => {
  it('charges nothing inside the free allowance and shows it as a price-0 line', () => {
    expect(egressCost(60, AWS_INTERNET_EGRESS)).toEqual({
      total: 0,
      currency: 'USD',
      lines: [{ fromGB: 0, toGB: 60, gb: 60, pricePerGB: 0, cost: 0 }],
    });
  });

  it('takes the allowance off the first GBs, then fills the first tier', () => {
    expect(egressCost(1_100, AWS_INTERNET_EGRESS).lines).toEqual([
      { fromGB: 0, toGB: 100, gb: 100, pricePerGB: 0, cost: 0 },
      { fromGB: 100, toGB: 1_100, gb: 1_000, pricePerGB: 0.09, cost: 90 },
    ]);
  });

  it('ends the first tier exactly at 10,000 GB after the free allowance', () => {
    expect(egressCost(10_100, AWS_INTERNET_EGRESS).total).toBe(900);
    expect(egressCost(10_100, AWS_INTERNET_EGRESS).lines).toHaveLength(2);
    const justOver = egressCost(10_101, AWS_INTERNET_EGRESS);
    expect(justOver.lines[2]).toEqual({ fromGB: 10_100, toGB: 10_101, gb: 1, pricePerGB: 0.085, cost: 0.09 });
    expect(justOver.total).toBe(900.09); // 0.085 rounds half-up to 0.09
  });

  it('prices every tier', () => {
    expect(egressCost(50_100, AWS_INTERNET_EGRESS).total).toBe(4_300); // 900 + 3,400
    expect(egressCost(150_100, AWS_INTERNET_EGRESS).total).toBe(11_300); // + 7,000
    expect(egressCost(200_100, AWS_INTERNET_EGRESS).total).toBe(13_800); // + 50,000 x 0.05
  });
});

describe('Azure and Google Cloud presets', () => {
  it('prices Azure up to its last published tier and refuses more', () => {
    expect(egressCost(10_100, AZURE_INTERNET_EGRESS).total).toBe(870);
    expect(egressCost(500_100, AZURE_INTERNET_EGRESS).total).toBe(28_690); // 870 + 3,320 + 7,000 + 17,500
    expect(() => egressCost(500_101, AZURE_INTERNET_EGRESS)).toThrow(
      new RangeError("gbPerMonth must be at most 500100 GB, the end of this schedule's last tier (received 500101)"),
    );
  });

  it('prices Google Cloud with no free allowance', () => {
    expect(egressCost(1, GCP_PREMIUM_INTERNET_EGRESS).lines).toEqual([
      { fromGB: 0, toGB: 1, gb: 1, pricePerGB: 0.12, cost: 0.12 },
    ]);
    expect(egressCost(1_000, GCP_PREMIUM_INTERNET_EGRESS).total).toBe(120);
    expect(egressCost(10_000, GCP_PREMIUM_INTERNET_EGRESS).total).toBe(1_110);
    expect(egressCost(20_000, GCP_PREMIUM_INTERNET_EGRESS).total).toBe(1_910);
  });

  it('labels presets as illustrative, dated, USD and simplified, with a source', () => {
    for (const preset of [AWS_INTERNET_EGRESS, AZURE_INTERNET_EGRESS, GCP_PREMIUM_INTERNET_EGRESS]) {
      expect(preset.label).toMatch(/illustrative, as published on \d{4}-\d{2}-\d{2}; USD per Gi?B[^;]*, simplified/);
      expect(preset.source).toMatch(/^https:\/\//);
      expect(Object.isFrozen(preset.tiers[0])).toBe(true);
    }
  });
});

describe('egressCost: invalid volumes', () => {
  const gbp: PriceSchedule = flatRate(0.07);
  it.each([
    [-1, 'gbPerMonth must be a finite number >= 0 (received -1)'],
    [Number.NaN, 'gbPerMonth must be a finite number >= 0 (received NaN)'],
    [Number.POSITIVE_INFINITY, 'gbPerMonth must be a finite number >= 0 (received Infinity)'],
    [2e9, 'gbPerMonth must be at most 1000000000 GB (1 EB) (received 2000000000)'],
  ])('egressCost(%s) throws: %s', (gb, message) => {
    expect(() => egressCost(gb, gbp)).toThrow(new RangeError(message));
  });
});

describe('yearlyCost', () => {
  it('is twelve months, exact in pennies', () => {
    expect(yearlyCost(700)).toBe(8_400);
    expect(yearlyCost(105)).toBe(1_260);
    expect(yearlyCost(2.1)).toBe(25.2);
    expect(2.1 * 12).toBe(25.200000000000003); // the trap avoided above
    expect(yearlyCost(egressCost(10_000, flatRate(0.07)))).toBe(8_400);
    expect(yearlyCost({ total: 13, currency: 'JPY' })).toBe(156);
  });

  it('refuses a negative or non-finite month', () => {
    expect(() => yearlyCost(-1)).toThrow(new RangeError('monthly must be a finite number >= 0 (received -1)'));
    expect(() => yearlyCost({ total: Number.NaN, currency: 'GBP' })).toThrow(
      new RangeError('monthly.total must be a finite number >= 0 (received NaN)'),
    );
  });
});
