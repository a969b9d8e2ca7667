/**
 * Upper limits on inputs. They are far above any real bill, and they keep every total,
 * even a yearly one, below Number.MAX_SAFE_INTEGER minor units (pennies), so that
 * converting an exact BigInt total back to a number can never lose a penny:
 * 10^9 GB x 1,000 per GB x 12 months = 1.2 x 10^13 pounds = 1.2 x 10^15 pence < 9 x 10^15.
 */

/** The largest monthly volume accepted, in GB: 10^9 GB = 1 exabyte per month. */
export const MAX_GB_PER_MONTH = 1_000_000_000;

/** The largest price accepted, per GB, in major units (real egress prices are pennies). */
export const MAX_PRICE_PER_GB = 1_000;

/** Decimal places used to meter volumes: 9, so 1 unit = 10^-9 GB = one byte. */
export const VOLUME_SCALE = 9;

/** Decimal places kept for prices per GB: 9, i.e. nano-units (more than any price list uses). */
export const PRICE_SCALE = 9;
