/**
 * A learner's exported progress as a short code to paste or scan (issue 13: "as a short code or
 * QR for small records"). A code is a version prefix and base64url:
 * - `cdc2.`: the export file's JSON without layout whitespace, deflated (raw DEFLATE, RFC 1951,
 *   through the browser's CompressionStream). Progress records repeat their ids and fields, so a
 *   whole course's record shrinks to a few kilobytes and usually still fits a QR code.
 * - `cdc1.`: the same JSON uncompressed (codes made before stop 22); still read.
 * The class summary reads a code exactly as it reads the file, checksum included (the checksum
 * covers the record, not the file's layout).
 */

/** The prefix of the codes made now (its version). */
export const CODE_PREFIX = 'cdc2.';
/** The prefix of the uncompressed codes made before; still read. */
export const CODE_PREFIX_V1 = 'cdc1.';
/** The longest code the class page accepts (a record with every quiz answered stays far below). */
export const MAX_CODE_CHARS = 200_000;
/** The most text a code may unpack to: the class summary's largest file (a bomb is refused). */
export const MAX_CODE_TEXT = 1_000_000;

const toBase64Url = (bytes: Uint8Array): string => {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64Url = (body: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(body.replace(/-/g, '+').replace(/_/g, '/')), (ch) => ch.charCodeAt(0));

/** Reads a stream to its end, or null once it passes `limit` bytes. */
async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The code of an exported progress file: its JSON without the layout's whitespace, deflated.
 * Text that is not JSON is packed as it is (the class page refuses it when it reads the code).
 */
export async function progressCode(exported: string): Promise<string> {
  let compact = exported;
  try {
    compact = JSON.stringify(JSON.parse(exported));
  } catch {
    // Not JSON: packed unchanged.
  }
  const packed = new Blob([new TextEncoder().encode(compact)])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  return CODE_PREFIX + toBase64Url((await readAll(packed, Number.MAX_SAFE_INTEGER)) ?? new Uint8Array());
}

/** Where a progress code travels in a link to the class summary page: `…/class/#add=cdc2.…`. */
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
  const at = t.indexOf(CODE_HASH + 'cdc');
  return at === -1 ? t : t.slice(at + CODE_HASH.length);
}

/**
 * The export file a code holds, or why the code cannot be read. A whole class-page link
 * (`…#add=cdc2.…`, what the QR code holds) is read as its code. Never throws.
 */
export async function readProgressCode(
  code: string,
): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  const c = codeInText(code);
  if (c.length > MAX_CODE_CHARS) return { ok: false, reason: 'the code is too long to be a progress code' };
  const packed = c.startsWith(CODE_PREFIX);
  if (!packed && !c.startsWith(CODE_PREFIX_V1))
    return { ok: false, reason: `a progress code starts with "${CODE_PREFIX}"` };
  const body = c.slice(CODE_PREFIX.length);
  if (!/^[A-Za-z0-9_-]+$/.test(body)) return { ok: false, reason: 'the code has characters a progress code never has' };
  try {
    let bytes = fromBase64Url(body);
    if (packed) {
      const unpacked = await readAll(
        new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')),
        MAX_CODE_TEXT,
      );
      if (!unpacked) return { ok: false, reason: `the code unpacks to more than ${MAX_CODE_TEXT} bytes` };
      bytes = unpacked;
    }
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'the code is cut short or damaged' };
  }
}
