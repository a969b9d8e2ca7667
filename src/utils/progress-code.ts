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

/** The export file a code holds, or why the code cannot be read. */
export function readProgressCode(code: string): { ok: true; text: string } | { ok: false; reason: string } {
  const c = code.trim();
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
