/**
 * A learner's exported progress as a short code to paste (issue 13: "as a short code or QR for
 * small records"): the same export file, as UTF-8 in base64url behind a version prefix. The class
 * summary reads a code exactly as it reads the file, checksum included.
 */

/** The prefix of a progress code (its version). */
export const CODE_PREFIX = 'cdc1.';
/** The longest code the class page accepts (a record with every quiz answered stays far below). */
export const MAX_CODE_CHARS = 200_000;

/** The code of an exported progress file. */
export function progressCode(exported: string): string {
  const bytes = new TextEncoder().encode(exported);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return CODE_PREFIX + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Where a progress code travels in a link to the class summary page: `…/class/#add=cdc1.…`. */
export const CODE_HASH = '#add=';

/**
 * A link that opens the class summary with this code added (the QR code holds it, so an
 * instructor's phone camera adds a learner in one scan). `classPage` is the page's absolute URL.
 */
export function progressCodeLink(code: string, classPage: string): string {
  return classPage.replace(/#.*$/, '') + CODE_HASH + code;
}

/** The code in a link made by `progressCodeLink` (or the text itself when it is not such a link). */
export function codeInText(text: string): string {
  const t = text.trim();
  const at = t.indexOf(CODE_HASH + CODE_PREFIX);
  return at === -1 ? t : t.slice(at + CODE_HASH.length);
}

/**
 * The export file a code holds, or why the code cannot be read. A whole class-page link
 * (`…#add=cdc1.…`, what the QR code holds) is read as its code.
 */
export function readProgressCode(code: string): { ok: true; text: string } | { ok: false; reason: string } {
  const c = codeInText(code);
  if (c.length > MAX_CODE_CHARS) return { ok: false, reason: 'the code is too long to be a progress code' };
  if (!c.startsWith(CODE_PREFIX)) return { ok: false, reason: `a progress code starts with "${CODE_PREFIX}"` };
  const body = c.slice(CODE_PREFIX.length);
  if (!/^[A-Za-z0-9_-]+$/.test(body)) return { ok: false, reason: 'the code has characters a progress code never has' };
  try {
    const binary = atob(body.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'the code is cut short or damaged' };
  }
}
