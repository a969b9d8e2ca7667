/**
 * Growable typed arrays. The number of events of a Poisson run is only known
 * at the end, so columns start at an estimate and double when needed.
 */

/** Returns `a` if it holds `need` items, else a copy with at least double the length. */
export function growF64(a: Float64Array, need: number): Float64Array {
  if (need <= a.length) return a;
  const b = new Float64Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/** Int32 version of {@link growF64}; new slots are filled with `fill`. */
export function growI32(a: Int32Array, need: number, fill = 0): Int32Array {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}

/** Uint8 version of {@link growF64}. */
export function growU8(a: Uint8Array, need: number): Uint8Array {
  if (need <= a.length) return a;
  const b = new Uint8Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/**
 * Capacity guess for a Poisson count with the given mean: mean + 6 standard
 * deviations, so growth is rare but memory stays close to need.
 */
export function poissonCapacity(mean: number): number {
  return Math.ceil(mean + 6 * Math.sqrt(mean) + 16);
}
