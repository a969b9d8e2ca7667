/**
 * Input limits. They follow the services' own limits where there is one, and keep every total
 * below 2^53 cents, so a bill in dollars is an exact number of cents in a JavaScript number.
 */

/** Requests a month: a trillion, far beyond any exercise. */
export const MAX_REQUESTS = 1_000_000_000_000;
/** Lambda's longest timeout, 15 minutes, in milliseconds. */
export const MAX_DURATION_MS = 900_000;
/** Lambda's memory range, in MB (configured in whole MB). */
export const MIN_MEMORY_MB = 128;
/** Lambda's memory range, in MB (configured in whole MB). */
export const MAX_MEMORY_MB = 10_240;
/** Tasks running at once. */
export const MAX_TASKS = 1_000_000;
/** Fargate's largest task: 16 vCPU and 120 GB. */
export const MAX_TASK_VCPU = 16;
/** Fargate's largest task: 16 vCPU and 120 GB. */
export const MAX_TASK_MEMORY_GB = 120;
/** The longest month, 31 days. */
export const MAX_HOURS = 744;
/** Any price above this (USD per unit) is a typing error. */
export const MAX_PRICE = 1_000;
