import {
  expectedStaleRatioConstantLag,
  meanLagMs,
  simulate,
  type CqrsRunResult,
  type LagConfig,
  type SampleEntry,
} from '../../domain/cqrs';
import type { QuizBank } from '../types';
import { n, roundTo, SIM_SEED } from './cqrs-shared';

const PERCENT_UNITS = ['%', 'per cent', 'percent'];

/** Screens of the HR system and the cheapest strategy that serves them correctly. */
const SCREENS = [
  {
    text: 'Managers browse a chart of absence days per team.',
    answer: 'eventual',
    why: 'A chart that is a few seconds behind harms nobody, so the cheapest strategy is enough.',
  },
  {
    text: "An analyst exports last quarter's staff turnover figures.",
    answer: 'eventual',
    why: 'The figures describe last quarter; a lag of seconds cannot change them in any way that matters.',
  },
  {
    text: 'An employee updates their home address and is taken to their profile page.',
    answer: 'read-your-writes',
    why: 'The employee must see their own change, or they will think it was lost; other readers can wait.',
  },
  {
    text: "An officer approves leave and returns to the employee's leave page.",
    answer: 'read-your-writes',
    why: 'The officer must see the approval they just made; other managers can see it a moment later.',
  },
  {
    text: 'The payroll run reads each salary just before paying it.',
    answer: 'strong',
    why: 'Paying from a stale salary costs real money, so payroll reads the write model.',
  },
  {
    text: "A payment is released only after checking that the employee's bank details are current.",
    answer: 'strong',
    why: 'A stale read here could send money to an old account, so the check must read the latest version.',
  },
] as const;

/**
 * The stale-read ratio of a run after its warm-up: a run starts with no recent writes, so reads in
 * its first `fromMs` are fresher than in steady state. Uses the cumulative counts of the samples.
 */
function steadyStaleRatio(run: CqrsRunResult, fromMs: number): { ratio: number; reads: number } {
  const samples = run.timeline.filter((e): e is SampleEntry => e.kind === 'sample');
  const start = samples.find((e) => e.t >= fromMs);
  const end = samples[samples.length - 1];
  if (start === undefined || end === undefined) return { ratio: run.metrics.staleReadRatio, reads: run.metrics.reads };
  const reads = end.reads - start.reads;
  return { ratio: reads > 0 ? (end.staleReads - start.staleReads) / reads : 0, reads };
}

/** Quiz of the lesson "Consistency: eventual, read-your-writes, strong". */
export const bank: QuizBank = {
  id: 'cqrs-consistency',
  title: 'Check your understanding',
  questions: [
    {
      id: 'stale-share',
      parameterised: true,
      build(rng) {
        // Draw until the share is between 5% and 70%: a ±2-point tolerance then means something.
        let writes = 30;
        let entities = 600;
        let lagMs = 2_000;
        let ratio = expectedStaleRatioConstantLag(writes, entities, lagMs);
        for (let i = 0; i < 20; i++) {
          const w = rng.pick([20, 30, 40, 60, 80, 120]);
          const e = rng.pick([100, 200, 300, 600, 1_000]);
          const l = rng.pick([500, 1_000, 1_500, 2_000, 3_000, 5_000]);
          const r = expectedStaleRatioConstantLag(w, e, l);
          if (r >= 0.05 && r <= 0.7) {
            [writes, entities, lagMs, ratio] = [w, e, l, r];
            break;
          }
        }
        const pct = roundTo(ratio * 100, 1);
        const sim = simulate(
          {
            seed: SIM_SEED,
            durationMs: 20_000,
            writesPerSecond: writes,
            readsPerSecond: 120,
            entities,
            lag: { kind: 'constant', ms: lagMs },
          },
          { timeline: 'samples' },
        );
        const measured = steadyStaleRatio(sim, lagMs);
        const x = (writes * lagMs) / 1000 / entities;
        return {
          kind: 'numeric',
          id: 'stale-share',
          prompt: `Writes arrive at random, ${writes} per second, spread evenly over ${n(entities)} records. Every event reaches the read model exactly ${n(lagMs)} ms after its commit, and the projector keeps up. Reads pick records evenly. Roughly what percentage of reads is stale? (Within 2 percentage points.)`,
          answer: pct,
          answerText: `${n(pct, 1)}%`,
          units: PERCENT_UNITS,
          tolerance: { abs: 2 },
          explanation: `λL/E = ${writes} × ${n(lagMs / 1000, 1)} s / ${n(entities)} = ${n(x, 3)}, and 1 − e^(−${n(x, 3)}) ≈ ${n(pct, 1)}%. A 20-second simulation with the same settings found ${n(measured.ratio * 100, 1)}% of ${n(measured.reads)} reads stale once its first ${n(lagMs / 1000, 1)} s had passed: in a run this short, random arrivals scatter the measurement by a few points around the formula.`,
        };
      },
    },
    {
      id: 'ryw-wait',
      parameterised: true,
      build(rng) {
        const minMs = rng.pick([100, 200, 300, 500]);
        const maxMs = minMs + rng.pick([200, 400, 600, 1_000, 1_500]);
        const lag: LagConfig = { kind: 'uniform', minMs, maxMs };
        const mean = meanLagMs(lag);
        const sim = simulate(
          {
            seed: SIM_SEED,
            durationMs: 20_000,
            writesPerSecond: 20,
            readsPerSecond: 0,
            entities: 200,
            lag,
            consistency: 'read-your-writes',
          },
          { timeline: 'none' },
        );
        return {
          kind: 'numeric',
          id: 'ryw-wait',
          prompt: `The read side offers read-your-writes. Each event's lag is random, evenly spread between ${n(minMs)} ms and ${n(maxMs)} ms, and the projector keeps up. On average, how long does a writer wait before the read-back of their own change returns? (In ms, within 10%.)`,
          answer: mean,
          answerText: `${n(mean)} ms`,
          units: ['milliseconds', 'ms'],
          tolerance: { rel: 0.1 },
          explanation: `The writer waits until their own event reaches the read model, so the wait is about the mean lag: (${n(minMs)} + ${n(maxMs)}) / 2 = ${n(mean)} ms. A simulation of ${n(sim.extra.followUp.reads)} writes measured a mean wait of ${n(sim.extra.followUp.waitMs.mean)} ms: random lags scatter the measurement, and a newer write by someone else that arrives first can end a wait early.`,
        };
      },
    },
    {
      id: 'eventual-readback',
      parameterised: false,
      build() {
        const sim = simulate(
          {
            seed: SIM_SEED,
            durationMs: 10_000,
            writesPerSecond: 20,
            readsPerSecond: 0,
            entities: 200,
            lag: { kind: 'constant', ms: 500 },
          },
          { timeline: 'none' },
        );
        const share = sim.extra.followUp.staleReadRatio;
        const answer = share > 0.95 ? 'always' : share > 0.3 ? 'often' : share > 0 ? 'rarely' : 'never';
        return {
          kind: 'single',
          id: 'eventual-readback',
          prompt:
            'Reads are eventually consistent and every event takes 500 ms to reach the read model. An officer saves a change and the page immediately reloads the same record from the read model. How often does the officer see the old value?',
          choices: [
            { id: 'always', label: 'Every time' },
            { id: 'often', label: 'Often, but not every time' },
            { id: 'rarely', label: 'Rarely' },
            { id: 'never', label: 'Never' },
          ],
          answer,
          explanation: `The reload happens before the 500 ms lag is over, so the read model still holds the previous version. In a simulation, ${n(share * 100, 1)}% of ${n(sim.extra.followUp.reads)} immediate read-backs were stale. Read-your-writes exists for exactly this case.`,
        };
      },
    },
    {
      id: 'choose-strategy',
      parameterised: true,
      build(rng) {
        const s = rng.pick(SCREENS);
        return {
          kind: 'single',
          id: 'choose-strategy',
          prompt: `"${s.text}" Which is the cheapest read strategy that serves this screen correctly?`,
          choices: [
            { id: 'eventual', label: 'Eventual consistency' },
            { id: 'read-your-writes', label: 'Read-your-writes' },
            { id: 'strong', label: 'Strong consistency' },
          ],
          answer: s.answer,
          explanation: s.why,
        };
      },
    },
    {
      id: 'percentile-meaning',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'percentile-meaning',
        prompt: 'A dashboard shows "lag p95: 1.2 s". What does that mean?',
        choices: [
          { id: 'p95', label: '95% of changes became visible within 1.2 s; 5% took longer' },
          { id: 'mean', label: 'The average change took 1.2 s to become visible' },
          { id: 'stale', label: '95% of reads are at most 1.2 s stale' },
          { id: 'max', label: 'No change ever takes longer than 1.2 s' },
        ],
        answer: 'p95',
        explanation:
          'A percentile of the lag describes events: p95 is the lag that 95% of events beat. One event in twenty is slower, and the p99 and the maximum tell you how much slower.',
      }),
    },
    {
      id: 'staleness-measures',
      parameterised: false,
      build: () => ({
        kind: 'multiple',
        id: 'staleness-measures',
        prompt: 'Which of these measure how stale a read model is? Choose all that apply.',
        choices: [
          { id: 'ratio', label: 'The share of reads that returned an older version than the write model held' },
          { id: 'age', label: 'How long ago the change a stale read missed was committed' },
          { id: 'lag', label: 'Percentiles of the time from commit to visible in the read model' },
          { id: 'writes', label: 'The number of writes per second' },
          { id: 'size', label: 'The size of the read database in GB' },
        ],
        answer: ['ratio', 'age', 'lag'],
        explanation:
          'The stale-read ratio, the staleness age and the lag percentiles describe staleness. The write rate drives staleness but does not measure it, and the size of the store says nothing about it.',
      }),
    },
    {
      id: 'strong-cost',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'strong-cost',
        prompt: 'What is the main cost of serving every read with strong consistency in a CQRS system?',
        choices: [
          { id: 'write-load', label: 'The reads land on the write store, which CQRS was meant to protect' },
          { id: 'stale', label: 'Readers see older data than under eventual consistency' },
          { id: 'lost', label: 'Some writes are lost' },
        ],
        answer: 'write-load',
        explanation:
          'Strong reads come from the write model (or wait for every pending change), so nobody sees stale data, but the read load moves back to the write side. Keep strong reads for the few cases that need them.',
      }),
    },
  ],
};
