/**
 * The progress file (export and import on the progress page), with the reflection journal in it.
 * Kept apart from progress.ts so that only the progress page loads it.
 */
import { exportProgress, importProgress, type ParseResult, type ProgressRecord } from '../domain/progress';
import { hasAnswers, parseJournal, type Journal } from '../domain/journal';
import { $progress } from './progress';
import { $journal } from './journal';

/**
 * The text of a progress export file: the record (with its checksum, from the domain) plus the
 * journal. The checksum covers the progress fields only, as the class summary reads them; the
 * journal is the learner's own writing and is not graded.
 */
export function exportProgressFile(now: Date): string {
  const text = exportProgress($progress(), now);
  const j = $journal();
  if (!hasAnswers(j)) return text;
  return JSON.stringify({ ...(JSON.parse(text) as object), journal: j }, null, 2);
}

/**
 * Reads an export file as `importProgress` does, and its journal too: a file whose journal is
 * unreadable is refused with the reason. The record returned carries the file's journal, which
 * `saveProgress` then keeps; a file without one (exported before the journal existed) leaves the
 * current journal as it is.
 */
export function importProgressFile(text: string, seed: number, now: Date): ParseResult<ProgressRecord> {
  const r = importProgress(text, seed, now);
  if (!r.ok) return r;
  const data = JSON.parse(text) as Record<string, unknown>;
  if (!('journal' in data)) return r;
  const j = parseJournal(data['journal']);
  if (!j.ok) return { ok: false, reason: `the file's journal is not valid: ${j.reason}` };
  const value: ProgressRecord & { journal: Journal } = { ...r.value, journal: j.value };
  return { ...r, value };
}
