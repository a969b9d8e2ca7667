import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { badInputs } from '../../../tests/support/bad-inputs';
import { qrSvg, QR_MAX_CHARS } from './qr';

describe('qrSvg', () => {
  it('draws the link as a named image with a four-module quiet zone', () => {
    const link = 'https://example.org/course/?workshop=cloud-2026-a';
    const svg = qrSvg(link, 'QR code of the join link');
    expect(svg).toMatch(/^<svg role="img" aria-label="QR code of the join link" class="qr-code" /);
    const { size } = encode(link, { ecc: 'M', border: 4 });
    // The drawing is the code's modules plus the border, 8 px each.
    expect(svg).toContain(`viewBox="0 0 ${size * 8} ${size * 8}"`);
  });

  it('escapes the label and refuses what it cannot draw, never throwing', () => {
    expect(qrSvg('x', 'a "b" <c> & d')).toContain('aria-label="a &quot;b&quot; &lt;c> &amp; d"');
    expect(qrSvg('', 'empty')).toBeNull();
    expect(qrSvg('x'.repeat(QR_MAX_CHARS + 1), 'long')).toBeNull();
    for (const text of badInputs('text')) expect(() => qrSvg(text, 'bad')).not.toThrow();
  });
});
