import { describe, expect, it } from 'vitest';
import { classify, dailyVolumeGB, velocity, roundTo, DATA_EXAMPLES } from './index';

describe('data catalogue', () => {
  it("classifies the notes' three kinds of data", () => {
    expect(classify('payroll-table').structure).toBe('structured');
    expect(classify('hr-events-json').structure).toBe('semi-structured');
    expect(classify('id-scans').structure).toBe('unstructured');
  });
  it('names the unknown id and the known ones', () => {
    expect(() => classify('nope')).toThrow(/id must be one of payroll-table.*\(received "nope"\)/);
  });
  it('has unique ids and covers every structure', () => {
    expect(new Set(DATA_EXAMPLES.map((e) => e.id)).size).toBe(DATA_EXAMPLES.length);
    expect(new Set(DATA_EXAMPLES.map((e) => e.structure))).toEqual(
      new Set(['structured', 'semi-structured', 'unstructured']),
    );
  });
});

describe('volume and velocity', () => {
  it('10,000 sensors x 1 record/s x 500 B is 432 GB a day', () => {
    expect(dailyVolumeGB({ sources: 10_000, recordsPerSecond: 1, bytesPerRecord: 500 })).toBe(432);
    expect(velocity({ sources: 10_000, recordsPerSecond: 1, bytesPerRecord: 500 })).toBe(10_000);
  });
  it('refuses negative and non-finite input with the field name', () => {
    expect(() => dailyVolumeGB({ sources: -1, recordsPerSecond: 1, bytesPerRecord: 1 })).toThrow(
      'sources must be a finite number >= 0 (received -1)',
    );
    expect(() => dailyVolumeGB({ sources: 1, recordsPerSecond: NaN, bytesPerRecord: 1 })).toThrow(/recordsPerSecond/);
    expect(() => velocity({ sources: 1, recordsPerSecond: Infinity, bytesPerRecord: 1 })).toThrow(/recordsPerSecond/);
  });
  it('rounds without float noise', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(0.1 + 0.2, 2)).toBe(0.3);
    expect(roundTo(-2.5, 0)).toBe(-3);
  });
});
