import { describe, expect, it } from 'vitest';
import { badInputs } from '../../tests/support/bad-inputs';
import { exportProgress, freshProgress, setLessonComplete } from '../domain/progress';
import { codeInText, progressCode, progressCodeLink, readProgressCode, CODE_PREFIX } from './progress-code';

describe('progress codes', () => {
  it('carry the export file exactly, non-ASCII included', () => {
    const now = new Date('2026-12-04T10:00:00Z');
    const file = exportProgress(
      setLessonComplete(freshProgress(7), '01-data-in-the-cloud/01-business-requirements', true, now),
      now,
    );
    const code = progressCode(file);
    expect(code.startsWith(CODE_PREFIX)).toBe(true);
    expect(code).toMatch(/^cdc1\.[A-Za-z0-9_-]+$/);
    expect(readProgressCode(`  ${code}\n`)).toEqual({ ok: true, text: file });
    expect(readProgressCode(progressCode('{"note":"naïve £ ✓"}'))).toEqual({ ok: true, text: '{"note":"naïve £ ✓"}' });
  });

  it('refuse what is not a code, with a reason, and never throw', () => {
    expect(readProgressCode('hello')).toEqual({ ok: false, reason: 'a progress code starts with "cdc1."' });
    expect(readProgressCode('cdc1.a+b')).toMatchObject({ ok: false });
    expect(readProgressCode('cdc1.A')).toEqual({ ok: false, reason: 'the code is cut short or damaged' });
    for (const text of [...badInputs('text'), ...badInputs('json')]) {
      const r = readProgressCode(text);
      expect(typeof r.ok).toBe('boolean');
    }
  });

  it('travel in a class-page link (what the QR code holds) and are read back from it', () => {
    const code = progressCode('{"a":1}');
    const link = progressCodeLink(code, 'https://example.org/course/class/#old');
    expect(link).toBe(`https://example.org/course/class/#add=${code}`);
    expect(codeInText(link)).toBe(code);
    expect(readProgressCode(link)).toEqual({ ok: true, text: '{"a":1}' });
    // A link to the page without a code is not a code.
    expect(readProgressCode('https://example.org/course/class/')).toEqual({
      ok: false,
      reason: 'a progress code starts with "cdc1."',
    });
  });
});
