/**
 * Serverless compute costs (AWS Lambda and AWS Fargate): the public door of
 * src/domain/serverless. Widgets, quizzes and tests import from here only.
 *
 * Prices are illustrative (see prices.ts); money is exact to the cent, rounded once, half-up.
 */
export { LAMBDA, FARGATE, HOURS_PER_MONTH, type LambdaPrices, type FargatePrices } from './prices';
export {
  MAX_REQUESTS,
  MAX_DURATION_MS,
  MIN_MEMORY_MB,
  MAX_MEMORY_MB,
  MAX_TASKS,
  MAX_TASK_VCPU,
  MAX_TASK_MEMORY_GB,
  MAX_HOURS,
  MAX_PRICE,
} from './limits';
export { lambdaMonthlyCost, type LambdaUsage, type LambdaCost } from './lambda';
export { fargateMonthlyCost, type FargateUsage, type FargateCost } from './fargate';
