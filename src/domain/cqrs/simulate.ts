/**
 * Entry point of the CQRS read-model-lag simulation.
 *
 * Model in brief (details in the README-style comments of each module):
 * - Commands: Poisson at writesPerSecond on a uniformly chosen entity,
 *   committed instantly; each appends one event (per-entity version 1, 2, …,
 *   global seq 0, 1, …) carrying the entity's new total.
 * - Bus: each event reaches the projector after a lag drawn from `lag`;
 *   with duplicateRate, a share of events is redelivered once more, one more
 *   lag after the first copy arrived.
 * - Projector: one FIFO server, 1000/projectorEventsPerSecond ms per copy
 *   (duplicates cost service time too), zero when unlimited; nothing
 *   completes during a projector pause. A copy is applied only if its version
 *   is newer than the read model's (idempotent by version); older arrivals
 *   and duplicates are skipped and counted.
 * - Backlog = copies waiting at or being processed by the projector; copies
 *   still on the bus are reported separately as in-flight.
 * - Reads: Poisson at readsPerSecond on a uniform entity. Stale when the
 *   version served is older than the write model's at that instant;
 *   staleness = now − commit time of version (servedVersion + 1).
 * - Follow-up reads: every write is followed by its writer reading the same
 *   entity. 'eventual': served at once from the read model (may be stale).
 *   'read-your-writes': waits until the read model reaches the writer's
 *   version (the wait is measured); it can still be stale w.r.t. later writes
 *   by others. 'strong': every read is served by the write model (never
 *   stale) and the cost is reported as writeStoreReadsPerSecond.
 * - Commands and reads stop at durationMs, then the bus and the projector
 *   drain, so every event has a lag and the final read model equals replay.
 */
import { resolveConfig } from './config';
import { Engine } from './engine';
import { summarise } from './metrics';
import type { CqrsConfig, CqrsRunResult, SimulateOptions, Summary, TimelineMode } from './types';

/** Normalises the timeline option. @throws RangeError for an unknown value. */
export function resolveTimelineMode(value: SimulateOptions['timeline']): TimelineMode {
  if (value === undefined || value === true || value === 'full') return 'full';
  if (value === false || value === 'none') return 'none';
  if (value === 'samples') return 'samples';
  throw new RangeError(`options.timeline must be true, false, 'full', 'samples' or 'none' (received ${String(value)})`);
}

function differences(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = (a[i] as number) - (b[i] as number);
  return out;
}

const ZERO: Summary = { p50: 0, p95: 0, p99: 0, max: 0, mean: 0 };

/**
 * Runs the simulation. Deterministic: the same config (and options) gives a
 * deep-equal result. `options.timeline` changes only what is recorded: use
 * `false` (or 'samples') for large runs, `true` (default) for the visualiser.
 * @throws RangeError for an invalid config, naming the field.
 */
export function simulate(config: CqrsConfig, options: SimulateOptions = {}): CqrsRunResult {
  const cfg = resolveConfig(config);
  const engine = new Engine(cfg, resolveTimelineMode(options.timeline));
  engine.run();
  const { write, read, c } = engine;
  const n = write.count;
  const lag = summarise(differences(write.visibleMs, write.commitMs, n));
  const waits =
    cfg.consistency === 'read-your-writes' ? summarise(differences(write.coveredMs, write.commitMs, n)) : ZERO;
  const seconds = cfg.durationMs / 1000;
  return {
    metrics: {
      writes: n,
      reads: c.reads,
      staleReads: c.staleReads,
      staleReadRatio: c.reads > 0 ? c.staleReads / c.reads : 0,
      lagMs: { p50: lag.p50, p95: lag.p95, p99: lag.p99, max: lag.max },
      maxBacklog: c.maxBacklog,
    },
    timeline: engine.rec.entries,
    config: cfg,
    extra: {
      endMs: Math.max(cfg.durationMs, c.lastT),
      sampleIntervalMs: engine.rec.sampleIntervalMs,
      timelineMode: engine.rec.mode,
      lagMs: lag,
      stalenessMs: summarise(engine.staleness, c.staleReads),
      followUp: {
        reads: c.followUpReads,
        staleReads: c.followUpStale,
        staleReadRatio: c.followUpReads > 0 ? c.followUpStale / c.followUpReads : 0,
        waitMs: waits,
      },
      writeStoreReadsPerSecond: cfg.consistency === 'strong' ? (c.reads + c.followUpReads) / seconds : 0,
      applied: c.applied,
      duplicatesDelivered: c.duplicatesDelivered,
      skippedDuplicates: c.skippedDuplicates,
      skippedOutOfOrder: c.skippedOutOfOrder,
      maxInFlight: c.maxInFlight,
      readModel: read.state(),
      writeModel: write.state(),
    },
    log: write.log(),
  };
}
