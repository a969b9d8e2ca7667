/**
 * The course's one argument-error helper (egress, CQRS and every simulator use it). Every failure is a RangeError whose message names the argument, says what
 * was expected and shows what was received: "<name> must be <expected> (received <value>)".
 */

/** Shows a received value in a message: numbers as JavaScript prints them, strings quoted and clipped. */
export function describeValue(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  // Clipped, so that a 10,000-character paste cannot flood an error message.
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/** Builds the house-style error: "<name> must be <expected> (received <value>)". */
export function argumentError(name: string, expected: string, received: unknown): RangeError {
  return new RangeError(`${name} must be ${expected} (received ${describeValue(received)})`);
}

/** A limit as the message shows it: whole numbers grouped in threes (10,240), others as printed. */
export function showLimit(n: number): string {
  return Number.isInteger(n) ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : String(n);
}

/** Returns `value` when it is a whole number in [min, max], otherwise throws a RangeError naming `name`. */
export function requireWhole(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw argumentError(name, `a whole number from ${showLimit(min)} to ${showLimit(max)}`, value);
  }
  return value;
}

/** Returns `value` when it is a finite number in [min, max], otherwise throws a RangeError naming `name`. */
export function requireNumber(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw argumentError(name, `a finite number from ${showLimit(min)} to ${showLimit(max)}`, value);
  }
  return value;
}

/** Returns `value` when it is a finite number >= 0, otherwise throws a RangeError naming `name`. */
export function requireNonNegative(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw argumentError(name, 'a finite number >= 0', value);
  }
  return value;
}

/** Like requireNonNegative, and also at most `max` (`maxText` is how the limit is shown). */
export function requireAtMost(name: string, value: unknown, max: number, maxText: string): number {
  const checked = requireNonNegative(name, value);
  if (checked > max) throw argumentError(name, `at most ${maxText}`, checked);
  return checked;
}

/** Returns `value` when it is a finite number in [0, 1] (a share of traffic), otherwise throws. */
export function requireShare(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw argumentError(name, 'a number from 0 to 1 (a share: 0.25 means 25%)', value);
  }
  return value;
}
