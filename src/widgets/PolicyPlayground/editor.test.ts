import { describe, expect, it } from 'vitest';
import { gutterParts, lineCount, lineText, offsetOf } from './editor.ts';

describe('editor text arithmetic', () => {
  it('counts lines', () => {
    expect(lineCount('')).toBe(1);
    expect(lineCount('a\nb\n')).toBe(3);
  });

  it('splits the gutter around the marked line', () => {
    expect(gutterParts(4, 2)).toEqual({ before: '1\n', marked: '2', after: '\n3\n4' });
    expect(gutterParts(3, 1)).toEqual({ before: '', marked: '1', after: '\n2\n3' });
    expect(gutterParts(3, 3)).toEqual({ before: '1\n2\n', marked: '3', after: '' });
    expect(gutterParts(2, null)).toEqual({ before: '1\n2', marked: '', after: '' });
    expect(gutterParts(2, 9)).toEqual({ before: '1\n2', marked: '', after: '' });
  });

  it('finds the offset of a line and column, clamped', () => {
    const text = 'ab\ncde\nf';
    expect(offsetOf(text, 1, 1)).toBe(0);
    expect(offsetOf(text, 2, 2)).toBe(4);
    expect(offsetOf(text, 2, 99)).toBe(6);
    expect(offsetOf(text, 9, 1)).toBe(text.length);
  });

  it('quotes one line, cut when long', () => {
    expect(lineText('a\n  "Effect": "Alow"\nb', 2)).toBe('  "Effect": "Alow"');
    expect(lineText('['.repeat(10_000), 1)).toBe(`${'['.repeat(119)}…`);
  });
});
