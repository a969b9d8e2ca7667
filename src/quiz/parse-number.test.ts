import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse-number';

describe('parseNumber: a unit the question does not use gets a hint about the unit', () => {
  it('names the unit typed and the one wanted', () => {
    expect(parseNumber('480000 MB', ['GB'])).toEqual({
      ok: false,
      message: '"MB" is not the unit this question uses: give the number in GB.',
    });
    expect(parseNumber('280 GBP')).toEqual({
      ok: false,
      message: 'Give the number alone, without "GBP": the question says which unit it wants.',
    });
  });
  it('still reads the units it accepts, and still refuses what is not a number', () => {
    expect(parseNumber('480 GB', ['GB'])).toEqual({ ok: true, value: 480 });
    expect(parseNumber('£8,400.00')).toEqual({ ok: true, value: 8400 });
    expect(parseNumber('lots')).toMatchObject({ ok: false, message: expect.stringContaining('is not a number') });
  });
});
