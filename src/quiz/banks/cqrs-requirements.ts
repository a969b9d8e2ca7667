import { backlogAfterPause } from '../../domain/cqrs';
import type { QuizBank } from '../types';
import { EVENT_UNITS, n } from './cqrs-shared';

/** The eight review steps of the course notes, as answer choices. */
const STEPS = [
  { id: 'use-cases', label: '1. Use cases and business needs' },
  { id: 'access-patterns', label: '2. Data access patterns' },
  { id: 'consistency', label: '3. Consistency requirements' },
  { id: 'scalability', label: '4. Scalability and performance goals' },
  { id: 'technology', label: '5. Technology choice' },
  { id: 'synchronisation', label: '6. Synchronisation mechanisms' },
  { id: 'effort', label: '7. Development and maintenance effort' },
  { id: 'risks', label: '8. Risks and mitigation' },
] as const;

type StepId = (typeof STEPS)[number]['id'];

/** Questions a team asks during the review, each belonging to one step. */
const TEAM_QUESTIONS: { text: string; step: StepId }[] = [
  { text: 'Are the people who change HR records different from the people who read the reports?', step: 'use-cases' },
  { text: 'Are our reports much more expensive to run than our updates?', step: 'use-cases' },
  {
    text: 'How many salary changes per second arrive on pay-review day, and how many dashboard queries at month end?',
    step: 'access-patterns',
  },
  { text: 'Are records always found by employee id, or also by team, grade and month?', step: 'access-patterns' },
  {
    text: 'May a team summary be a few seconds old, and must an officer see their own change at once?',
    step: 'consistency',
  },
  { text: 'Must 95% of dashboard pages load in under 300 ms at the month-end peak?', step: 'scalability' },
  { text: 'Would adding read capacity on its own save money compared with one bigger database?', step: 'scalability' },
  { text: 'Which store will hold the read model, and does it support the queries analysts write?', step: 'technology' },
  {
    text: 'How will a change reach the read model, and what happens if a message arrives twice?',
    step: 'synchronisation',
  },
  {
    text: 'Has anyone on the team run a message bus and a projector in production, and who will be on call?',
    step: 'effort',
  },
  {
    text: 'What happens to the reports if the projector stops during the payroll run, and how will we notice?',
    step: 'risks',
  },
];

/** Quiz of the lesson "Reviewing requirements for CQRS". */
export const bank: QuizBank = {
  id: 'cqrs-requirements',
  title: 'Check your understanding',
  questions: [
    {
      id: 'which-step',
      parameterised: true,
      build(rng) {
        const q = rng.pick(TEAM_QUESTIONS);
        const step = STEPS.find((s) => s.id === q.step);
        return {
          kind: 'single',
          id: 'which-step',
          prompt: `During the review, the team asks: "${q.text}" Which of the eight steps does this question belong to?`,
          choices: [...STEPS],
          answer: q.step,
          explanation: `It belongs to step ${step?.label ?? q.step}. Each step should end with answers the team can check: numbers, named screens or named people.`,
        };
      },
    },
    {
      id: 'pause-backlog',
      parameterised: true,
      build(rng) {
        const writes = rng.pick([10, 15, 20, 25, 30, 40]);
        const minutes = rng.pick([1, 2, 3, 5, 10]);
        const backlog = backlogAfterPause(writes, minutes * 60_000);
        return {
          kind: 'numeric',
          id: 'pause-backlog',
          prompt: `Step 8, risks: the team plans for a projector outage of ${minutes} minute${minutes === 1 ? '' : 's'} while officers make ${writes} writes per second. How many events will be waiting for the projector when it restarts?`,
          answer: backlog,
          answerText: `${n(backlog)} events`,
          units: EVENT_UNITS,
          tolerance: { rel: 0.01 },
          explanation: `Every write during the outage waits: ${writes} writes per second × ${n(minutes * 60)} s = ${n(backlog)} events. The plan must say how fast the projector can work through them once it restarts.`,
        };
      },
    },
    {
      id: 'kv-for-writes',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'kv-for-writes',
        prompt: 'A common design puts a key-value store behind the write model. When does that choice fit best?',
        choices: [
          {
            id: 'by-key',
            label: 'When every command changes one record found by its key, and writes must stay fast and available',
          },
          { id: 'reports', label: 'When managers write new ad-hoc reports every quarter' },
          { id: 'cross-record', label: 'When one command must check a rule across many records in a transaction' },
          { id: 'always', label: 'Always: key-value stores are the only stores that accept writes quickly' },
        ],
        answer: 'by-key',
        explanation:
          'A key-value store is fast and highly available for reads and writes by key. It is weak at rules across records and at ad-hoc queries, which is why reports go to a relational read model in the notes.',
      }),
    },
    {
      id: 'opposite-holds',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'opposite-holds',
        prompt: 'In which case is a relational database the better choice for the write model?',
        choices: [
          {
            id: 'budget-rule',
            label:
              "A pay rise may be saved only if the team's total stays within its budget, checked in one transaction",
          },
          { id: 'payslip', label: 'Each employee opens their own payslip by employee id, millions of times a month' },
          { id: 'append-only', label: 'The write side only appends sensor readings and never checks a rule' },
        ],
        answer: 'budget-rule',
        explanation:
          'Rules that span several records need transactions and constraints, which relational databases provide. High-volume lookups by key favour a key-value store or cache, on whichever side they occur.',
      }),
    },
    {
      id: 'eventual-ok',
      parameterised: false,
      build: () => ({
        kind: 'multiple',
        id: 'eventual-ok',
        prompt:
          'Step 3: which of these HR dashboard reads can be served by an eventually consistent read model? Choose all that apply.',
        choices: [
          { id: 'headcount', label: 'The monthly headcount report by department' },
          { id: 'absence-chart', label: 'A chart of absence days per team this year' },
          { id: 'payroll', label: 'The payroll run reading each salary before paying it' },
          { id: 'own-change', label: 'An officer reloading the record they saved a second ago' },
        ],
        answer: ['headcount', 'absence-chart'],
        explanation:
          'Reports and charts tolerate a few seconds of lag. The payroll run needs exact values (read the write model), and an officer reading back their own change needs read-your-writes.',
      }),
    },
  ],
};
