import { describe, expect, it } from 'vitest';
import { PARSE_MESSAGES as M, parseAmount, parseVolume } from './index';

const tooLarge = M.tooLarge('1,000,000,000');

describe('parseAmount: accepted forms', () => {
  it.each([
    ['5,000', 5_000],
    [' 5 ', 5],
    ['£700', 700],
    ['£ 700', 700],
    ['$1,234.50', 1_234.5],
    ['€0.07', 0.07],
    ['0', 0],
    ['+5', 5],
    ['12.5', 12.5],
    ['.5', 0.5],
    ['5.', 5],
    ['1,250,000', 1_250_000],
    ['1000000000', 1_000_000_000],
  ])('%j is %s', (text, value) => {
    expect(parseAmount(text)).toEqual({ ok: true, value });
  });
});

describe('parseAmount: the bad inputs learners type get a clear message, never NaN', () => {
  it.each([
    ['', M.empty],
    [' ', M.empty],
    ['£', M.empty],
    ['-1', M.negative],
    ['-0', M.negative],
    ['--5', M.negative],
    ['-£5', M.negative],
    ['−5', M.negative],
    ['-Infinity', M.negative],
    ['1e309', M.exponent],
    ['1e30', M.exponent],
    ['0.1e-400', M.exponent],
    ['10^30', M.notNumber],
    ['NaN', M.notNumber],
    ['Infinity', M.notNumber],
    ['abc', M.notNumber],
    ['0x10', M.notNumber],
    ['1/0', M.notNumber],
    ['.', M.notNumber],
    ['5 000', M.notNumber],
    ['5.000,00', M.decimalComma],
    ['5,50', M.decimalComma],
    ['5,0000', M.grouping],
    ['1.2.3', M.points],
    ['700 GB', M.unitInAmount],
    ['5k', M.unitInAmount],
    ['\uff15', M.otherDigits],
    ['\u0661\u0662\u0663', M.otherDigits],
    ['9007199254740993', tooLarge],
    ['1,000,000,001', tooLarge],
    ['<img src=x onerror=alert(1)>', M.notNumber],
    ['1'.repeat(65), M.tooLong],
    ['a'.repeat(10_000), M.tooLong],
  ])('%j: %s', (text, message) => {
    expect(parseAmount(text)).toEqual({ ok: false, message });
  });

  it('takes a field-specific maximum', () => {
    expect(parseAmount('1.5', 1)).toEqual({
      ok: false,
      message: 'That is too large: the most this field accepts is 1.',
    });
    expect(parseAmount('1', 1)).toEqual({ ok: true, value: 1 });
    expect(() => parseAmount('1', Number.NaN)).toThrow(
      new RangeError('max must be a finite number >= 0 (received NaN)'),
    );
  });

  it('words its messages for a learner', () => {
    expect(M.decimalComma).toBe('Use a point for decimals and commas for thousands, such as 5,000.50.');
    expect(M.negative).toBe('Enter 0 or more: a minus sign is not allowed.');
    expect(tooLarge).toBe('That is too large: the most this field accepts is 1,000,000,000.');
  });
});

describe('parseVolume', () => {
  it.each([
    ['500', 500],
    ['500 GB', 500],
    ['500gb', 500],
    ['2 TB', 2_000],
    ['0.1 TB', 100],
    ['1,000,000 KB', 1],
    ['1 GiB', 1.073741824],
    ['1 gib', 1.073741824],
    ['1 PB', 1_000_000],
  ])('%j is %s GB', (text, value) => {
    expect(parseVolume(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', M.empty],
    ['5 XB', M.unknownUnit],
    ['£5', M.moneyInVolume],
    ['-5 GB', M.negative],
    ['GB', M.notNumber],
    ['1e3 GB', M.exponent],
    ['1,001 PB', M.tooLarge('1,000,000,000 GB')],
  ])('%j: %s', (text, message) => {
    expect(parseVolume(text)).toEqual({ ok: false, message });
  });
});
