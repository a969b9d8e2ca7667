/**
 * Timeline records for the visualiser: plain, JSON-serialisable objects,
 * sorted by `t` (ms). At equal `t` they keep causal order: a pause/resume
 * marker first, then commit and bus, deliver, project/skip, follow-up and
 * Poisson reads, and last the periodic sample (which sees all of them).
 */

/** Fields shared by entries that concern one copy of an event. */
interface CopyFields {
  /** Copy id: creation order; a duplicate gets its own id. */
  copy: number;
  seq: number;
  entity: number;
  version: number;
  duplicate: boolean;
}

/** A command was accepted and its event committed to the log (command and commit coincide). */
export interface CommitEntry {
  t: number;
  kind: 'commit';
  seq: number;
  entity: number;
  version: number;
  amount: number;
  total: number;
}

/** A copy was put on the bus; it will reach the projector at `arriveAt`. */
export interface BusEntry extends CopyFields {
  t: number;
  kind: 'bus';
  arriveAt: number;
}

/** A copy reached the projector's FIFO queue. */
export interface DeliverEntry extends CopyFields {
  t: number;
  kind: 'deliver';
  sentAt: number;
  /** Backlog just after joining. */
  backlog: number;
}

/** The projector applied a copy: the read model now shows this version. */
export interface ProjectEntry extends CopyFields {
  t: number;
  kind: 'project';
  startedAt: number;
  total: number;
  /** Visible − commit time for this event. */
  lagMs: number;
}

/** The projector discarded a copy whose version was not newer than the read model's. */
export interface SkipEntry extends CopyFields {
  t: number;
  kind: 'skip';
  startedAt: number;
  reason: 'duplicate' | 'out-of-order';
  readVersion: number;
}

/** A read was served (`t`); follow-up reads under read-your-writes may have waited since `issuedAt`. */
export interface ReadEntry {
  t: number;
  kind: 'read';
  entity: number;
  source: 'poisson' | 'follow-up';
  servedBy: 'read-model' | 'write-model';
  issuedAt: number;
  waitMs: number;
  readVersion: number;
  writeVersion: number;
  stale: boolean;
  /** Time since the commit of the oldest write the reader missed; 0 when fresh. */
  stalenessMs: number;
}

/** Periodic sample for charts; counts are cumulative, lag percentiles cover the last interval (null: nothing became visible). */
export interface SampleEntry {
  t: number;
  kind: 'sample';
  backlog: number;
  inFlight: number;
  writes: number;
  applied: number;
  reads: number;
  staleReads: number;
  lagP50Ms: number | null;
  lagP95Ms: number | null;
  projectorPaused: boolean;
}

/** Start or end of the projector-pause fault. */
export interface ProjectorPauseEntry {
  t: number;
  kind: 'projector-pause' | 'projector-resume';
}

/** Every timeline record; the timeline is sorted by `t` (ties keep causal order). */
export type TimelineEntry =
  CommitEntry | BusEntry | DeliverEntry | ProjectEntry | SkipEntry | ReadEntry | SampleEntry | ProjectorPauseEntry;
