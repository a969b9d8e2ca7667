import type { QuizBank } from '../types';
import { lambdaMonthlyCost, LAMBDA } from '../../domain/serverless';
import { count, usd } from './deploy-shared';

/** Quiz of the lesson "Serverless with AWS Lambda". */
export const bank: QuizBank = {
  id: 'deploy-lambda',
  title: 'Check your understanding',
  questions: [
    {
      id: 'monthly-bill',
      parameterised: true,
      build(rng) {
        const millions = rng.pick([5, 10, 20, 40, 60]);
        const requests = millions * 1_000_000;
        const ms = rng.pick([50, 100, 150, 200, 400]);
        const memoryMB = rng.pick([256, 512, 1024, 2048]);
        const c = lambdaMonthlyCost({ requests, durationMs: ms, memoryMB });
        return {
          kind: 'numeric',
          id: 'monthly-bill',
          prompt: `A function receives ${count(requests)} requests a month, each billed for ${ms} ms, with ${count(memoryMB)} MB of memory. With the lesson's illustrative prices (${usd(LAMBDA.perMillionRequests)} per million requests, $${String(LAMBDA.perGBSecond)} per GB-second, the first ${count(LAMBDA.freeRequests / 1_000_000)} million requests and ${count(LAMBDA.freeGBSeconds)} GB-seconds free), what is the monthly bill in US dollars, to the cent?`,
          answer: c.total,
          answerText: usd(c.total),
          units: ['dollars', 'USD'],
          tolerance: { abs: 0.015 },
          explanation: `Compute: ${count(requests)} × ${ms / 1000} s × ${memoryMB / 1024} GB = ${count(c.gbSeconds)} GB-seconds; minus ${count(LAMBDA.freeGBSeconds)} free leaves ${count(c.billableGBSeconds)} × $${String(LAMBDA.perGBSecond)} = ${usd(c.compute)}. Requests: ${count(c.billableRequests)} billable × ${usd(LAMBDA.perMillionRequests)} per million = ${usd(c.requests)}. Total: ${usd(c.total)}.`,
        };
      },
    },
    {
      id: 'runtime',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'runtime',
        prompt:
          'A tutorial creates its function with --runtime python3.9. Why should you choose another runtime today?',
        choices: [
          {
            id: 'deprecated',
            label: 'AWS Lambda deprecated the python3.9 runtime in December 2025; python3.13 is supported',
          },
          { id: 'slow', label: 'Python 3.9 functions cannot use more than 128 MB of memory' },
          { id: 'syntax', label: 'The handler uses syntax that Python 3.9 cannot parse' },
          { id: 'name', label: 'The runtime identifier must be written python-3.9' },
        ],
        answer: 'deprecated',
        explanation:
          'A deprecated runtime gets no security patches, and AWS then blocks creating and later updating functions that use it. Choose a runtime with years of support left.',
      }),
    },
    {
      id: 'handler',
      parameterised: false,
      build: () => ({
        kind: 'text',
        id: 'handler',
        prompt: 'Your code is in handlers.py and the entry function is called process. What do you pass to --handler?',
        accept: ['handlers.process'],
        answerText: 'handlers.process',
        explanation:
          'The handler is <file name without .py>.<function name>, just as lambda_function.lambda_handler names lambda_handler in lambda_function.py.',
      }),
    },
    {
      id: 'fits-lambda',
      parameterised: false,
      build: () => ({
        kind: 'multiple',
        id: 'fits-lambda',
        prompt: 'Which workloads suit AWS Lambda well? Choose all that apply.',
        choices: [
          { id: 'thumbnail', label: 'Make a thumbnail whenever an image is uploaded to S3' },
          { id: 'nightly', label: 'A five-minute clean-up job that runs once a night' },
          { id: 'spiky-api', label: 'An internal API used heavily at month end and hardly at all otherwise' },
          { id: 'video', label: 'Transcoding films that take two hours each' },
          { id: 'websocket-server', label: 'A server holding thousands of long-lived connections and state in memory' },
        ],
        answer: ['thumbnail', 'nightly', 'spiky-api'],
        explanation:
          'Short, event-driven or spiky work fits. A two-hour job exceeds the 15-minute limit, and long-lived in-memory state contradicts stateless, short-lived execution environments.',
      }),
    },
    {
      id: 'cold-start',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'cold-start',
        prompt: 'What is a cold start?',
        choices: [
          {
            id: 'new-env',
            label:
              'The delay while Lambda creates an execution environment and runs the initialisation code, because no warm one is free',
          },
          { id: 'first-deploy', label: 'The time needed to upload a new function' },
          { id: 'timeout', label: 'A function stopped for running longer than 15 minutes' },
          { id: 'region', label: 'A request sent to a region where the function does not exist' },
        ],
        answer: 'new-env',
        explanation:
          'Warm environments are reused; a new one must be created and initialised first. Keep packages small and create clients outside the handler so later requests reuse them.',
      }),
    },
  ],
};
