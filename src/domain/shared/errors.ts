/**
 * Argument checks. Every failure is a RangeError whose message names the argument, says what
 * was expected and shows what was received: "<name> must be <expected> (received <value>)".
 */

/** Shows a received value in a message: numbers as JavaScript prints them, strings quoted and clipped. */
export function describeValue(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
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
