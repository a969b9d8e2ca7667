/** A month of AWS Lambda: request charges plus compute charges, after the free tier. */
import { requireNumber, requireWhole } from '../shared/errors';
import { minusFloorZero, ratioOf, times, toNumber, type Ratio } from '../shared/exact';
import { MAX_DURATION_MS, MAX_MEMORY_MB, MAX_PRICE, MAX_REQUESTS, MIN_MEMORY_MB } from './limits';
import { centsToDollars, toCents } from './money';
import { LAMBDA, type LambdaPrices } from './prices';

/** A month of invocations of one function. */
export interface LambdaUsage {
  /** Requests (invocations) in the month: a whole number. */
  readonly requests: number;
  /** Average billed duration of one request, in milliseconds (may have decimals). */
  readonly durationMs: number;
  /** Memory configured for the function, in whole MB (Lambda allows 128 to 10,240). */
  readonly memoryMB: number;
}

/** A month's Lambda bill in USD. Money fields are exact to the cent. */
export interface LambdaCost {
  /** Compute used: requests × seconds × memory in GB (1 GB = 1,024 MB, as Lambda counts). */
  readonly gbSeconds: number;
  /** GB-seconds above the free tier. */
  readonly billableGBSeconds: number;
  /** Requests above the free tier. */
  readonly billableRequests: number;
  /** Compute charge: billable GB-seconds × price, rounded half-up to the cent. */
  readonly compute: number;
  /** Request charge: billable requests × price per million, rounded half-up to the cent. */
  readonly requests: number;
  /** compute + requests: the sum of the two rounded lines, as on an invoice. */
  readonly total: number;
}

/** MB × ms to GB-seconds: ÷ 1,024 MB per GB and ÷ 1,000 ms per second. */
const MB_MS_PER_GB_SECOND: Ratio = { num: 1n, den: 1024n * 1000n };
const PER_MILLION: Ratio = { num: 1n, den: 1_000_000n };

function checkPrices(prices: LambdaPrices): void {
  requireNumber('prices.perMillionRequests', prices.perMillionRequests, 0, MAX_PRICE);
  requireNumber('prices.perGBSecond', prices.perGBSecond, 0, MAX_PRICE);
  requireWhole('prices.freeRequests', prices.freeRequests, 0, MAX_REQUESTS);
  requireNumber('prices.freeGBSeconds', prices.freeGBSeconds, 0, Number.MAX_SAFE_INTEGER);
}

/**
 * The monthly bill of a Lambda function: lambdaMonthlyCost({ requests: 5_000_000, durationMs: 200,
 * memoryMB: 512 }) has 500,000 GB-seconds, 100,000 billable, compute $1.67, requests $0.80,
 * total $2.47. Exactly the free tier (1,000,000 requests, 400,000 GB-seconds) costs $0.
 *
 * Exact: every input is read as the decimal it prints as and the arithmetic is done on whole
 * numbers (BigInt). Each line is rounded once, half-up, to the cent; the total is the sum of the
 * rounded lines. Throws a RangeError naming the argument for a non-whole or out-of-range
 * `requests`, a `durationMs` outside 0 to 900,000, a `memoryMB` that is not a whole number from
 * 128 to 10,240, or a bad price.
 */
export function lambdaMonthlyCost(usage: LambdaUsage, prices: LambdaPrices = LAMBDA): LambdaCost {
  const requests = requireWhole('requests', usage.requests, 0, MAX_REQUESTS);
  const durationMs = requireNumber('durationMs', usage.durationMs, 0, MAX_DURATION_MS);
  const memoryMB = requireWhole('memoryMB', usage.memoryMB, MIN_MEMORY_MB, MAX_MEMORY_MB);
  checkPrices(prices);

  const gbSeconds = times(ratioOf(requests), ratioOf(durationMs), ratioOf(memoryMB), MB_MS_PER_GB_SECOND);
  const billableGBSeconds = minusFloorZero(gbSeconds, ratioOf(prices.freeGBSeconds));
  const billableRequests = Math.max(0, requests - prices.freeRequests);

  const computeCents = toCents(times(billableGBSeconds, ratioOf(prices.perGBSecond)));
  const requestCents = toCents(times(ratioOf(billableRequests), ratioOf(prices.perMillionRequests), PER_MILLION));
  return {
    gbSeconds: toNumber(gbSeconds),
    billableGBSeconds: toNumber(billableGBSeconds),
    billableRequests,
    compute: centsToDollars(computeCents),
    requests: centsToDollars(requestCents),
    total: centsToDollars(computeCents + requestCents),
  };
}
