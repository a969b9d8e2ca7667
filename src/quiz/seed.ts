// The course's one seeded generator (src/domain/shared/random.ts): a workshop code gives the same
// numbers here as in the simulators.
import { createRandom, hashString, type Random } from '../domain/shared/random';

/** A seeded source of question numbers (the shared generator). */
export type Rng = Random;

export { hashString };

/** mulberry32 from the shared kit: the same seed always gives the same question numbers. */
export const createRng: (seed: number) => Rng = createRandom;

/**
 * The seed of one question variant. A workshop code replaces the learner's own seed, so everyone
 * in a class who opens the same question and variant sees the same numbers.
 */
export function questionSeed(
  base: { workshop: string | null; personal: number },
  bankId: string,
  questionId: string,
  variant: number,
): number {
  const who = base.workshop !== null ? `workshop:${base.workshop}` : `learner:${base.personal}`;
  return hashString(`${who}|${bankId}|${questionId}|${variant}`);
}
