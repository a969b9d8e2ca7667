import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { badInputs } from '../../tests/support/bad-inputs';
import { parseNumber } from './parse-number';
import { grade, answerText, withinTolerance } from './grade';
import { createRng, hashString, questionSeed } from './seed';
import type { Question } from './types';

describe('parseNumber (forgiving numeric answers)', () => {
  it.each([
    ['£8,400', 8400],
    ['8400', 8400],
    ['8 400.00', 8400],
    [' 5 ', 5],
    ['+5', 5],
    ['700 GB', 700],
    ['$1,234.50', 1234.5],
    ['.5', 0.5],
    ['-0', 0],
    ['５', 5],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text, ['GB'])).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'Type a number.'],
    ['5.000,00', 'Use a point for decimals and commas for thousands, as in "5,000.00".'],
    ['abc', '"abc" is not a number this quiz can read; type digits such as 8400 or 8,400.00.'],
    ['1e309', '"1e309" is not a number this quiz can read; type digits such as 8400 or 8,400.00.'],
    ['8 40 0', 'Spaces inside a number may only group thousands, as in "8 400".'],
  ])('refuses %j with a clear message', (text, message) => {
    expect(parseNumber(text)).toEqual({ ok: false, message });
  });

  it('never returns NaN or Infinity for any bad input', () => {
    for (const t of [...badInputs('numbers'), ...badInputs('text')]) {
      const r = parseNumber(t, ['GB']);
      if (r.ok) expect(Number.isFinite(r.value), t).toBe(true);
      else expect(r.message.length, t).toBeGreaterThan(5);
    }
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseNumber(s);
        return r.ok ? Number.isFinite(r.value) : r.message.length > 0;
      }),
    );
  });

  it('reads back any amount written with en-GB grouping', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const v = whole + cents / 100;
        const text = `£${v.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
        const r = parseNumber(text);
        return r.ok && Math.abs(r.value - v) < 1e-6 * Math.max(1, v);
      }),
    );
  });
});

describe('grade', () => {
  const numeric: Question = {
    kind: 'numeric',
    id: 'n',
    prompt: 'p',
    explanation: 'e',
    answer: 8400,
    answerText: '£8,400.00',
    units: ['GBP'],
    tolerance: { abs: 0.005 },
  };
  it('grades numbers within tolerance, refusing unreadable text without counting it', () => {
    expect(grade(numeric, { kind: 'numeric', text: '£8,400' }).status).toBe('correct');
    expect(grade(numeric, { kind: 'numeric', text: '8400.01' }).status).toBe('incorrect');
    expect(grade(numeric, { kind: 'numeric', text: 'lots' }).status).toBe('invalid');
    expect(answerText(numeric)).toBe('£8,400.00');
  });
  it('grades single, multiple and text questions', () => {
    const choices = [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
      { id: 'c', label: 'C' },
    ];
    const single: Question = { kind: 'single', id: 's', prompt: '', explanation: '', choices, answer: 'b' };
    expect(grade(single, { kind: 'single', choice: 'b' }).status).toBe('correct');
    expect(grade(single, { kind: 'single', choice: 'a' }).status).toBe('incorrect');
    expect(grade(single, { kind: 'single', choice: null }).status).toBe('invalid');
    const multi: Question = { kind: 'multiple', id: 'm', prompt: '', explanation: '', choices, answer: ['a', 'c'] };
    expect(grade(multi, { kind: 'multiple', choices: ['c', 'a'] }).status).toBe('correct');
    expect(grade(multi, { kind: 'multiple', choices: ['a'] }).status).toBe('incorrect');
    expect(grade(multi, { kind: 'multiple', choices: ['a', 'b', 'c'] }).status).toBe('incorrect');
    expect(answerText(multi)).toBe('A; C');
    const text: Question = {
      kind: 'text',
      id: 't',
      prompt: '',
      explanation: '',
      accept: ['Semi-structured'],
      answerText: 'Semi-structured',
    };
    expect(grade(text, { kind: 'text', text: '  semi-STRUCTURED ' }).status).toBe('correct');
    expect(grade(text, { kind: 'text', text: '   ' }).status).toBe('invalid');
  });
  it('tolerates float noise but not real differences', () => {
    expect(withinTolerance(0.1 + 0.2, 0.3, {})).toBe(true);
    expect(withinTolerance(101, 100, { rel: 0.01 })).toBe(true);
    expect(withinTolerance(101.5, 100, { rel: 0.01 })).toBe(false);
  });
});

describe('seeds', () => {
  it('the same seed draws the same numbers; the workshop code replaces the personal seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    expect([a.next(), a.int(1, 6), a.pick(['x', 'y'])]).toEqual([b.next(), b.int(1, 6), b.pick(['x', 'y'])]);
    const w1 = questionSeed({ workshop: 'class-a', personal: 1 }, 'bank', 'q', 0);
    const w2 = questionSeed({ workshop: 'class-a', personal: 999 }, 'bank', 'q', 0);
    expect(w1).toBe(w2);
    expect(questionSeed({ workshop: null, personal: 1 }, 'bank', 'q', 0)).not.toBe(
      questionSeed({ workshop: null, personal: 2 }, 'bank', 'q', 0),
    );
    expect(questionSeed({ workshop: null, personal: 1 }, 'bank', 'q', 0)).not.toBe(
      questionSeed({ workshop: null, personal: 1 }, 'bank', 'q', 1),
    );
  });
  it('hashes text with FNV-1a', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
  });
  it('int stays within its bounds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (s) => {
        const r = createRng(s);
        const v = r.int(3, 9);
        return v >= 3 && v <= 9 && Number.isInteger(v);
      }),
    );
  });
});
