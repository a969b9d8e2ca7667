/** Reading the parts of a compact JWS for display (loaded with the ID token section). */
import { base64UrlToBytes } from '../../domain/access/doors/encoding.ts';

/** The JSON of a base64url JWT part, pretty-printed, or null when it is not JSON. */
export function decodeJwtPart(part: string | undefined): string | null {
  const bytes = part === undefined ? null : base64UrlToBytes(part);
  if (!bytes) return null;
  try {
    return JSON.stringify(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), null, 2);
  } catch {
    return null;
  }
}
