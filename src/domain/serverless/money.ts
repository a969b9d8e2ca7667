/** Turning exact amounts into cents and dollars, with the module's one rounding rule. */
import { roundHalfUp, type Ratio } from '../shared/exact';

/** Rounds an exact amount in dollars half-up to whole cents (0.5 cent goes up): the module's one rounding. */
export function toCents(dollars: Ratio): bigint {
  return roundHalfUp({ num: dollars.num * 100n, den: dollars.den });
}

/**
 * Whole cents as dollars: 12345n -> 123.45 (the double nearest to it, which prints as 123.45).
 * Refuses sums too large to be an exact number of cents in a JavaScript number.
 */
export function centsToDollars(cents: bigint): number {
  if (cents > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(
      `the bill is too large to compute exactly (over $90 trillion; received ${cents} cents): check the inputs and prices`,
    );
  }
  // An integer below 2^53 divided by 100 is the double nearest to the exact decimal.
  return Number(cents) / 100;
}
