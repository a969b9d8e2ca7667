/**
 * The one place that touches localStorage. Every key the site uses goes through `readChecked`, so
 * corrupt or foreign data is set aside under a backup key and reported, never thrown at a page.
 */

/** Every localStorage key the site uses. */
export const KEYS = {
  progress: 'cdc:progress',
  theme: 'cdc:theme',
  workshop: 'cdc:workshop',
  /** The class summary's records on an instructor's device (src/stores/class-records.ts). */
  classRecords: 'cdc:class',
} as const;

/** Where an unreadable value is kept, so nothing the learner had is lost. */
export const backupKey = (key: string) => `${key}:backup`;

type Listener = (message: string) => void;
const listeners = new Set<Listener>();
const pending: string[] = [];

/** Shows a notice to the learner (the shell renders them in a live region). */
export function notify(message: string): void {
  if (listeners.size === 0) pending.push(message);
  for (const l of listeners) l(message);
}

/** Subscribes to notices; notices raised before anyone listened are delivered at once. */
export function onNotice(l: Listener): () => void {
  listeners.add(l);
  for (const m of pending.splice(0)) l(m);
  return () => listeners.delete(l);
}

/** localStorage, or null where it is blocked (some privacy modes throw on access). */
function store(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function readRaw(key: string): string | null {
  try {
    return store()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes a value; returns false (and tells the learner, naming `what`) when the browser refuses. */
export function writeRaw(key: string, value: string | null, what = 'your progress'): boolean {
  try {
    const s = store();
    if (!s) return false;
    if (value === null) s.removeItem(key);
    else s.setItem(key, value);
    return true;
  } catch {
    notify(`Your browser did not let this page save ${what} (storage is full or blocked).`);
    return false;
  }
}

/**
 * Reads a key through a parser. When the parser refuses the value, the raw text moves to the
 * backup key, the key is cleared and the learner is told why; the caller gets `fallback`.
 */
export function readChecked<T>(
  key: string,
  label: string,
  parse: (raw: string | null) => { ok: true; value: T } | { ok: false; reason: string },
  fallback: () => T,
): T {
  const raw = readRaw(key);
  const result = parse(raw);
  if (result.ok) return result.value;
  if (raw !== null) {
    writeRaw(backupKey(key), raw);
    writeRaw(key, null);
  }
  notify(
    `Your saved ${label} could not be read (${result.reason}). It was set aside under "${backupKey(key)}" and a fresh start was made.`,
  );
  return fallback();
}
