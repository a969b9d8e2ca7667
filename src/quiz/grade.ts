import { parseNumber } from './parse-number';
import type { Grade, Question, Response } from './types';

const norm = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Whether `value` is within the question's tolerance of `answer` (absolute or relative). */
export function withinTolerance(value: number, answer: number, tol: { abs?: number; rel?: number }): boolean {
  const diff = Math.abs(value - answer);
  // A hair of slack for binary floating point: 0.1 + 0.2 must equal 0.3 here.
  const eps = 1e-9 * Math.max(1, Math.abs(answer));
  return diff <= (tol.abs ?? 0) + eps || diff <= Math.abs(answer) * (tol.rel ?? 0) + eps;
}

/** Checks a response against a question. Pure: the quiz island and the content tests both use it. */
export function grade(q: Question, r: Response): Grade {
  switch (q.kind) {
    case 'single': {
      if (r.kind !== 'single' || r.choice === null) return { status: 'invalid', message: 'Choose one answer first.' };
      return r.choice === q.answer
        ? { status: 'correct', message: 'Correct.' }
        : { status: 'incorrect', message: 'Not quite.' };
    }
    case 'multiple': {
      if (r.kind !== 'multiple' || r.choices.length === 0)
        return { status: 'invalid', message: 'Choose at least one answer first.' };
      const want = new Set(q.answer);
      const ok = r.choices.length === want.size && r.choices.every((c) => want.has(c));
      return ok
        ? { status: 'correct', message: 'Correct.' }
        : { status: 'incorrect', message: 'Not quite: check every option again.' };
    }
    case 'numeric': {
      if (r.kind !== 'numeric' && r.kind !== 'text') return { status: 'invalid', message: 'Type a number first.' };
      const parsed = parseNumber(r.text, q.units);
      if (!parsed.ok) return { status: 'invalid', message: parsed.message };
      return withinTolerance(parsed.value, q.answer, q.tolerance)
        ? { status: 'correct', message: 'Correct.' }
        : { status: 'incorrect', message: 'Not quite: check your working.' };
    }
    case 'text': {
      if ((r.kind !== 'text' && r.kind !== 'numeric') || norm(r.text) === '')
        return { status: 'invalid', message: 'Type an answer first.' };
      return q.accept.some((a) => norm(a) === norm(r.text))
        ? { status: 'correct', message: 'Correct.' }
        : { status: 'incorrect', message: 'Not quite.' };
    }
  }
}

/** The answer as text, for "show answer". */
export function answerText(q: Question): string {
  switch (q.kind) {
    case 'single':
      return q.choices.find((c) => c.id === q.answer)?.label ?? q.answer;
    case 'multiple':
      return q.choices
        .filter((c) => q.answer.includes(c.id))
        .map((c) => c.label)
        .join('; ');
    case 'numeric':
    case 'text':
      return q.answerText;
  }
}
