import { hashString } from '../shared/random';
import { type ProgressRecord, type QuestionState, parseProgress, type ParseResult } from './record';

/** Marks a lesson complete (or not). Returns a new record; the input is never changed. */
export function setLessonComplete(p: ProgressRecord, lessonId: string, done: boolean, now: Date): ProgressRecord {
  const lessons = { ...p.lessons };
  if (done) lessons[lessonId] = { completedAt: now.toISOString() };
  else delete lessons[lessonId];
  return { ...p, lessons };
}

/** Records that a terminal's guided task is done (the first time only: the date is kept). */
export function setTaskDone(p: ProgressRecord, terminalId: string, taskId: string, now: Date): ProgressRecord {
  if (p.tasks?.[terminalId]?.[taskId]) return p;
  const ticks = { ...p.tasks?.[terminalId], [taskId]: { doneAt: now.toISOString() } };
  return { ...p, tasks: { ...p.tasks, [terminalId]: ticks } };
}

/** The ids of a terminal's tasks already done. */
export function tasksDone(p: ProgressRecord, terminalId: string): string[] {
  return Object.keys(p.tasks?.[terminalId] ?? {});
}

/** Stores the new state of one quiz question. */
export function setQuestion(p: ProgressRecord, bankId: string, questionId: string, q: QuestionState): ProgressRecord {
  return { ...p, quizzes: { ...p.quizzes, [bankId]: { ...p.quizzes[bankId], [questionId]: q } } };
}

/** Forgets every answer of one quiz bank (the quiz's reset button). */
export function resetQuiz(p: ProgressRecord, bankId: string): ProgressRecord {
  const quizzes = { ...p.quizzes };
  delete quizzes[bankId];
  return { ...p, quizzes };
}

/** A quiz's score: questions answered right (without "show answer") out of the bank's questions. */
export function quizScore(
  p: ProgressRecord,
  bankId: string,
  questionIds: readonly string[],
): { correct: number; total: number; answered: number } {
  const bank = p.quizzes[bankId] ?? {};
  let correct = 0;
  let answered = 0;
  for (const id of questionIds) {
    const q = bank[id];
    if (!q || q.attempts === 0) continue;
    answered++;
    if (q.correct && !q.revealed) correct++;
  }
  return { correct, total: questionIds.length, answered };
}

/** Share of the given lessons completed, 0..1 (0 when the list is empty, never NaN). */
export function completion(
  p: ProgressRecord,
  lessonIds: readonly string[],
): { done: number; total: number; ratio: number } {
  const done = lessonIds.filter((id) => p.lessons[id] !== undefined).length;
  return { done, total: lessonIds.length, ratio: lessonIds.length === 0 ? 0 : done / lessonIds.length };
}

/** The app name written into exported files, so a file from elsewhere is refused. */
export const EXPORT_APP = 'cloud-data-and-containers';

/**
 * A checksum of the record as exported (FNV-1a, the course's one text hash): a file edited by
 * hand after export no longer matches. It catches edits, not a determined forger: the class
 * summary page says so.
 */
export function progressCheck(p: ProgressRecord): string {
  return hashString(canonical(p)).toString(16).padStart(8, '0');
}

/** JSON with every object's keys sorted, so the same record always gives the same text. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (typeof v === 'object' && v !== null)
    return `{${Object.keys(v)
      .sort()
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

/** The text of an export file: the record plus the app name, the export date and its checksum. */
export function exportProgress(p: ProgressRecord, now: Date): string {
  return JSON.stringify({ app: EXPORT_APP, exportedAt: now.toISOString(), check: progressCheck(p), ...p }, null, 2);
}

/**
 * Reads an export file. A file from another app, unreadable JSON or an invalid record is refused
 * with the reason; nothing is changed by a refusal (the caller keeps the current record).
 */
export function importProgress(text: string, seed: number, now: Date): ParseResult<ProgressRecord> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the file is not valid JSON' };
  }
  if (typeof data !== 'object' || data === null || (data as Record<string, unknown>)['app'] !== EXPORT_APP) {
    return { ok: false, reason: `the file was not exported by this course (expected "app": "${EXPORT_APP}")` };
  }
  const result = parseProgress(text, seed, now);
  if (!result.ok) return { ok: false, reason: `the file is not a valid progress record: ${result.reason}` };
  // Files exported before the checksum existed have none; a file that has one must match it.
  const check = (data as Record<string, unknown>)['check'];
  if (check !== undefined && check !== progressCheck(result.value))
    return { ok: false, reason: 'the file was changed after it was exported (its checksum does not match)' };
  return result;
}
