/**
 * Argument checks shared by the egress module. Every failure is a RangeError whose message
 * names the argument, says what was expected and shows what was received, so a lesson author
 * or widget developer can fix the call without reading the source.
 */

/** Shows a received value in a message: numbers as JavaScript prints them, strings quoted and clipped. */
export function describeValue(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'string') {
    // Clip so that a 10,000-character paste cannot flood an error message.
    const clipped = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `'${clipped}'`;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/** Builds the house-style error: "<name> must be <expected> (received <value>)". */
export function argumentError(name: string, expected: string, received: unknown): RangeError {
  return new RangeError(`${name} must be ${expected} (received ${describeValue(received)})`);
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
