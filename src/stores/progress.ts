/**
 * Progress and the workshop code as nanostores atoms: every island and shell script on a page
 * subscribes to the same store (`progressStore.subscribe`, or `useStore` from @nanostores/preact),
 * so a tick, a quiz and the sidebar agree without window events (docs/decisions/0006).
 *
 * Every read still goes through `readChecked` (corrupt data set aside with a notice, version 1
 * migrated), and another tab's save is followed through the `storage` event while anything on
 * the page listens. The functions below are the compatible door (`$progress()`, `saveProgress`,
 * `PROGRESS_EVENT` still fired on window for code that listens to it).
 */
import { atom, onMount } from 'nanostores';
import { parseProgress, freshProgress, parseWorkshopCode, type ProgressRecord } from '../domain/progress';
import { KEYS, readChecked, readRaw, writeRaw, notify } from './storage';

/** Fired on window whenever progress changes (kept for listeners that predate the store). */
export const PROGRESS_EVENT = 'cdc:progress';

const randomSeed = () => {
  const a = new Uint32Array(1);
  globalThis.crypto.getRandomValues(a);
  return a[0] ?? 1;
};

const inBrowser = () => typeof window !== 'undefined';

function load(): ProgressRecord {
  const seed = randomSeed();
  return readChecked(
    KEYS.progress,
    'progress',
    (raw) => {
      const r = parseProgress(raw, seed, new Date());
      if (r.ok && r.migrated) {
        writeRaw(KEYS.progress, JSON.stringify(r.value));
        notify('Your saved progress was upgraded to the new format.');
      }
      return r;
    },
    () => freshProgress(seed),
  );
}

/**
 * The learner's progress; `undefined` until first read in the browser (never read at build
 * time, so server-rendered islands do not depend on it). Subscribing reads it.
 */
export const progressStore = atom<ProgressRecord | undefined>(undefined);

onMount(progressStore, () => {
  if (!inBrowser()) return;
  if (progressStore.get() === undefined) progressStore.set(load());
  // Another tab saved progress: read it again (with the same recovery) so this page follows
  // without a reload that would lose typed answers.
  const onStorage = (e: StorageEvent) => {
    if (e.key === KEYS.progress) reloadProgress();
  };
  addEventListener('storage', onStorage);
  return () => removeEventListener('storage', onStorage);
});

const announce = () => globalThis.dispatchEvent?.(new CustomEvent(PROGRESS_EVENT));

/** The learner's progress (read once per page, then kept in the store). */
export function $progress(): ProgressRecord {
  let p = progressStore.get();
  if (p === undefined) {
    p = load();
    progressStore.set(p);
  }
  return p;
}

/**
 * The `journal` field of the stored record, as it is (src/stores/journal.ts reads and checks it,
 * on the pages that use it); undefined when there is none or the record is not JSON.
 */
function storedJournal(): unknown {
  try {
    const data: unknown = JSON.parse(readRaw(KEYS.progress) ?? 'null');
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['journal'] : undefined;
  } catch {
    return undefined;
  }
}

function write(record: ProgressRecord, journal: unknown): void {
  writeRaw(KEYS.progress, JSON.stringify(journal === undefined ? record : { ...record, journal }));
  progressStore.set(record);
  announce();
}

/**
 * Saves a new progress record; every subscriber (and PROGRESS_EVENT listener) is told. The
 * reflection journal stored beside it is written back untouched, so a tick or a quiz never drops
 * it; a record from `importProgressFile` carries the file's journal instead.
 */
export function saveProgress(next: ProgressRecord): void {
  const { journal, ...record } = next as ProgressRecord & { journal?: unknown };
  write(record, journal !== undefined ? journal : storedJournal());
}

/** Reads progress again from storage (another tab changed it) and tells every subscriber. */
export function reloadProgress(): void {
  progressStore.set(load());
  announce();
}

/** Empties the progress record and the reflection journal (after the learner confirmed). */
export function resetProgress(): void {
  write(freshProgress(randomSeed()), undefined);
}

/**
 * The workshop code in force (`null`: none), `undefined` until first read. Read once per page, so
 * the shell and every quiz agree and a notice is shown once.
 */
export const workshopStore = atom<string | null | undefined>(undefined);

/** Reads a stored workshop code through the same check as one typed in a URL. */
function parseStoredCode(raw: string | null): { ok: true; value: string | null } | { ok: false; reason: string } {
  if (raw === null) return { ok: true, value: null };
  const r = parseWorkshopCode(raw);
  return r.ok ? { ok: true, value: r.code } : r;
}

/**
 * The workshop code in force: `?workshop=CODE` in the URL wins and is remembered; a bad code is
 * ignored with a notice; otherwise the remembered one, if it is still valid.
 */
export function $workshopCode(search: string): string | null {
  const known = workshopStore.get();
  if (known !== undefined) return known;
  const fromUrl = new URLSearchParams(search).get('workshop');
  if (fromUrl !== null) {
    const r = parseWorkshopCode(fromUrl);
    if (r.ok) {
      writeRaw(KEYS.workshop, r.code);
      workshopStore.set(r.code);
      return r.code;
    }
    notify(`The workshop code in the address was ignored: ${r.reason}.`);
  }
  const code = readChecked(KEYS.workshop, 'workshop code', parseStoredCode, () => null);
  workshopStore.set(code);
  return code;
}

/** Forgets the workshop code (back to the learner's own numbers). */
export function leaveWorkshop(): void {
  writeRaw(KEYS.workshop, null);
  workshopStore.set(null);
}

export { readRaw };
