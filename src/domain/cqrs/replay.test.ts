import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventLog, replay } from './replay';
import { simulate } from './simulate';
import type { CommitEntry, CqrsConfig, DomainEvent } from './types';

const ev = (seq: number, entity: number, version: number, total: number): DomainEvent => ({
  seq,
  entity,
  version,
  amount: 1,
  total,
  t: seq,
});

describe('replay', () => {
  it('folds events into per-entity version and total', () => {
    expect(replay([ev(0, 0, 1, 3), ev(1, 2, 1, 4), ev(2, 0, 2, 5)])).toEqual({
      version: [2, 0, 1],
      total: [5, 0, 4],
    });
    expect(replay([], 2)).toEqual({ version: [0, 0], total: [0, 0] });
  });

  it('applies only newer versions: order and duplicates do not matter', () => {
    expect(replay([ev(2, 0, 2, 5), ev(0, 0, 1, 3), ev(2, 0, 2, 5)])).toEqual({
      version: [2],
      total: [5],
    });
  });

  it('rejects an event with a bad entity', () => {
    expect(() => replay([ev(0, -1, 1, 1)])).toThrow('event.entity must be an integer >= 0 (received -1 at seq 0)');
  });
});

describe('replay of a simulated log', () => {
  const cfg: CqrsConfig = {
    seed: 8,
    durationMs: 4000,
    writesPerSecond: 150,
    readsPerSecond: 20,
    entities: 6,
    lag: { kind: 'exponential', meanMs: 150 },
    projectorEventsPerSecond: 200,
    faults: { duplicateRate: 0.3, projectorPause: { atMs: 1000, forMs: 800 } },
  };
  const r = simulate(cfg);

  it('eventLog materialises the columnar log exactly as committed', () => {
    const events = eventLog(r);
    const commits = r.timeline.filter((e): e is CommitEntry => e.kind === 'commit');
    expect(events).toEqual(
      commits.map(({ seq, entity, version, amount, total, t }) => ({
        seq,
        entity,
        version,
        amount,
        total,
        t,
      })),
    );
  });

  it('rebuilds the live read model at the end of the run', () => {
    expect(replay(eventLog(r), cfg.entities)).toEqual(r.extra.readModel);
  });

  it('gives the same model for any shuffle of the log with duplicates', () => {
    const events = eventLog(r);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(events, {
          minLength: events.length,
          maxLength: events.length,
        }),
        fc.array(fc.nat(events.length - 1)),
        (shuffled, dups) => {
          const withDups = [...shuffled, ...dups.map((i) => events[i] as DomainEvent)];
          expect(replay(withDups, cfg.entities)).toEqual(r.extra.readModel);
        },
      ),
      { numRuns: 20 },
    );
  });
});
