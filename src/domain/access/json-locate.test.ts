import { describe, expect, it } from 'vitest';
import { formatPath, lineColumn, locateJson, positionOf } from './json-locate.ts';

describe('formatPath', () => {
  it('writes identifiers with dots, other keys in brackets', () => {
    expect(formatPath([])).toBe('$');
    expect(formatPath(['Statement', 1, 'Condition', 'IpAddress', 'aws:SourceIp', 0])).toBe(
      '$.Statement[1].Condition.IpAddress["aws:SourceIp"][0]',
    );
  });
});

describe('lineColumn', () => {
  it('is 1-based and counts newlines', () => {
    expect(lineColumn('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd\nef', 7)).toEqual({ line: 3, column: 2 });
    expect(lineColumn('ab', 99)).toEqual({ line: 1, column: 3 });
  });
});

describe('locateJson', () => {
  const text = '{\n  "Statement": [\n    {"Effect": "Allow"},\n    {"Sid": "x"}\n  ]\n}';
  const locations = locateJson(text);

  it('records keys of object members and values of array elements', () => {
    expect(locations.error).toBeUndefined();
    expect(lineColumn(text, locations.positions.get('$.Statement') ?? -1)).toEqual({ line: 2, column: 3 });
    expect(lineColumn(text, locations.positions.get('$.Statement[1]') ?? -1)).toEqual({ line: 4, column: 5 });
    expect(lineColumn(text, locations.positions.get('$.Statement[0].Effect') ?? -1)).toEqual({ line: 3, column: 6 });
  });

  it('falls back to the nearest recorded ancestor', () => {
    expect(lineColumn(text, positionOf(locations, ['Statement', 1, 'Effect']))).toEqual({ line: 4, column: 5 });
  });

  it('decodes escaped keys', () => {
    expect(locateJson('{"a\\u0062": 1}').positions.get('$.ab')).toBe(1);
  });

  it('reports the first syntax error and its path', () => {
    expect(locateJson('{"a" 1}').error).toEqual({ position: 5, path: '$.a' });
    expect(locateJson('[1, 2').error).toEqual({ position: 5, path: '$[1]' });
    expect(locateJson('{"a": 1} x').error?.position).toBe(9);
  });

  it('walks 10,000 nested arrays iteratively and only records shallow paths', () => {
    const deep = locateJson('['.repeat(10000));
    expect(deep.error?.position).toBe(10000);
    expect(deep.positions.size).toBeLessThanOrEqual(10);
  });
});
