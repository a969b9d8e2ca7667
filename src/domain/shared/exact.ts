/**
 * The course's one exact-arithmetic library, on BigInt, so money and counts never show binary
 * float noise (in floating point 10000 * 0.07 is 700.0000000000001, 3 * 0.07 is 0.21000000000000002
 * and 0.25 × 0.04048 + 0.5 × 0.004445 is not 0.0123425).
 *
 * The trick: String(n) is the shortest decimal text that reads back as the same double, which is
 * the decimal a person typed (2.1), not the binary value stored (2.1000000000000000888...). We
 * compute on that decimal exactly and round once, deliberately, where a rule says so.
 *
 * Two shapes, one library: a `Decimal` (coefficient × 10^exponent, signed; the egress bill's
 * scaled minor units) and a `Ratio` (num / den, non-negative; the simulators' shares, rates and
 * capacities). Both read a number the same way.
 */

// ---- Decimals: coefficient × 10^exponent -------------------------------------------------------

/** An exact decimal number: coefficient × 10^exponent. */
export interface Decimal {
  readonly coefficient: bigint;
  readonly exponent: number;
}

const SIGNED_NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** The exact decimal behind a finite number's shortest round-trip text, e.g. 2.1 -> 21 × 10^-1. */
export function decimalOf(n: number): Decimal {
  const match = SIGNED_NUMBER_TEXT.exec(String(n));
  if (match === null) throw new RangeError(`decimalOf needs a finite number (received ${String(n)})`);
  const [, sign = '', whole = '0', fraction = '', exponent = '0'] = match;
  return { coefficient: BigInt(sign + whole + fraction), exponent: Number(exponent) - fraction.length };
}

/** The exact product of two decimals. */
export function multiply(a: Decimal, b: Decimal): Decimal {
  return { coefficient: a.coefficient * b.coefficient, exponent: a.exponent + b.exponent };
}

// The small powers money and volumes use, computed once: a slider step asks for them often.
const POWERS: readonly bigint[] = Array.from({ length: 40 }, (_, k) => 10n ** BigInt(k));

/** 10^k as a BigInt (k >= 0). */
export function powerOfTen(k: number): bigint {
  return POWERS[k] ?? 10n ** BigInt(k);
}

/**
 * Divides integers and rounds half away from zero: for the non-negative amounts of a bill
 * this is the familiar "half-up" (0.5p rounds up to 1p).
 */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const absRemainder = remainder < 0n ? -remainder : remainder;
  if (absRemainder * 2n < denominator) return quotient;
  return numerator < 0n ? quotient - 1n : quotient + 1n;
}

/** Rounds a decimal (half away from zero) to `scale` decimal places, as an integer count of 10^-scale. */
export function toScaled(d: Decimal, scale: number): bigint {
  const shift = d.exponent + scale;
  if (shift >= 0) return d.coefficient * powerOfTen(shift);
  return divideRounded(d.coefficient, powerOfTen(-shift));
}

// Below 2^51 units of 10^-scale, one ulp of n is under half a unit, so at most one multiple of
// 10^-scale reads back as n: then that multiple is n's shortest round-trip text (see scaledOf).
const FAST_SCALED_LIMIT = 2 ** 51;
// 2^53: every integer up to it is exact in a double.
const SAFE_BIGINT = 2n ** 53n;

/**
 * Rounds a finite number to `scale` decimal places exactly, as an integer count of 10^-scale.
 * Fast path (a slider step calls this dozens of times): when m = round(n × 10^scale) is below
 * 2^51 and m / 10^scale reads back as n, the decimal m × 10^-scale is the only one with at most
 * `scale` decimals that rounds to n, so it is n's shortest text and the answer is m exactly;
 * otherwise (more decimals than `scale`, or large) the number's text is rounded as before.
 */
export function scaledOf(n: number, scale: number): bigint {
  if (scale >= 0 && scale <= 22) {
    const unit = 10 ** scale; // exact: 10^22 < 2^53 x 2^22
    const m = Math.round(n * unit);
    if (Math.abs(m) < FAST_SCALED_LIMIT && m / unit === n) return BigInt(m);
  }
  return toScaled(decimalOf(n), scale);
}

/** The double nearest to a decimal (JavaScript's number parser rounds correctly). */
export function decimalToNumber(d: Decimal): number {
  return Number(`${d.coefficient}e${d.exponent}`);
}

/**
 * The double nearest to `units` × 10^-scale, e.g. fromScaled(210n, 2) === 2.1. When both
 * `units` (at most 2^53) and 10^scale (scale <= 22) are exact doubles, one IEEE division rounds
 * the true quotient to the nearest double, as the parser does with the decimal text, and is
 * much cheaper; larger values go through the text.
 */
export function fromScaled(units: bigint, scale: number): number {
  if (scale >= 0 && scale <= 22 && units <= SAFE_BIGINT && units >= -SAFE_BIGINT) {
    return Number(units) / 10 ** scale;
  }
  return decimalToNumber({ coefficient: units, exponent: -scale });
}

// ---- Fractions: num / den ----------------------------------------------------------------------

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
