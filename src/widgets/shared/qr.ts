/**
 * QR codes for the workshop (issue 13): the class's join link on the workshop page, and any
 * widget's shared scenario (CopyLink's "Show as QR code"). Drawn by `uqr` (the kept library: SVG,
 * no canvas), with error correction M and the four-module quiet zone the QR standard asks for, so
 * a phone can read it off a projector. Loaded on demand: no page pays for it until one is shown.
 */
import { renderSVG } from 'uqr';

/** The most a QR code is asked to hold here (a long widget link is still far below QR's limit). */
export const QR_MAX_CHARS = 1500;

/**
 * An SVG of a QR code holding `text`, named for screen readers by `label`; or null when the text
 * is empty or longer than QR_MAX_CHARS (the caller shows the link as text instead).
 */
export function qrSvg(text: string, label: string): string | null {
  if (text.length === 0 || text.length > QR_MAX_CHARS) return null;
  const svg = renderSVG(text, { ecc: 'M', border: 4, pixelSize: 8 });
  const safe = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return svg.replace('<svg ', `<svg role="img" aria-label="${safe}" class="qr-code" `);
}
