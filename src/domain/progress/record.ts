/**
 * The learner's saved progress: which lessons are complete and how each quiz question went.
 * Pure: parsing, validation and migration of what the browser stored; no storage access here.
 */

/** The current schema version of the progress record. */
export const PROGRESS_VERSION = 2;

/** What the learner did with one quiz question. */
export interface QuestionState {
  /** How many times an answer was checked. */
  attempts: number;
  /** Whether the last checked answer was right. */
  correct: boolean;
  /** Whether "show answer" was used. */
  revealed: boolean;
  /** The variant of a parameterised question (0 = the first numbers drawn). */
  variant: number;
  /** The learner's last answer, as typed or chosen. */
  last?: string | string[];
}

/** Progress version 2. */
export interface ProgressRecord {
  version: typeof PROGRESS_VERSION;
  /** Lesson id -> when it was marked complete (ISO 8601). */
  lessons: Record<string, { completedAt: string }>;
  /** Quiz bank id -> question id -> state. */
  quizzes: Record<string, Record<string, QuestionState>>;
  /** The learner's own seed for parameterised questions (when no workshop code is set). */
  seed: number;
  /** Terminal id -> guided task id -> when the simulated state first satisfied it (ISO 8601). */
  tasks?: Record<string, Record<string, { doneAt: string }>>;
}

/** Why a stored value could not be used, in words a learner can read. */
export type ParseResult<T> = { ok: true; value: T; migrated: boolean } | { ok: false; reason: string };

/** Longest stored progress accepted: far more than a whole course needs, small enough to parse fast. */
export const MAX_PROGRESS_CHARS = 200_000;
const ID = /^[a-z0-9][a-z0-9/_-]{0,119}$/;

/** A new, empty record with the given seed. */
export function freshProgress(seed: number): ProgressRecord {
  return { version: PROGRESS_VERSION, lessons: {}, quizzes: {}, seed: seed >>> 0 };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Own keys that are safe ids; `__proto__` and friends never pass the ID pattern. */
function safeEntries(obj: Record<string, unknown>): [string, unknown][] {
  return Object.keys(obj)
    .filter((k) => ID.test(k))
    .map((k) => [k, obj[k]]);
}

function parseQuestion(v: unknown, where: string): QuestionState | string {
  if (!isPlainObject(v)) return `${where} should be an object`;
  const { attempts, correct, revealed, variant, last } = v;
  if (typeof attempts !== 'number' || !Number.isInteger(attempts) || attempts < 0 || attempts > 1e6)
    return `${where}.attempts should be a whole number >= 0`;
  if (typeof correct !== 'boolean') return `${where}.correct should be true or false`;
  if (typeof revealed !== 'boolean') return `${where}.revealed should be true or false`;
  if (typeof variant !== 'number' || !Number.isInteger(variant) || variant < 0 || variant > 1e6)
    return `${where}.variant should be a whole number >= 0`;
  const q: QuestionState = { attempts, correct, revealed, variant };
  if (typeof last === 'string') q.last = last.slice(0, 500);
  else if (Array.isArray(last) && last.every((x) => typeof x === 'string')) q.last = last.slice(0, 50) as string[];
  return q;
}

/** Validates a version-2 record, copying only known fields (so nothing foreign survives). */
function validateV2(v: Record<string, unknown>): ProgressRecord | string {
  if (!isPlainObject(v['lessons'])) return 'lessons should be an object';
  if (!isPlainObject(v['quizzes'])) return 'quizzes should be an object';
  const seed = v['seed'];
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    return 'seed should be a whole number between 0 and 4294967295';
  const out = freshProgress(seed);
  for (const [id, l] of safeEntries(v['lessons'])) {
    if (!isPlainObject(l) || typeof l['completedAt'] !== 'string' || Number.isNaN(Date.parse(l['completedAt'])))
      return `lessons["${id}"].completedAt should be a date`;
    out.lessons[id] = { completedAt: l['completedAt'] };
  }
  for (const [bank, qs] of safeEntries(v['quizzes'])) {
    if (!isPlainObject(qs)) return `quizzes["${bank}"] should be an object`;
    const bankOut: Record<string, QuestionState> = {};
    for (const [qid, q] of safeEntries(qs)) {
      const parsed = parseQuestion(q, `quizzes["${bank}"]["${qid}"]`);
      if (typeof parsed === 'string') return parsed;
      bankOut[qid] = parsed;
    }
    out.quizzes[bank] = bankOut;
  }
  const tasks = v['tasks'];
  if (tasks !== undefined) {
    if (!isPlainObject(tasks)) return 'tasks should be an object';
    const tasksOut: Record<string, Record<string, { doneAt: string }>> = {};
    for (const [terminal, ticks] of safeEntries(tasks)) {
      if (!isPlainObject(ticks)) return `tasks["${terminal}"] should be an object`;
      const ticksOut: Record<string, { doneAt: string }> = {};
      for (const [task, t] of safeEntries(ticks)) {
        if (!isPlainObject(t) || typeof t['doneAt'] !== 'string' || Number.isNaN(Date.parse(t['doneAt'])))
          return `tasks["${terminal}"]["${task}"].doneAt should be a date`;
        ticksOut[task] = { doneAt: t['doneAt'] };
      }
      tasksOut[terminal] = ticksOut;
    }
    out.tasks = tasksOut;
  }
  return out;
}

/**
 * Version 1 (the course's first release) kept only a list of completed lesson ids:
 * `{ version: 1, completed: string[] }`. It migrates to version 2 with a fresh seed.
 */
function migrateV1(v: Record<string, unknown>, seed: number, now: Date): ProgressRecord | string {
  const completed = v['completed'];
  if (!Array.isArray(completed) || !completed.every((x) => typeof x === 'string'))
    return 'completed should be a list of lesson ids';
  const out = freshProgress(seed);
  for (const id of completed) if (ID.test(id)) out.lessons[id] = { completedAt: now.toISOString() };
  return out;
}

/**
 * Reads a stored progress record. `null` or a missing key is not an error: it gives a fresh record.
 * Anything unreadable gives `{ ok: false, reason }` so the caller can set it aside and tell the learner.
 * @param raw what the browser's storage held (or an imported file's text)
 * @param seed the seed for a fresh or migrated record
 * @param now the clock, injected so migration is deterministic
 */
export function parseProgress(raw: string | null, seed: number, now: Date): ParseResult<ProgressRecord> {
  if (raw === null) return { ok: true, value: freshProgress(seed), migrated: false };
  if (raw.length > MAX_PROGRESS_CHARS) return { ok: false, reason: `it is too large (${raw.length} characters)` };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  if (!isPlainObject(data)) return { ok: false, reason: 'it is not a progress record (expected an object)' };
  const version = data['version'];
  let result: ProgressRecord | string;
  if (version === PROGRESS_VERSION) result = validateV2(data);
  else if (version === 1) result = migrateV1(data, seed, now);
  else
    result = `its version is ${JSON.stringify(version) ?? 'missing'}; this course reads versions 1 and ${PROGRESS_VERSION}`;
  if (typeof result === 'string') return { ok: false, reason: result };
  return { ok: true, value: result, migrated: version !== PROGRESS_VERSION };
}
