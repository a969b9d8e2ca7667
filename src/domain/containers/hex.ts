/** Deterministic hex strings for ids and digests, drawn from the course's one seeded generator. */
import { createStream, hashString } from '../shared/random';

/** 64 hex characters from stream `name` of `seed`. */
export function hex64(seed: number, name: string): string {
  const bytes = createStream(seed, name).bytes(32);
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** A content digest: the same text always gives the same 'sha256:...' (not a real SHA-256). */
export function digestOf(text: string): string {
  return `sha256:${hex64(hashString(text), 'digest')}`;
}

/** The short form the CLI shows: 12 hex characters, without 'sha256:'. */
export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}
