import { describe, expect, it } from 'vitest';
import { readRowValue, rowsFromContext, rowsToContext, setRow, type ContextRow } from './iam-rows.ts';
import { badInputs } from '../../../tests/support/bad-inputs.ts';
import { IAM } from './strings.ts';

const row = (id: number, key: string, type: ContextRow['type'], value: string): ContextRow => ({
  id,
  key,
  type,
  value,
});

describe('context rows', () => {
  it('reads each type strictly', () => {
    expect(readRowValue({ type: 'number', value: ' 3 ' })).toBe(3);
    expect(readRowValue({ type: 'number', value: '-2.5e3' })).toBe(-2500);
    for (const bad of ['', 'abc', '0x10', '1e309', 'NaN', 'Infinity', '5,000', '1.2.3', '--5', '\uff15'])
      expect(readRowValue({ type: 'number', value: bad })).toBeNull();
    expect(readRowValue({ type: 'bool', value: 'true' })).toBe(true);
    expect(readRowValue({ type: 'bool', value: 'yes' })).toBeNull();
    expect(readRowValue({ type: 'string', value: '<img src=x>' })).toBe('<img src=x>');
  });

  it('round-trips a preset context with its types', () => {
    const rows = rowsFromContext({ a: 'x', n: 3, b: false }, 1);
    expect(rows).toEqual([row(1, 'a', 'string', 'x'), row(2, 'n', 'number', '3'), row(3, 'b', 'bool', 'false')]);
    expect(rowsToContext(rows)).toEqual({ context: { a: 'x', n: 3, b: false }, problems: {} });
  });

  it('leaves out empty keys, bad numbers and repeated keys, and says why', () => {
    const { context, problems } = rowsToContext([
      row(1, '', 'string', 'v'),
      row(2, 'hr:Clearance', 'number', 'three'),
      row(3, 'aws:SourceIp', 'string', '10.0.0.1'),
      row(4, 'AWS:SOURCEIP', 'string', '203.0.113.1'),
    ]);
    expect(context).toEqual({ 'aws:SourceIp': '10.0.0.1' });
    expect(problems).toEqual({ 1: IAM.rowEmptyKey, 2: IAM.rowBadNumber, 4: IAM.rowDuplicate });
  });

  it('keeps "__proto__" as a plain key (no prototype pollution)', () => {
    const { context } = rowsToContext([row(1, '__proto__', 'string', 'polluted')]);
    expect(Object.keys(context)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(context)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('sets an existing key in place or appends a new one', () => {
    const rows = [row(1, 'a', 'string', 'x')];
    expect(setRow(rows, 'a', 'number', '2', 5)).toEqual({ rows: [row(1, 'a', 'number', '2')], nextId: 5 });
    expect(setRow(rows, 'b', 'bool', 'true', 5)).toEqual({ rows: [...rows, row(5, 'b', 'bool', 'true')], nextId: 6 });
  });
});

describe('list rows (multivalued keys such as aws:TagKeys)', () => {
  it('read comma-separated text as a list, empty text as an empty list, and round-trip', () => {
    const rows = rowsFromContext({ 'aws:TagKeys': ['environment', 'cost-center'] }, 1);
    expect(rows).toEqual([{ id: 1, key: 'aws:TagKeys', type: 'list', value: 'environment, cost-center' }]);
    expect(rowsToContext(rows).context).toEqual({ 'aws:TagKeys': ['environment', 'cost-center'] });
    expect(readRowValue({ type: 'list', value: ' a ,, b ,' })).toEqual(['a', 'b']);
    expect(readRowValue({ type: 'list', value: '' })).toEqual([]);
    for (const text of badInputs('text')) expect(Array.isArray(readRowValue({ type: 'list', value: text }))).toBe(true);
  });
});
