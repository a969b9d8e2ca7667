/**
 * Public types of the CQRS read-model-lag simulation. `CqrsConfig` and
 * `CqrsResult` are a fixed contract; everything else is additive.
 */
import type { TimelineEntry } from './timeline-types';

export type * from './timeline-types';

/** Propagation lag of the bus between the write model and the projector. */
export type LagConfig =
  | { kind: 'constant'; ms: number }
  | { kind: 'uniform'; minMs: number; maxMs: number }
  | { kind: 'exponential'; meanMs: number };

/** How reads are served; see `simulate` for the exact model of each. */
export type Consistency = 'eventual' | 'read-your-writes' | 'strong';

/** Input of `simulate` (fixed contract). */
export interface CqrsConfig {
  seed: number;
  durationMs: number;
  writesPerSecond: number;
  readsPerSecond: number;
  entities?: number; // default 1
  lag:
    | { kind: 'constant'; ms: number }
    | { kind: 'uniform'; minMs: number; maxMs: number }
    | { kind: 'exponential'; meanMs: number };
  projectorEventsPerSecond?: number; // default: unlimited
  consistency?: 'eventual' | 'read-your-writes' | 'strong'; // default 'eventual'
  faults?: {
    projectorPause?: { atMs: number; forMs: number };
    duplicateRate?: number;
  };
}

/** Output of `simulate` (fixed contract; `CqrsRunResult` adds fields). */
export interface CqrsResult {
  metrics: {
    writes: number;
    reads: number;
    staleReads: number;
    staleReadRatio: number;
    lagMs: { p50: number; p95: number; p99: number; max: number };
    maxBacklog: number;
  };
  timeline: unknown[];
}

/** The contract's metrics block. */
export type CqrsMetrics = CqrsResult['metrics'];

/** A validated config with every default filled in. */
export interface ResolvedCqrsConfig {
  seed: number;
  durationMs: number;
  writesPerSecond: number;
  readsPerSecond: number;
  entities: number;
  lag: LagConfig;
  /** null = unlimited (zero service time). */
  projectorEventsPerSecond: number | null;
  /** Projector service time per delivered copy: 1000 / projectorEventsPerSecond, or 0. */
  serviceMs: number;
  consistency: Consistency;
  projectorPause: { atMs: number; forMs: number } | null;
  duplicateRate: number;
}

/** How much of the timeline `simulate` records. */
export type TimelineMode = 'full' | 'samples' | 'none';

/** Options of `simulate` that change what is recorded, never what happens. */
export interface SimulateOptions {
  /** true/'full' (default): every entry; 'samples': only periodic samples; false/'none': empty. */
  timeline?: boolean | TimelineMode;
}

/** Distribution summary (nearest-rank percentiles); all zeros when empty. */
export interface Summary {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Entity-indexed model state: `version[e]` (0 = never written) and `total[e]`. */
export interface ModelState {
  version: number[];
  total: number[];
}

/** One domain event of the log, as materialised by `eventLog`. */
export interface DomainEvent {
  /** Global sequence number, 0-based, in commit order. */
  seq: number;
  entity: number;
  /** Per-entity version, 1-based. */
  version: number;
  /** The command's amount (1..9), added to the entity's total. */
  amount: number;
  /** The entity's total after this event: events carry full state, which is why skipping older versions is safe. */
  total: number;
  /** Commit time (ms). */
  t: number;
}

/** Columnar event log (index = seq); compact enough for million-event runs. */
export interface EventLog {
  entity: Int32Array;
  version: Int32Array;
  amount: Int32Array;
  total: Float64Array;
  commitMs: Float64Array;
  /** Completion time of the event's first copy at the projector (applied or skipped). */
  visibleMs: Float64Array;
  /** First time the read model's version of the entity reached this event's version. */
  coveredMs: Float64Array;
}

/** Metrics beyond the contract. */
export interface CqrsExtraMetrics {
  /** Time the last copy left the projector: the run drains after durationMs (no new commands or reads). */
  endMs: number;
  sampleIntervalMs: number;
  timelineMode: TimelineMode;
  lagMs: Summary;
  /** How old the missing write was, over stale Poisson reads only. */
  stalenessMs: Summary;
  followUp: {
    reads: number;
    staleReads: number;
    staleReadRatio: number;
    waitMs: Summary;
  };
  /** Reads per second served by the write store (only under 'strong'; follow-up reads included). */
  writeStoreReadsPerSecond: number;
  applied: number;
  duplicatesDelivered: number;
  skippedDuplicates: number;
  skippedOutOfOrder: number;
  maxInFlight: number;
  readModel: ModelState;
  writeModel: ModelState;
}

/** The full output of `simulate`: the contract plus config, extra metrics and the log. */
export interface CqrsRunResult extends CqrsResult {
  timeline: TimelineEntry[];
  config: ResolvedCqrsConfig;
  extra: CqrsExtraMetrics;
  log: EventLog;
}
