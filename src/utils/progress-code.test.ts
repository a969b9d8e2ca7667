import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { badInputs } from '../../tests/support/bad-inputs';
import { exportProgress, freshProgress, importProgress, setLessonComplete, setQuestion } from '../domain/progress';
import {
  codeInText,
  progressCode,
  progressCodeLink,
  readProgressCode,
  CODE_PREFIX,
  MAX_CODE_TEXT,
} from './progress-code';

const now = new Date('2026-12-04T10:00:00Z');
const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

describe('progress codes', () => {
  it('carry the export file’s data (without its layout, deflated), non-ASCII included', async () => {
    const file = exportProgress(
      setLessonComplete(freshProgress(7), '01-data-in-the-cloud/01-business-requirements', true, now),
      now,
    );
    const code = await progressCode(file);
    expect(code).toMatch(/^cdc2\.[A-Za-z0-9_-]+$/);
    // The same data (the checksum covers the record, not the layout), so it imports alike.
    const read = await readProgressCode(`  ${code}\n`);
    expect(read.ok && JSON.parse(read.text)).toEqual(JSON.parse(file));
    expect(read.ok && importProgress(read.text, 1, now)).toEqual(importProgress(file, 1, now));
    expect(await readProgressCode(await progressCode('{"note":"naïve £ ✓"}'))).toEqual({
      ok: true,
      text: '{"note":"naïve £ ✓"}',
    });
  });

  it('keep half a course’s record short enough for a QR code (2,953 bytes at the lowest correction)', async () => {
    // 18 lessons complete and 90 questions answered, with ids as long as the course's. (The whole
    // course, 31 lessons and 175 questions, measured 3.8 KB as a link on 2026-12-04: too long for
    // one QR code, so the progress page says to copy the code instead; 26.9 KB as a file.)
    let p = freshProgress(2026120412);
    for (let m = 1; m <= 3; m++)
      for (let l = 1; l <= 6; l++)
        p = setLessonComplete(
          p,
          `0${m}-module-about-things-${m}/0${l}-a-lesson-about-something-${m}-${l}`,
          true,
          new Date(now.getTime() + 7919_000 * m * l),
        );
    for (let b = 0; b < 15; b++)
      for (let q = 0; q < 6; q++)
        p = setQuestion(p, `bank-about-${b}`, `question-about-${b}-${q}`, {
          attempts: 1 + ((b + q) % 3),
          correct: (b * q) % 4 !== 1,
          revealed: (b + q) % 9 === 0,
          variant: (b * 7 + q) % 5,
        });
    const file = exportProgress(p, now);
    const link = progressCodeLink(await progressCode(file), 'https://example.github.io/course/class/');
    expect(file.length).toBeGreaterThan(12_000);
    expect(link.length).toBeLessThan(2_953);
    expect((await readProgressCode(link)).ok).toBe(true);
  });

  it('still read the uncompressed codes made before (cdc1.)', async () => {
    const file = exportProgress(freshProgress(9), now);
    expect(await readProgressCode(`cdc1.${b64url(new TextEncoder().encode(file))}`)).toEqual({ ok: true, text: file });
  });

  it('refuse what is not a code, with a reason, and never throw', async () => {
    expect(await readProgressCode('hello')).toEqual({ ok: false, reason: 'a progress code starts with "cdc2."' });
    expect(await readProgressCode('cdc2.a+b')).toMatchObject({ ok: false });
    expect(await readProgressCode('cdc1.A')).toEqual({ ok: false, reason: 'the code is cut short or damaged' });
    expect(await readProgressCode('cdc2.AAAA')).toEqual({ ok: false, reason: 'the code is cut short or damaged' });
    // A code cut short in the middle of its compressed data.
    const code = await progressCode(exportProgress(freshProgress(3), now));
    expect(await readProgressCode(code.slice(0, code.length - 6))).toMatchObject({ ok: false });
    // A tiny code that would unpack to megabytes is refused, not unpacked.
    const bomb = `cdc2.${b64url(deflateRawSync(Buffer.alloc(MAX_CODE_TEXT + 10, 32)))}`;
    expect(bomb.length).toBeLessThan(3_000);
    expect(await readProgressCode(bomb)).toEqual({
      ok: false,
      reason: `the code unpacks to more than ${MAX_CODE_TEXT} bytes`,
    });
    for (const text of [...badInputs('text'), ...badInputs('json')]) {
      const r = await readProgressCode(text);
      expect(typeof r.ok).toBe('boolean');
    }
  });

  it('travel in a class-page link (what the QR code holds) and are read back from it', async () => {
    const code = await progressCode('{"a":1}');
    expect(code.startsWith(CODE_PREFIX)).toBe(true);
    const link = progressCodeLink(code, 'https://example.org/course/class/#old');
    expect(link).toBe(`https://example.org/course/class/#add=${code}`);
    expect(codeInText(link)).toBe(code);
    expect(await readProgressCode(link)).toEqual({ ok: true, text: '{"a":1}' });
    // A link to the page without a code is not a code.
    expect(await readProgressCode('https://example.org/course/class/')).toEqual({
      ok: false,
      reason: 'a progress code starts with "cdc2."',
    });
  });
});
