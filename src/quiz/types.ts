import type { Rng } from './seed';

/** One option of a choice question. */
export interface Choice {
  id: string;
  label: string;
}

interface Base {
  /** Unique inside its bank; used in links (#q-bank-id) and in progress. */
  id: string;
  /** The question, plain text (rendered as text, never as HTML). */
  prompt: string;
  /** Why the answer is right: shown after a check or "show answer". */
  explanation: string;
}

/** A question with its numbers drawn: serialisable, so the server can render it for the island. */
export type Question =
  | (Base & { kind: 'single'; choices: Choice[]; answer: string })
  | (Base & { kind: 'multiple'; choices: Choice[]; answer: string[] })
  | (Base & {
      kind: 'numeric';
      answer: number;
      /** How the answer is written for the learner (formatted by the domain module). */
      answerText: string;
      /** Unit words accepted after the number, e.g. ["GB"] or ["£"] (currency symbols are always accepted). */
      units: string[];
      /** Accepted distance from the answer: absolute and/or relative (0.01 = 1 %). */
      tolerance: { abs?: number; rel?: number };
    })
  | (Base & { kind: 'text'; accept: string[]; answerText: string });

/** How one question is made. Parameterised questions draw their numbers from the rng. */
export interface QuestionTemplate {
  id: string;
  /** True when `build` draws numbers: the quiz then offers "new numbers". */
  parameterised: boolean;
  build(rng: Rng): Question;
}

/** A lesson's quiz. */
export interface QuizBank {
  id: string;
  title: string;
  questions: QuestionTemplate[];
}

/** What a learner submits. */
export type Response =
  | { kind: 'single'; choice: string | null }
  | { kind: 'multiple'; choices: string[] }
  | { kind: 'numeric' | 'text'; text: string };

/** The result of checking one response. 'invalid' means unreadable input: it does not count as an attempt. */
export type GradeStatus = 'correct' | 'incorrect' | 'invalid';
export interface Grade {
  status: GradeStatus;
  message: string;
}
