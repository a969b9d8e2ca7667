import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { stateAt } from './state-at';

// No timed assertions (they flake on busy machines); these runs just have to complete.
describe('large runs', () => {
  it('a 200k-event run with the timeline off completes with no per-event timeline', () => {
    const r = simulate(
      {
        seed: 1,
        durationMs: 100_000,
        writesPerSecond: 2000,
        readsPerSecond: 1000,
        entities: 100,
        lag: { kind: 'exponential', meanMs: 50 },
        projectorEventsPerSecond: 2500,
        faults: { duplicateRate: 0.1 },
      },
      { timeline: false },
    );
    expect(r.metrics.writes).toBeGreaterThan(198_000);
    expect(r.metrics.writes).toBeLessThan(202_000);
    expect(r.timeline).toEqual([]);
    expect(r.extra.readModel).toEqual(r.extra.writeModel);
  });

  it('a 10k-event run with the full timeline can be scrubbed end to end', () => {
    const r = simulate({
      seed: 2,
      durationMs: 50_000,
      writesPerSecond: 200,
      readsPerSecond: 100,
      entities: 8,
      lag: { kind: 'uniform', minMs: 50, maxMs: 500 },
      projectorEventsPerSecond: 250,
    });
    expect(r.metrics.writes).toBeGreaterThan(9500);
    let maxBacklog = 0;
    for (let i = 0; i <= 1000; i++) maxBacklog = Math.max(maxBacklog, stateAt(r, (i / 1000) * r.extra.endMs).backlog);
    expect(maxBacklog).toBeLessThanOrEqual(r.metrics.maxBacklog);
  });
});
