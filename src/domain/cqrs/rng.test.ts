import { describe, expect, it } from 'vitest';
import { createStream as createSharedStream } from '../shared/random';
import { createStream, fmix32, Mulberry32, STREAM, streamSeed } from './rng';

describe('mulberry32', () => {
  it('matches the reference sequence for seed 1', () => {
    const g = new Mulberry32(1);
    expect([g.next(), g.next(), g.next()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it("is the course's one generator: a CQRS stream draws what the shared stream of that number draws", () => {
    const cqrs = createStream(42, 'lag');
    const shared = createSharedStream(42, STREAM.lag);
    for (let i = 0; i < 100; i++) expect(cqrs.next()).toBe(shared.next());
  });

  it('stays in [0, 1) with a mean near 1/2', () => {
    const g = new Mulberry32(7);
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = g.next();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
    }
    expect(outside).toBe(0);
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });
});

describe('stream seeds', () => {
  it('fmix32 is the MurmurHash3 finaliser (0 maps to 0, 1 to 0x514e28b7)', () => {
    expect(fmix32(0)).toBe(0);
    expect(fmix32(1)).toBe(0x514e28b7);
  });

  it('differ per stream and per seed, including seeds that differ only above 32 bits', () => {
    const seeds = new Set<number>();
    for (const seed of [0, 1, -1, 2 ** 32, 2 ** 33 + 1]) {
      for (let stream = 1; stream <= 8; stream++) seeds.add(streamSeed(seed, stream));
    }
    expect(seeds.size).toBe(40);
  });

  it('createStream is deterministic per (seed, name)', () => {
    expect(createStream(5, 'lag').next()).toBe(createStream(5, 'lag').next());
    expect(createStream(5, 'lag').next()).not.toBe(createStream(5, 'readArrivals').next());
  });
});
