/**
 * Exact decimal arithmetic on BigInt, so that money never shows binary float noise
 * (in floating point 10000 * 0.07 is 700.0000000000001 and 3 * 0.07 is 0.21000000000000002).
 *
 * The trick: String(n) is the shortest decimal text that reads back as the same double, which
 * is the decimal a person typed (2.1), not the binary value stored (2.1000000000000000888...).
 * We compute on that decimal exactly and round once, deliberately, where a rule says so.
 */

/** An exact decimal number: coefficient × 10^exponent. */
export interface Decimal {
  readonly coefficient: bigint;
  readonly exponent: number;
}

const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** The exact decimal behind a finite number's shortest round-trip text, e.g. 2.1 -> 21 × 10^-1. */
export function decimalOf(n: number): Decimal {
  const match = NUMBER_TEXT.exec(String(n));
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

/** Rounds a finite number to `scale` decimal places exactly, as an integer count of 10^-scale. */
export function scaledOf(n: number, scale: number): bigint {
  return toScaled(decimalOf(n), scale);
}

/** The double nearest to a decimal (JavaScript's number parser rounds correctly). */
export function toNumber(d: Decimal): number {
  return Number(`${d.coefficient}e${d.exponent}`);
}

/** The double nearest to `units` × 10^-scale, e.g. fromScaled(210n, 2) === 2.1. */
export function fromScaled(units: bigint, scale: number): number {
  return toNumber({ coefficient: units, exponent: -scale });
}
