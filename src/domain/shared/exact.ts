/**
 * Exact rational arithmetic on BigInt, so money and counts never show binary float noise
 * (in floating point 0.25 × 0.04048 + 0.5 × 0.004445 is not 0.0123425).
 *
 * A number is read as the decimal a person typed: String(n) is the shortest text that reads back
 * as the same double, so 0.1 becomes 1/10, not 0.1000000000000000055511151231257827...
 */

/** An exact non-negative fraction num / den, with den > 0 (not necessarily in lowest terms). */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

const NUMBER_TEXT = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** The exact decimal behind a finite number >= 0, e.g. ratioOf(2.1) is 21/10. */
export function ratioOf(n: number): Ratio {
  const match = NUMBER_TEXT.exec(String(n));
  if (match === null) throw new RangeError(`ratioOf needs a finite number >= 0 (received ${String(n)})`);
  const [, whole = '0', fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText) - fraction.length;
  const coefficient = BigInt(whole + fraction);
  return exponent >= 0
    ? { num: coefficient * 10n ** BigInt(exponent), den: 1n }
    : { num: coefficient, den: 10n ** BigInt(-exponent) };
}

/** The exact product of fractions. */
export function times(...factors: Ratio[]): Ratio {
  return factors.reduce((a, b) => ({ num: a.num * b.num, den: a.den * b.den }), { num: 1n, den: 1n });
}

/** The exact sum of two fractions. */
export function plus(a: Ratio, b: Ratio): Ratio {
  return { num: a.num * b.den + b.num * a.den, den: a.den * b.den };
}

/** a − b, or 0 when b is larger (an allowance cannot make a bill negative). */
export function minusFloorZero(a: Ratio, b: Ratio): Ratio {
  const num = a.num * b.den - b.num * a.den;
  return num > 0n ? { num, den: a.den * b.den } : { num: 0n, den: 1n };
}

/** Compares two fractions exactly: negative when a < b, 0 when equal, positive when a > b. */
export function compare(a: Ratio, b: Ratio): number {
  const difference = a.num * b.den - b.num * a.den;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/** The largest whole number <= the fraction. */
export function floorOf(r: Ratio): bigint {
  return r.num / r.den;
}

/** The smallest whole number >= the fraction. */
export function ceilOf(r: Ratio): bigint {
  return (r.num + r.den - 1n) / r.den;
}

/** Rounds half-up (0.5 goes up) to a whole number. */
export function roundHalfUp(r: Ratio): bigint {
  return (2n * r.num + r.den) / (2n * r.den);
}

/**
 * The double nearest to the fraction. Exact decimals (denominators of the form 2^a × 5^b, which
 * is every fraction this module makes) go through their decimal text, which JavaScript's parser
 * rounds correctly.
 */
export function toNumber(r: Ratio): number {
  let rest = r.den;
  let twos = 0;
  let fives = 0;
  while (rest % 2n === 0n) [rest, twos] = [rest / 2n, twos + 1];
  while (rest % 5n === 0n) [rest, fives] = [rest / 5n, fives + 1];
  const digits = Math.max(twos, fives);
  if (rest !== 1n) {
    const safe = BigInt(Number.MAX_SAFE_INTEGER);
    // Both exact as doubles: IEEE division rounds the true quotient correctly.
    if (r.num <= safe && r.den <= safe) return Number(r.num) / Number(r.den);
    return Number((r.num * 10n ** 30n) / r.den) / 1e30;
  }
  return Number(`${(r.num * 10n ** BigInt(digits)) / r.den}e-${digits}`);
}
