/**
 * The reflection journal's storage (issue 13). The answers live inside the saved progress record,
 * under a `journal` field that the progress parser (src/domain/progress) does not read, so:
 * - old saved progress (no journal) loads exactly as before;
 * - `saveProgress` writes the stored journal back untouched, so a tick or a quiz saved on another
 *   page never drops it, and the shell on every page carries no journal code;
 * - here, on the pages that use it (the journal, the progress export), the journal is read and
 *   checked: a corrupt one is set aside under its own backup key with a notice, and the rest of
 *   the record (lessons, quizzes, tasks) is kept untouched.
 */
import { emptyJournal, hasAnswers, parseJournal, type Journal } from '../domain/journal';
import { KEYS, readRaw, writeRaw, notify } from './storage';
import { $progress } from './progress';

/** Where an unreadable journal is kept, so nothing the learner wrote is lost. */
export const JOURNAL_BACKUP_KEY = `${KEYS.progress}:journal-backup`;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The learner's journal, read from the saved progress record (after the record itself, whose
 * reader sets aside a record that is not JSON at all). A journal that cannot be read is copied to
 * JOURNAL_BACKUP_KEY, removed from the record (nothing else in it changes) and reported.
 */
export function $journal(): Journal {
  $progress();
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

/** Saves the journal inside the progress record (progress subscribers are not woken). */
export function saveJournal(next: Journal): void {
  const p = $progress();
  writeRaw(KEYS.progress, JSON.stringify(hasAnswers(next) ? { ...p, journal: next } : p));
}
