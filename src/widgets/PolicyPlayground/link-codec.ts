/**
 * Compact, safe encodings for the link: learner text (policies, context rows) travels as
 * base64url of its JSON, so any character survives a copy and paste. Decoding never throws:
 * a damaged parameter gives null and the caller falls back to the example.
 */
import { base64UrlToBytes, bytesToBase64Url } from '../../domain/access/doors/encoding.ts';

/** Base64url of the UTF-8 JSON of `value`. */
export function encodeJson(value: unknown): string {
  return bytesToBase64Url(new TextEncoder().encode(JSON.stringify(value)));
}

/** The value encoded by encodeJson, or null when `text` is not such an encoding (or is longer than `max`). */
export function decodeJson(text: string, max: number): unknown {
  if (text.length > max) return null;
  const bytes = base64UrlToBytes(text);
  if (!bytes) return null;
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return null;
  }
}

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
