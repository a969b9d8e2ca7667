import { describe, expect, it } from 'vitest';
import {
  AWS_INTERNET_EGRESS,
  AZURE_INTERNET_EGRESS,
  BILLED_UNIT_IDS,
  billedUnitOf,
  egressCost,
  egressCostOf,
  flatRate,
  GCP_PREMIUM_INTERNET_EGRESS,
  NOTES_RATE,
  PROVIDER_PRESETS,
  toBilledUnits,
  toGB,
} from './index';

describe('the unit each price list bills in', () => {
  it("AWS's billed GB is 2^30 bytes: the S3 FAQ's 100 GB = 107,374,182,400 bytes", () => {
    const unit = billedUnitOf(AWS_INTERNET_EGRESS);
    expect(unit.bytes).toBe(1_073_741_824);
    expect(unit.written).toBe('GB');
    expect(100 * unit.bytes).toBe(107_374_182_400);
    expect(toBilledUnits(107_374_182_400, 'B', AWS_INTERNET_EGRESS.billedUnit)).toBe(100);
  });

  it('Google Cloud prices per GiB; Azure says GB without a byte count, modelled as 10^9', () => {
    expect(billedUnitOf(GCP_PREMIUM_INTERNET_EGRESS).written).toBe('GiB');
    expect(billedUnitOf(GCP_PREMIUM_INTERNET_EGRESS).bytes).toBe(2 ** 30);
    expect(billedUnitOf(AZURE_INTERNET_EGRESS).bytes).toBe(1e9);
    expect(billedUnitOf(AZURE_INTERNET_EGRESS).label).toMatch(/not stated/);
  });

  it('every preset names its billed unit and where the provider says so, dated', () => {
    for (const preset of PROVIDER_PRESETS) {
      expect(BILLED_UNIT_IDS).toContain(preset.billedUnit);
      expect(preset.unitSource).toMatch(/^https:\/\/\S+ \(read 2026-12-04\)/);
      expect(preset.label).toMatch(preset.billedUnit === 'GiB' ? /per GiB/ : /per GB/);
    }
  });

  it("the course's flat rate keeps decimal GB, and a schedule without billedUnit is decimal", () => {
    expect(billedUnitOf(NOTES_RATE).bytes).toBe(1e9);
    expect(billedUnitOf(flatRate(0.05, 'USD')).id).toBe('decimal-GB');
  });

  it('converts exactly: 10 TB is 9,313.225746154785 AWS GB; 10 TiB is exactly 10,240', () => {
    expect(toBilledUnits(10, 'TB', 'binary-GB')).toBe(9313.225746154785);
    expect(toBilledUnits(10, 'TiB', 'binary-GB')).toBe(10_240);
    expect(toBilledUnits(10, 'TiB', 'GiB')).toBe(10_240);
    expect(toBilledUnits(10, 'TB', 'decimal-GB')).toBe(10_000);
    expect(toBilledUnits(1.1, 'TB', 'decimal-GB')).toBe(toGB(1.1, 'TB'));
    expect(toBilledUnits(1, 'GB', 'GiB')).toBe(0.931322574615478515625);
  });

  it('would have caught the old lesson: on AWS, 10 TB of traffic is not billed as 10,000 GB', () => {
    const billed = egressCostOf(10, 'TB', AWS_INTERNET_EGRESS);
    const decimal = egressCost(10_000, AWS_INTERNET_EGRESS);
    expect(billed.total).toBeLessThan(decimal.total);
    expect(billed.total).toBe(egressCost(9313.225746154785, AWS_INTERNET_EGRESS).total);
    // And a volume a tool reports in GiB is already in AWS's billed unit.
    expect(egressCostOf(20_000, 'GiB', AWS_INTERNET_EGRESS).total).toBe(egressCost(20_000, AWS_INTERNET_EGRESS).total);
  });

  it('rejects bad input with a sentence naming the argument', () => {
    expect(() => toBilledUnits(-1, 'GB', 'GiB')).toThrow(/value/);
    expect(() => toBilledUnits(1, 'gb' as never, 'GiB')).toThrow(/unit/);
    expect(() => toBilledUnits(1, 'GB', 'mebi' as never)).toThrow(/billedUnit must be one of/);
    expect(() => egressCost(1, { ...NOTES_RATE, billedUnit: 'kb' as never })).toThrow(/schedule\.billedUnit/);
    expect(() => toBilledUnits(Number.MAX_VALUE, 'PB', 'GiB')).toThrow(RangeError);
  });
});

describe('formatBilledGB', () => {
  it("writes the price list's own unit name", async () => {
    const { formatBilledGB } = await import('./index');
    expect(formatBilledGB(20_000, 'GiB')).toBe('20,000 GiB');
    expect(formatBilledGB(20_000, 'binary-GB')).toBe('20,000 GB');
    expect(formatBilledGB(9313.225746154785, 'binary-GB')).toBe('9,313.226 GB');
    expect(() => formatBilledGB(1, 'x' as never)).toThrow(/billedUnit/);
  });
});

describe('a CDN list and its origin count the same unit', () => {
  it('refuses a CDN list per decimal GB beside an origin per 2^30-byte GB, and accepts one left unnamed or equal in size', async () => {
    const { costWithStrategies } = await import('./index');
    const cdnSchedule = { ...flatRate(0.05, 'USD'), billedUnit: 'decimal-GB' as const };
    expect(() => costWithStrategies(1_000, AWS_INTERNET_EGRESS, { cdnOffload: 0.5, cdnSchedule })).toThrow(
      /cdnSchedule\.billedUnit must be a unit of the same size as the origin schedule's \(binary-GB\)/,
    );
    const same = { ...flatRate(0.05, 'USD'), billedUnit: 'GiB' as const };
    const unnamed = flatRate(0.05, 'USD');
    expect(costWithStrategies(1_000, AWS_INTERNET_EGRESS, { cdnOffload: 0.5, cdnSchedule: same }).total).toBe(
      costWithStrategies(1_000, AWS_INTERNET_EGRESS, { cdnOffload: 0.5, cdnSchedule: unnamed }).total,
    );
  });
});
