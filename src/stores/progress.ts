import { parseProgress, freshProgress, parseWorkshopCode, type ProgressRecord } from '../domain/progress';
import { KEYS, readChecked, readRaw, writeRaw, notify } from './storage';

/** Fired on window whenever progress changes, so the sidebar and home page can refresh. */
export const PROGRESS_EVENT = 'cdc:progress';

const randomSeed = () => {
  const a = new Uint32Array(1);
  globalThis.crypto.getRandomValues(a);
  return a[0] ?? 1;
};

let cache: ProgressRecord | null = null;

/** The learner's progress (read once per page, then kept in memory). */
export function $progress(): ProgressRecord {
  if (cache) return cache;
  const seed = randomSeed();
  cache = readChecked(
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
  return cache;
}

/** Saves a new progress record and tells every listener on the page. */
export function saveProgress(next: ProgressRecord): void {
  cache = next;
  writeRaw(KEYS.progress, JSON.stringify(next));
  globalThis.dispatchEvent?.(new CustomEvent(PROGRESS_EVENT));
}

let workshop: { code: string | null } | null = null;

/** Reads a stored workshop code through the same check as one typed in a URL. */
function parseStoredCode(raw: string | null): { ok: true; value: string | null } | { ok: false; reason: string } {
  if (raw === null) return { ok: true, value: null };
  const r = parseWorkshopCode(raw);
  return r.ok ? { ok: true, value: r.code } : r;
}

/**
 * The workshop code in force: `?workshop=CODE` in the URL wins and is remembered; a bad code is
 * ignored with a notice; otherwise the remembered one, if it is still valid. Read once per page,
 * so the shell and every quiz agree (and a notice is shown once).
 */
export function $workshopCode(search: string): string | null {
  if (workshop) return workshop.code;
  const fromUrl = new URLSearchParams(search).get('workshop');
  if (fromUrl !== null) {
    const r = parseWorkshopCode(fromUrl);
    if (r.ok) {
      writeRaw(KEYS.workshop, r.code);
      workshop = { code: r.code };
      return r.code;
    }
    notify(`The workshop code in the address was ignored: ${r.reason}.`);
  }
  workshop = { code: readChecked(KEYS.workshop, 'workshop code', parseStoredCode, () => null) };
  return workshop.code;
}

/** Forgets the workshop code (back to the learner's own numbers). */
export function leaveWorkshop(): void {
  writeRaw(KEYS.workshop, null);
  workshop = { code: null };
}

/**
 * Another tab saved progress: drop the in-memory copy, read it again (with the same recovery),
 * and tell the page, so ticks and quizzes follow without a reload that would lose typed answers.
 */
export function reloadProgress(): void {
  cache = null;
  $progress();
  globalThis.dispatchEvent?.(new CustomEvent(PROGRESS_EVENT));
}

/** Empties the progress record (after the learner confirmed). */
export function resetProgress(): void {
  saveProgress(freshProgress(randomSeed()));
}

export { readRaw };
