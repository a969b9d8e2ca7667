/**
 * The reflection journal's storage (issue 13). The answers live inside the saved progress record,
 * under a `journal` field that the progress parser (src/domain/progress) does not read, so:
 * - old saved progress (no journal) loads exactly as before;
 * - a corrupt journal is set aside under its own backup key with a notice, and the rest of the
 *   record (lessons, quizzes, tasks) is kept untouched;
 * - the progress store (progress.ts) writes the journal back with every save, so a quiz or a tick
 *   saved on another page never drops it.
 */
import { atom } from 'nanostores';
import { emptyJournal, parseJournal, type Journal } from '../domain/journal';
import { KEYS, readRaw, writeRaw, notify } from './storage';

/** Where an unreadable journal is kept, so nothing the learner wrote is lost. */
export const JOURNAL_BACKUP_KEY = `${KEYS.progress}:journal-backup`;

/** The learner's journal; `undefined` until first read in the browser. */
export const journalStore = atom<Journal | undefined>(undefined);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads the journal from the saved progress record. Call it after the record itself was read
 * (which sets aside a record that is not JSON at all). A journal that cannot be read is copied to
 * JOURNAL_BACKUP_KEY, removed from the record (nothing else in it changes) and reported.
 */
export function readJournal(): Journal {
  const raw = readRaw(KEYS.progress);
  if (raw === null) return emptyJournal();
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return emptyJournal();
  }
  if (!isPlainObject(data) || !('journal' in data)) return emptyJournal();
  const r = parseJournal(data['journal']);
  if (r.ok) return r.value;
  writeRaw(JOURNAL_BACKUP_KEY, JSON.stringify(data['journal']) ?? String(data['journal']));
  delete data['journal'];
  writeRaw(KEYS.progress, JSON.stringify(data));
  notify(
    `Your saved journal answers could not be read (${r.reason}). They were set aside under "${JOURNAL_BACKUP_KEY}"; the rest of your progress was kept.`,
  );
  return emptyJournal();
}
