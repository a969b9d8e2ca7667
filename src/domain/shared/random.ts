/**
 * The one seeded random generator of the course (mulberry32) with named, independent streams.
 * Quizzes, the access demos, the CQRS simulation and every simulator draw from here, so a seed
 * (a workshop code, a lesson's seed) means the same thing everywhere. Not for secrets: real
 * secrets come from WebCrypto.
 */

/** A seeded source of numbers. Every method advances the same sequence. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** The next 32-bit unsigned integer. */
  uint32(): number;
  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** The next `length` bytes. */
  bytes(length: number): Uint8Array<ArrayBuffer>;
  /** The internal state: `createRandom(r.state)` resumes the sequence exactly. */
  readonly state: number;
}

/**
 * mulberry32 in a class whose state lives in a Uint32Array, so advancing it never allocates a
 * boxed number (the CQRS simulation draws millions of numbers per run).
 */
export class Mulberry32 {
  private readonly cell = new Uint32Array(1);

  /** @param seed any number; only its low 32 bits are used. */
  constructor(seed: number) {
    this.cell[0] = seed >>> 0;
  }

  /** The next 32-bit unsigned integer. */
  uint32(): number {
    const a = ((this.cell[0] as number) + 0x6d2b79f5) >>> 0;
    this.cell[0] = a;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** The state, enough to resume the sequence. */
  get state(): number {
    return this.cell[0] as number;
  }
}

/** Creates a generator from a seed (only its low 32 bits are used). */
export function createRandom(seed: number): Random {
  const g = new Mulberry32(seed);
  const next = (): number => g.next();
  return {
    next,
    uint32: () => g.uint32(),
    int(min: number, max: number): number {
      return min + Math.floor(next() * (max - min + 1));
    },
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new RangeError('pick needs a non-empty list');
      return item;
    },
    bytes(length: number): Uint8Array<ArrayBuffer> {
      const out = new Uint8Array(length);
      for (let i = 0; i < length; i += 1) out[i] = g.uint32() & 0xff;
      return out;
    },
    get state() {
      return g.state;
    },
  };
}

/** FNV-1a: turns text (a workshop code, a stream name, a question id) into a 32-bit seed. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's 32-bit finaliser: spreads every input bit over the output. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The 32-bit seed of one named (or numbered) stream of a run. Both 32-bit halves of the seed are
 * mixed in, so seeds that differ only above bit 32 still give different streams; two streams of
 * one seed are independent, so drawing more from one never shifts another.
 */
export function streamSeed(seed: number, stream: string | number): number {
  const id = typeof stream === 'number' ? stream : hashString(stream);
  const lo = seed >>> 0;
  const hi = Math.floor(seed / 4294967296) >>> 0;
  let h = fmix32(lo ^ 0x9e3779b9);
  h = fmix32(h ^ hi ^ 0x7f4a7c15);
  return fmix32(h ^ Math.imul(id + 1, 0x27d4eb2f));
}

/** The generator of one named stream of a run seeded with `seed`. */
export function createStream(seed: number, stream: string | number): Random {
  return createRandom(streamSeed(seed, stream));
}
