/** A small deterministic random generator, so one seed always gives the same question numbers. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

/** FNV-1a: turns text (a workshop code, a question id) into a 32-bit seed. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: tiny, fast and good enough for drawing quiz numbers (not for secrets). */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new RangeError('pick needs a non-empty list');
      return item;
    },
  };
}

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
