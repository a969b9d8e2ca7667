/** Deterministic ECS-style ids (32 hex digits) from the state's seed and counter. */
import { fmix32 } from '../shared/random';

/** The id number `counter` of a run seeded with `seed`: 32 lower-case hex digits. */
export function ecsId(seed: number, counter: number): string {
  let h = fmix32((seed ^ 0x5bd1e995) + counter * 0x9e3779b1);
  let out = '';
  for (let i = 0; i < 4; i++) {
    h = fmix32(h + i + counter);
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}
