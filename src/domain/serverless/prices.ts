/**
 * Illustrative prices for exercises, not for budgets: US East (N. Virginia), USD, as published on
 * the AWS Lambda and AWS Fargate pricing pages and quoted in the lessons (read 2026-11-27)
 * (https://aws.amazon.com/lambda/pricing/, https://aws.amazon.com/fargate/pricing/).
 * Re-check the pages before quoting them anywhere else.
 */

/** What a month of AWS Lambda costs: request and compute prices and the monthly free tier. */
export interface LambdaPrices {
  /** USD per million requests. */
  readonly perMillionRequests: number;
  /** USD per GB-second of compute (memory in GB × billed seconds). */
  readonly perGBSecond: number;
  /** Requests a month that cost nothing. */
  readonly freeRequests: number;
  /** GB-seconds a month that cost nothing. */
  readonly freeGBSeconds: number;
}

/** What an AWS Fargate task costs per hour of each resource it is configured with. */
export interface FargatePrices {
  /** USD per vCPU-hour. */
  readonly perVcpuHour: number;
  /** USD per GB-hour of memory. */
  readonly perGBHour: number;
}

/** AWS Lambda, x86 (illustrative): $0.20 per million requests, $0.0000166667 per GB-second, free tier. */
export const LAMBDA: LambdaPrices = Object.freeze({
  perMillionRequests: 0.2,
  perGBSecond: 0.0000166667,
  freeRequests: 1_000_000,
  freeGBSeconds: 400_000,
});

/** AWS Fargate, Linux on x86 (illustrative): $0.04048 per vCPU-hour and $0.004445 per GB-hour. */
export const FARGATE: FargatePrices = Object.freeze({ perVcpuHour: 0.04048, perGBHour: 0.004445 });

/** Hours in the conventional 730-hour month that AWS uses for monthly estimates. */
export const HOURS_PER_MONTH = 730;
