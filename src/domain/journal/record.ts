/**
 * The learner's reflection journal: answers to the closing questions, kept inside the saved
 * progress record (under `journal`) and exported with it. Pure: parsing what the browser stored
 * and updating an answer (the Markdown file is markdown.ts, loaded only by the journal page). No
 * storage access here.
 */

/** One saved answer. */
export interface JournalAnswer {
  /** What the learner wrote (normalised: LF line ends, no control characters). */
  text: string;
  /** When it was last changed (ISO 8601). */
  savedAt: string;
}

/** The journal: question id -> answer. Answers to questions since removed are kept, never dropped. */
export interface Journal {
  answers: Record<string, JournalAnswer>;
}

/** Longest answer kept (the text box allows no more). */
export const MAX_ANSWER_CHARS = 5000;
/** Most answers a journal may hold (there are six questions; room for renamed ones). */
export const MAX_ANSWERS = 50;
const ID = /^[a-z0-9][a-z0-9_-]{0,59}$/;

/** A journal with no answers. */
export function emptyJournal(): Journal {
  return { answers: {} };
}

/** True when the journal holds at least one answer. */
export function hasAnswers(j: Journal): boolean {
  return Object.keys(j.answers).length > 0;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads the `journal` field of a stored record or an export file. Anything unusable gives the
 * reason in words a learner can read; only known fields with safe ids are copied.
 */
export function parseJournal(v: unknown): { ok: true; value: Journal } | { ok: false; reason: string } {
  if (!isPlainObject(v)) return { ok: false, reason: 'journal should be an object' };
  const answers = v['answers'];
  if (!isPlainObject(answers)) return { ok: false, reason: 'journal.answers should be an object' };
  const keys = Object.keys(answers);
  if (keys.length > MAX_ANSWERS)
    return { ok: false, reason: `journal.answers has ${keys.length} entries (at most ${MAX_ANSWERS})` };
  const out = emptyJournal();
  for (const id of keys) {
    if (!ID.test(id)) return { ok: false, reason: `journal.answers has an entry with a malformed id` };
    const a = answers[id];
    const where = `journal.answers["${id}"]`;
    if (!isPlainObject(a)) return { ok: false, reason: `${where} should be an object` };
    if (typeof a['text'] !== 'string') return { ok: false, reason: `${where}.text should be text` };
    if (a['text'].length > MAX_ANSWER_CHARS)
      return { ok: false, reason: `${where}.text is longer than ${MAX_ANSWER_CHARS} characters` };
    if (typeof a['savedAt'] !== 'string' || Number.isNaN(Date.parse(a['savedAt'])))
      return { ok: false, reason: `${where}.savedAt should be a date` };
    out.answers[id] = { text: normaliseAnswer(a['text']), savedAt: a['savedAt'] };
  }
  return { ok: true, value: out };
}

/** LF line ends, no control characters but tab and newline, at most MAX_ANSWER_CHARS. */
export function normaliseAnswer(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .slice(0, MAX_ANSWER_CHARS);
}

/**
 * Sets (or, for blank text, removes) one answer. Returns a new journal; the input is unchanged.
 * @param now the clock, injected
 */
export function setAnswer(j: Journal, questionId: string, text: string, now: Date): Journal {
  const answers = { ...j.answers };
  const clean = normaliseAnswer(text);
  if (clean.trim() === '') delete answers[questionId];
  else answers[questionId] = { text: clean, savedAt: now.toISOString() };
  return { answers };
}
