import { simulate } from '../../domain/cqrs';
import type { QuizBank } from '../types';
import { n, roundTo, SIM_SEED } from './cqrs-shared';

/** Systems that do or do not need CQRS, with the reason. */
const SYSTEMS = [
  {
    text: "A charity's volunteer rota: 30 users, a few updates a day, and screens that show the rota as it is stored.",
    answer: 'simpler',
    why: 'Small, even loads and screens shaped like the data: one model is clearer and cheaper.',
  },
  {
    text: 'A reports page is slow because its query filters on a date column that has no index.',
    answer: 'simpler',
    why: 'Add the index and measure again: the first rung of the ladder solves it.',
  },
  {
    text: 'An internal task list where every user expects to see every change the instant it is made.',
    answer: 'simpler',
    why: 'If almost every read must be strongly consistent, a read model would earn nothing.',
  },
  {
    text: 'An online shop: staff change 50 products a minute, while customers run 20,000 filtered searches a second.',
    answer: 'cqrs',
    why: 'Reads outnumber writes enormously and need a search-shaped model: a classic case for a separate read side.',
  },
  {
    text: 'Ticket sales must feed a live dashboard for organisers, a search index and a finance ledger, each in its own shape.',
    answer: 'cqrs',
    why: 'One stream of changes feeding several differently shaped read models is what projections are for.',
  },
  {
    text: 'Month-end HR reports scan the tables officers write to, and dashboard reads run at ten times the write rate.',
    answer: 'cqrs',
    why: "Reads and writes compete and differ in shape and load: the bank's own case for CQRS on the reporting side.",
  },
] as const;

/** Quiz of the lesson "Benefits and costs, honestly". */
export const bank: QuizBank = {
  id: 'cqrs-benefits-and-costs',
  title: 'Check your understanding',
  questions: [
    {
      id: 'notes-benefits',
      parameterised: false,
      build: () => ({
        kind: 'multiple',
        id: 'notes-benefits',
        prompt: "Which of these are benefits the bank's CQRS design can bring? Choose all that apply.",
        choices: [
          { id: 'performance', label: 'Better performance for both reads and writes' },
          { id: 'scaling', label: 'Each side scaled independently to its own demand' },
          { id: 'reporting', label: 'Faster, more flexible reporting for HR managers' },
          { id: 'audit', label: 'A complete history of changes for audits, through event sourcing' },
          { id: 'consistency', label: 'Every reader sees every change immediately' },
          { id: 'fewer-parts', label: 'Fewer components to run' },
        ],
        answer: ['performance', 'scaling', 'reporting', 'audit'],
        explanation:
          'CQRS can bring performance, scalability, enhanced reporting and auditability. CQRS weakens consistency (the read model lags) and adds components: a bus, projectors and a second store.',
      }),
    },
    {
      id: 'worth-it',
      parameterised: true,
      build(rng) {
        const s = rng.pick(SYSTEMS);
        return {
          kind: 'single',
          id: 'worth-it',
          prompt: `"${s.text}" What would you recommend?`,
          choices: [
            { id: 'cqrs', label: 'A separate read model (CQRS) for this part of the system' },
            { id: 'simpler', label: 'A single model, with a simpler fix if one is needed' },
          ],
          answer: s.answer,
          explanation: s.why,
        };
      },
    },
    {
      id: 'strong-load',
      parameterised: true,
      build(rng) {
        const reads = rng.pick([100, 150, 200, 300]);
        const writes = rng.pick([10, 20, 30, 50]);
        const sim = simulate(
          {
            seed: SIM_SEED,
            durationMs: 10_000,
            writesPerSecond: writes,
            readsPerSecond: reads,
            entities: 100,
            lag: { kind: 'constant', ms: 300 },
            consistency: 'strong',
          },
          { timeline: 'none' },
        );
        const load = roundTo(sim.extra.writeStoreReadsPerSecond, 1);
        return {
          kind: 'numeric',
          id: 'strong-load',
          prompt: `A dashboard serves ${reads} queries per second from its read model, and officers make ${writes} writes per second, each followed by a read-back of the same record. If every read were switched to strong consistency, served by the write store, about how many reads per second would the write store serve? (Within 10%.)`,
          answer: load,
          answerText: `${n(load, 1)} reads per second`,
          units: ['reads per second', 'reads/s', 'per second', '/s', 'reads'],
          tolerance: { rel: 0.1 },
          explanation: `Every dashboard query and every read-back now goes to the write store: ${reads} + ${writes} a second on average. A 10-second simulation with these rates measured ${n(load, 1)} reads per second. That read load is what the read model was there to take away.`,
        };
      },
    },
    {
      id: 'debug-first',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'debug-first',
        prompt:
          "A manager reports that the dashboard shows an employee's old salary, although HR changed it this morning. What do you check first?",
        choices: [
          {
            id: 'versions',
            label: "The record's version in the write model and in the read model, and the projector's lag and backlog",
          },
          { id: 'restart', label: 'Restart the read database' },
          { id: 'reindex', label: 'Rebuild every index of the write store' },
          { id: 'cache', label: 'Ask the manager to clear their browser cache and try again' },
        ],
        answer: 'versions',
        explanation:
          'Comparing versions tells you whether the change was committed, and if so whether it has been projected. Lag and backlog metrics then tell you whether the projector is slow, stopped, or skipped the event.',
      }),
    },
    {
      id: 'costs',
      parameterised: false,
      build: () => ({
        kind: 'multiple',
        id: 'costs',
        prompt: 'Which of these costs come with every CQRS system? Choose all that apply.',
        choices: [
          { id: 'parts', label: 'More moving parts: a bus, projectors and two schemas to evolve together' },
          { id: 'surprises', label: 'Users who sometimes see data older than their last change' },
          { id: 'ops', label: 'Lag and backlog to monitor, and replays to run' },
          { id: 'debugging', label: 'Faults that can sit in any of several steps, seconds apart' },
          { id: 'rewrite', label: 'Rewriting every part of the application at once' },
        ],
        answer: ['parts', 'surprises', 'ops', 'debugging'],
        explanation:
          'Complexity, eventual-consistency surprises, operational work and harder debugging come with the pattern. A full rewrite does not: CQRS is best applied to the one part of a system that needs it.',
      }),
    },
  ],
};
