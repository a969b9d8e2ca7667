// Times simulate() for about a million events (commands + reads) with the timeline off, and
// writes the timings as JSON to $CQRS_BENCH_OUT. Run by tests/bench/cqrs.bench.mjs through
// tests/bench/cqrs-vitest.config.mjs; not part of the unit tests.
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { simulate, type CqrsConfig } from '../../src/domain/cqrs';

const MILLION: CqrsConfig = {
  seed: 1,
  durationMs: 1_000_000,
  writesPerSecond: 500,
  readsPerSecond: 500,
  entities: 100,
  lag: { kind: 'exponential', meanMs: 50 },
  projectorEventsPerSecond: 1000,
  faults: { duplicateRate: 0.05 },
};
const RUNS = 5;

it('simulates a million events with the timeline off', () => {
  // Warm the JIT with a smaller run first, as a page would have by the time a learner asks.
  simulate({ ...MILLION, durationMs: 100_000 }, { timeline: false });
  const ms: number[] = [];
  const cpuMs: number[] = [];
  let events = 0;
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = simulate(MILLION, { timeline: false });
    ms.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuMs.push((c.user + c.system) / 1000);
    events = r.metrics.writes + r.metrics.reads;
  }
  const out = process.env['CQRS_BENCH_OUT'];
  if (out) writeFileSync(out, JSON.stringify({ ms, cpuMs, events, node: process.version }));
});
