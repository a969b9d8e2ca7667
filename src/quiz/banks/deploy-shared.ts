/**
 * Illustrative prices and cost formulas shared by the deployment and orchestration quiz banks.
 * Prices: US East (N. Virginia), USD, as published on the AWS Lambda and AWS Fargate pricing pages
 * and quoted in the lessons (read 2026-11-27). They are for exercises, not for budgets.
 */

/** AWS Lambda, x86: price per million requests, per GB-second, and the monthly free allowance. */
export const LAMBDA = {
  perMillionRequests: 0.2,
  perGBSecond: 0.0000166667,
  freeRequests: 1_000_000,
  freeGBSeconds: 400_000,
} as const;

/** AWS Fargate, Linux on x86: price per vCPU-hour and per GB-hour. */
export const FARGATE = { perVcpuHour: 0.04048, perGBHour: 0.004445 } as const;

/** Hours in the conventional 730-hour month that AWS uses for monthly estimates. */
export const HOURS_PER_MONTH = 730;

/** Rounds money to the cent. */
export const cents = (value: number): number => Math.round(value * 100) / 100;

/** "$1,234.50" */
export const usd = (value: number): string =>
  `$${value.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** A count with thousands separators: 3000000 -> "3,000,000". */
export const count = (value: number, maxDp = 0): string =>
  value.toLocaleString('en-GB', { maximumFractionDigits: maxDp });

/** A month of Lambda: requests, average billed milliseconds and memory in MB. */
export function lambdaMonthlyCost(requests: number, ms: number, memoryMB: number) {
  // Integer product first, one division last: exact for the whole numbers the quizzes use.
  const gbSeconds = (requests * ms * memoryMB) / (1000 * 1024);
  const billableGBs = Math.max(0, gbSeconds - LAMBDA.freeGBSeconds);
  const billableRequests = Math.max(0, requests - LAMBDA.freeRequests);
  const compute = cents(billableGBs * LAMBDA.perGBSecond);
  const requestCost = cents((billableRequests / 1_000_000) * LAMBDA.perMillionRequests);
  return {
    gbSeconds,
    billableGBs,
    billableRequests,
    compute,
    requests: requestCost,
    total: cents(compute + requestCost),
  };
}

/** A month of Fargate tasks running all the time. */
export function fargateMonthlyCost(tasks: number, vcpu: number, memoryGB: number, hours = HOURS_PER_MONTH) {
  const perTaskHour = vcpu * FARGATE.perVcpuHour + memoryGB * FARGATE.perGBHour;
  return { perTaskHour, total: cents(tasks * perTaskHour * hours) };
}
