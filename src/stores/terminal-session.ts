/**
 * What a learner did in a lesson's terminal, kept in localStorage so a reload rebuilds the same
 * simulation: the simulated shell is deterministic (virtual clock, seeded random numbers), so
 * replaying the commands typed and the files saved gives the same world. Reset forgets it.
 * Corrupt data is set aside by `readChecked` with a notice, never thrown at the page.
 */
import { readChecked, writeRaw } from './storage';

/** One thing the learner did: a command line run, or a file saved from the edit panel. */
export type SessionEntry = { readonly run: string } | { readonly write: string; readonly text: string };

/** At most this many entries are kept (the oldest go first); a lesson needs a few dozen. */
export const MAX_ENTRIES = 300;
const MAX_TEXT = 20_000;

/** The storage key of terminal `id` on the page at `path`. */
export const sessionKey = (path: string, id: string) => `cdc:terminal:${path}#${id}`;

function isEntry(v: unknown): v is SessionEntry {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  if (typeof o['run'] === 'string') return o['run'].length <= MAX_TEXT;
  return typeof o['write'] === 'string' && typeof o['text'] === 'string' && o['text'].length <= MAX_TEXT;
}

/** Reads the saved session: an empty one when there is none; corrupt data is set aside. */
export function readSession(key: string): SessionEntry[] {
  return readChecked(
    key,
    'terminal session',
    (raw) => {
      if (raw === null) return { ok: true, value: [] };
      let data: unknown;
      try {
        data = JSON.parse(raw);
      } catch {
        return { ok: false, reason: 'it is not valid JSON' };
      }
      const entries = (data as { v?: unknown; entries?: unknown } | null)?.entries;
      if ((data as { v?: unknown } | null)?.v !== 1 || !Array.isArray(entries)) {
        return { ok: false, reason: 'it is not a saved terminal session' };
      }
      if (!entries.every(isEntry)) return { ok: false, reason: 'an entry is not a command or a file' };
      return { ok: true, value: entries.slice(-MAX_ENTRIES) };
    },
    () => [],
  );
}

/** Saves the session (the newest MAX_ENTRIES entries); an empty one removes the key. */
export function writeSession(key: string, entries: readonly SessionEntry[]): void {
  writeRaw(key, entries.length === 0 ? null : JSON.stringify({ v: 1, entries: entries.slice(-MAX_ENTRIES) }));
}
