import {
  backlogAfterPause,
  backlogClearTimeMs,
  backlogGrowthPerSecond,
  expectedInFlight,
  meanLagMs,
  replay,
  simulate,
  type DomainEvent,
  type LagConfig,
} from '../../domain/cqrs';
import type { Rng } from '../seed';
import type { QuizBank } from '../types';
import { EVENT_UNITS, n, roundTo, SECOND_UNITS, SIM_SEED } from './cqrs-shared';

/** Three leave-balance events of one employee, each carrying the new balance (full state). */
function leaveEvents(rng: Rng): DomainEvent[] {
  const start = rng.int(20, 30);
  const first = rng.int(1, 5);
  const second = rng.int(1, 5);
  return [
    { seq: 0, entity: 0, version: 1, amount: start, total: start, t: 0 },
    { seq: 1, entity: 0, version: 2, amount: -first, total: start - first, t: 1 },
    { seq: 2, entity: 0, version: 3, amount: -second, total: start - first - second, t: 2 },
  ];
}

/** A delivery order with at-least-once semantics: each event once, in any order, plus one duplicate after its original. */
function deliveries(rng: Rng, events: DomainEvent[]): DomainEvent[] {
  const order = [...events];
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [order[j] as DomainEvent, order[i] as DomainEvent];
  }
  const dup = rng.int(0, order.length - 1);
  order.splice(rng.int(dup + 1, order.length), 0, order[dup] as DomainEvent);
  return order;
}

const days = (d: number) => `${n(d)} day${d === 1 ? '' : 's'}`;

/** Quiz of the lesson "Synchronisation: events, buses and projections". */
export const bank: QuizBank = {
  id: 'cqrs-synchronisation',
  title: 'Check your understanding',
  questions: [
    {
      id: 'backlog-growth',
      parameterised: true,
      build(rng) {
        const writes = rng.pick([40, 50, 60, 80, 100]);
        const capacity = writes - rng.pick([5, 10, 15, 20]);
        const growth = backlogGrowthPerSecond(writes, capacity);
        const sim = simulate(
          {
            seed: SIM_SEED,
            durationMs: 15_000,
            writesPerSecond: writes,
            readsPerSecond: 0,
            entities: 100,
            lag: { kind: 'constant', ms: 100 },
            projectorEventsPerSecond: capacity,
          },
          { timeline: 'none' },
        );
        const text = `${n(growth)} events per second`;
        return {
          kind: 'numeric',
          id: 'backlog-growth',
          prompt: `Writes arrive at ${writes} per second and the projector can apply ${capacity} events per second. How fast does the projector's backlog grow, in events per second?`,
          answer: growth,
          answerText: text,
          units: ['events per second', 'events a second', 'events/s', 'per second', '/s', ...EVENT_UNITS],
          tolerance: { rel: 0.01 },
          explanation: `Writes − capacity = ${writes} − ${capacity} = ${text}. In a simulated 15-second burst the backlog peaked at ${n(sim.metrics.maxBacklog)} events, close to ${n(growth)} × 15 = ${n(growth * 15)}: random arrivals make the real queue wobble around the straight line.`,
        };
      },
    },
    {
      id: 'backlog-clear',
      parameterised: true,
      build(rng) {
        const writes = rng.pick([10, 15, 20, 30]);
        const minutes = rng.pick([1, 2, 5]);
        const capacity = writes + rng.pick([5, 10, 20, 40]);
        const backlog = backlogAfterPause(writes, minutes * 60_000);
        const clearMs = backlogClearTimeMs(backlog, writes, capacity);
        if (clearMs === null) throw new RangeError(`backlog-clear drew capacity ${capacity} <= writes ${writes}`);
        const secs = roundTo(clearMs / 1000, 1);
        return {
          kind: 'numeric',
          id: 'backlog-clear',
          prompt: `A projector with a capacity of ${capacity} events per second stops for a ${minutes}-minute deployment while writes continue at ${writes} per second, before and after. Once it restarts, how many seconds does it take to clear the backlog?`,
          answer: secs,
          answerText: `${n(secs, 1)} s`,
          units: SECOND_UNITS,
          tolerance: { rel: 0.02 },
          explanation: `The pause leaves ${writes} × ${n(minutes * 60)} s = ${n(backlog)} events. Only the spare capacity clears them: ${capacity} − ${writes} = ${n(capacity - writes)} events per second, so ${n(backlog)} / ${n(capacity - writes)} = ${n(secs, 1)} s (about ${n(secs / 60, 1)} minute${secs === 60 ? '' : 's'}).`,
        };
      },
    },
    {
      id: 'in-flight',
      parameterised: true,
      build(rng) {
        const writes = rng.pick([20, 50, 100, 200, 400]);
        const lag: LagConfig = { kind: 'exponential', meanMs: rng.pick([100, 250, 500, 800, 1_500]) };
        const mean = meanLagMs(lag);
        const inFlight = roundTo(expectedInFlight(writes, mean), 1);
        return {
          kind: 'numeric',
          id: 'in-flight',
          prompt: `Writes arrive at ${writes} per second and each event spends a random time on the bus, ${n(mean)} ms on average, before it reaches the projector. On average, how many events are on the bus at any moment?`,
          answer: inFlight,
          answerText: `${n(inFlight, 1)} events`,
          units: EVENT_UNITS,
          tolerance: { rel: 0.02 },
          explanation: `Little's law: events in flight = arrival rate × mean time in flight = ${writes} per second × ${n(mean / 1000, 2)} s = ${n(inFlight, 1)}. They are not a backlog: they are the normal cost of the lag.`,
        };
      },
    },
    {
      id: 'replay-partial',
      parameterised: true,
      build(rng) {
        const events = leaveEvents(rng);
        const delivered = deliveries(rng, events).slice(0, rng.int(2, 4));
        const shown = replay(delivered, 1);
        const balance = shown.total[0] ?? 0;
        const steps = delivered.map((e, i) => {
          const before = replay(delivered.slice(0, i), 1).version[0] ?? 0;
          const verdict =
            e.version > before
              ? 'applied'
              : e.version === before
                ? 'skipped (duplicate)'
                : `skipped (older than v${before})`;
          return `v${e.version} ${verdict}`;
        });
        return {
          kind: 'numeric',
          id: 'replay-partial',
          prompt: `Each event carries an employee's new leave balance: v1 sets it to ${days(events[0]?.total ?? 0)}, v2 to ${days(events[1]?.total ?? 0)}, v3 to ${days(events[2]?.total ?? 0)}. So far the bus has delivered, in this order: ${delivered.map((e) => `v${e.version}`).join(', ')}. The projector applies an event only if its version is newer than the row's. What balance does the read model show now, in days?`,
          answer: balance,
          answerText: days(balance),
          units: ['days', 'day'],
          tolerance: { abs: 0 },
          explanation: `${steps.join('; ')}. The row now holds v${shown.version[0] ?? 0}: ${days(balance)}. Because each event carries the full balance, skipping older versions and duplicates loses nothing.`,
        };
      },
    },
    {
      id: 'idempotent-why',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'idempotent-why',
        prompt: 'Why is it safe for a projector to skip an event whose version is not newer than the row it holds?',
        choices: [
          {
            id: 'full-state',
            label:
              'Each event carries the full new state, so the newer row already contains everything the older event said',
          },
          { id: 'bus-order', label: 'The bus guarantees that events arrive in order, so older events never arrive' },
          { id: 'retry', label: 'The write model will send the skipped event again later' },
        ],
        answer: 'full-state',
        explanation:
          'With full-state events, the newest version supersedes all older ones. Buses do not guarantee order or single delivery; events that carry only changes would need strictly the next version instead.',
      }),
    },
    {
      id: 'outbox',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'outbox',
        prompt:
          'The write model saves a change, then publishes its event as a second step, and crashes in between. Which design prevents the lost event?',
        choices: [
          {
            id: 'outbox',
            label: 'Write the event to an outbox table in the same transaction as the change, and publish from there',
          },
          { id: 'faster', label: 'Use a faster message bus' },
          { id: 'bigger', label: 'Give the projector more capacity' },
        ],
        answer: 'outbox',
        explanation:
          'With an outbox, the change and its event are committed together or not at all; a relay then publishes the outbox, at least once. Bus speed and projector capacity do not help with an event that was never sent.',
      }),
    },
    {
      id: 'event-sourcing',
      parameterised: false,
      build: () => ({
        kind: 'multiple',
        id: 'event-sourcing',
        prompt:
          'What does event sourcing (keeping the events as the source of truth) give the bank? Choose all that apply.',
        choices: [
          { id: 'audit', label: 'A full history of who changed what and when, for auditors' },
          { id: 'rebuild', label: 'The ability to rebuild a read model by replaying the events' },
          { id: 'new-reports', label: 'New reports built from past events, not only from future ones' },
          { id: 'no-lag', label: 'Read models that never lag behind the write model' },
          { id: 'easy-erasure', label: "Easy deletion of an employee's personal data" },
        ],
        answer: ['audit', 'rebuild', 'new-reports'],
        explanation:
          'An event log gives history, replays and new projections over old data. It does not remove the lag, and erasing personal data from an append-only log is harder, not easier (a common answer is deleting a per-person encryption key).',
      }),
    },
  ],
};
