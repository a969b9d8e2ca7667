import type { QuizBank } from '../types';

/** Operations on the bank's HR dashboard, each a command or a query. */
const OPERATIONS = [
  {
    text: 'Approve three days of leave for an employee in Retail.',
    kind: 'command',
    why: 'It asks for a change, which the write model may refuse if the balance is too low.',
  },
  {
    text: 'Show headcount by department for March.',
    kind: 'query',
    why: 'It only returns data; running it twice changes nothing.',
  },
  {
    text: 'Record a salary change for employee E-10442.',
    kind: 'command',
    why: 'It changes a record and must be checked against the grade band first.',
  },
  {
    text: 'List the contracts that end this quarter.',
    kind: 'query',
    why: 'It filters and returns rows without changing any of them.',
  },
  {
    text: 'Transfer an employee from Retail to Payroll.',
    kind: 'command',
    why: 'It changes where the employee belongs, so it goes to the write model.',
  },
  {
    text: "Look up an employee's current grade.",
    kind: 'query',
    why: 'It reads one record and changes nothing, so the read model can answer it.',
  },
  {
    text: 'Correct a misspelt surname.',
    kind: 'command',
    why: 'Even a small correction is a change: it goes through the write model and produces an event.',
  },
  {
    text: 'Chart absence days per team over the last year.',
    kind: 'query',
    why: 'It aggregates many rows and changes none: the typical job of a read model.',
  },
] as const;

/** Quiz of the lesson "The CQRS pattern". */
export const bank: QuizBank = {
  id: 'cqrs-pattern',
  title: 'Check your understanding',
  questions: [
    {
      id: 'command-or-query',
      parameterised: true,
      build(rng) {
        const op = rng.pick(OPERATIONS);
        return {
          kind: 'single',
          id: 'command-or-query',
          prompt: `On the HR dashboard: "${op.text}" Is this a command or a query?`,
          choices: [
            { id: 'command', label: 'A command: it goes to the write model' },
            { id: 'query', label: 'A query: the read model can answer it' },
          ],
          answer: op.kind,
          explanation: `${op.kind === 'command' ? 'A command.' : 'A query.'} ${op.why}`,
        };
      },
    },
    {
      id: 'flow-order',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'flow-order',
        prompt: 'In a CQRS system, which path does an accepted change take before a query can see it?',
        choices: [
          { id: 'via-projector', label: 'Write model, then event log, then projector, then read model' },
          { id: 'via-query', label: 'Read model, then projector, then write model' },
          { id: 'direct', label: 'The command writes the write model and the read model in one step' },
          { id: 'query-pulls', label: 'The query reads the write model and copies the result into the read model' },
        ],
        answer: 'via-projector',
        explanation:
          'The write model commits the change and records an event; the projector applies the event to the read model, which answers queries. That hand-over is why the read model lags.',
      }),
    },
    {
      id: 'why-separate',
      parameterised: false,
      build: () => ({
        kind: 'multiple',
        id: 'why-separate',
        prompt: 'Which are good reasons to give reads and writes separate models? Choose all that apply.',
        choices: [
          { id: 'shape', label: 'Reports need denormalised shapes that would make safe updates awkward' },
          { id: 'load', label: 'Reads far outnumber writes and peak at different times' },
          { id: 'scale', label: 'Each side can be scaled and stored to suit its own load' },
          { id: 'consistent', label: 'Every read then sees every write immediately' },
          { id: 'no-schema', label: 'The write model no longer needs business rules' },
        ],
        answer: ['shape', 'load', 'scale'],
        explanation:
          'Different shapes, loads and scaling needs are the reasons to separate. Separation makes consistency weaker, not stronger (the read model lags), and the write model keeps every business rule.',
      }),
    },
    {
      id: 'projector-name',
      parameterised: false,
      build: () => ({
        kind: 'text',
        id: 'projector-name',
        prompt: 'What is the name of the process that reads events and updates the read model?',
        accept: ['projector', 'the projector', 'a projector', 'projection', 'a projection', 'projections'],
        answerText: 'The projector',
        explanation: 'A projector runs projections: code that turns each event into changes to read-model rows.',
      }),
    },
    {
      id: 'what-cqrs-needs',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'what-cqrs-needs',
        prompt: 'Which statement about CQRS is true?',
        choices: [
          { id: 'same-db-ok', label: 'The read model can be separate tables or views in the same database' },
          { id: 'needs-es', label: 'CQRS only works with event sourcing' },
          { id: 'two-dbs', label: 'CQRS always needs two different database products' },
          { id: 'whole-system', label: 'CQRS must be applied to every part of an application' },
        ],
        answer: 'same-db-ok',
        explanation:
          'Separate stores, event sourcing and a system-wide split are all optional. Many teams start with read tables in the same database and apply CQRS only where reads and writes really differ.',
      }),
    },
  ],
};
