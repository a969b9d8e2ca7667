/**
 * Text helpers shared by the CQRS quiz banks. They only round and format numbers that
 * src/domain/cqrs computed; nothing here models the system.
 */
import { formatDecimal } from '../../domain/shared/format';

/** Rounds to `dp` decimal places (for answer keys, so the key matches the text shown). */
export function roundTo(value: number, dp: number): number {
  const f = 10 ** dp;
  return Math.round(value * f) / f;
}

/** A number for a prompt or an explanation, British style: 3000 -> "3,000", 9.52 -> "9.52". */
export function n(value: number, maxDp = 0): string {
  return formatDecimal(value, maxDp);
}

/** Milliseconds as seconds for prose: 2000 -> "2", 1500 -> "1.5". */
export const seconds = (ms: number): string => n(ms / 1000, 2);

/** Seconds accepted after a number, longest first (the parser strips the first unit that matches). */
export const SECOND_UNITS = ['seconds', 'second', 'secs', 'sec', 's'];

/** Event counts accepted after a number. */
export const EVENT_UNITS = ['events', 'event'];

/** A fixed seed for the simulations quoted in explanations: the same numbers for every learner. */
export const SIM_SEED = 20_260_105;
