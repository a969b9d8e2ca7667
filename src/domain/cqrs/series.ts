/**
 * Chart series derived from a run, for the visualiser: every number a chart plots comes from
 * here, so the widget only scales and draws. All read what `simulate` recorded; none re-runs it.
 */
import type { CqrsRunResult, SampleEntry } from './types';

/** One periodic sample with the ratios a chart needs. */
export interface SeriesPoint {
  t: number;
  backlog: number;
  inFlight: number;
  writes: number;
  applied: number;
  reads: number;
  staleReads: number;
  /** Stale share of the Poisson reads served so far (0 before the first read). */
  staleRatio: number;
  /** Lag percentiles of the events that became visible during the interval ending at t (null: none did). */
  lagP50Ms: number | null;
  lagP95Ms: number | null;
  projectorPaused: boolean;
}

/** The run's periodic samples (empty with the timeline off), each with its stale ratio so far. */
export function sampleSeries(result: Pick<CqrsRunResult, 'timeline'>): SeriesPoint[] {
  const out: SeriesPoint[] = [];
  for (const e of result.timeline) {
    if (e.kind !== 'sample') continue;
    out.push(point(e));
  }
  return out;
}

function point(s: SampleEntry): SeriesPoint {
  return {
    t: s.t,
    backlog: s.backlog,
    inFlight: s.inFlight,
    writes: s.writes,
    applied: s.applied,
    reads: s.reads,
    staleReads: s.staleReads,
    staleRatio: s.reads > 0 ? s.staleReads / s.reads : 0,
    lagP50Ms: s.lagP50Ms,
    lagP95Ms: s.lagP95Ms,
    projectorPaused: s.projectorPaused,
  };
}

/**
 * When the backlog first reached its maximum (`metrics.maxBacklog`): found among the deliveries
 * of a full timeline, or (coarser) among the samples; null when the backlog never rose above 0
 * or the timeline is off.
 */
export function backlogPeak(
  result: Pick<CqrsRunResult, 'timeline' | 'metrics'>,
): { backlog: number; t: number } | null {
  const max = result.metrics.maxBacklog;
  if (max === 0) return null;
  let sampled: { backlog: number; t: number } | null = null;
  for (const e of result.timeline) {
    if (e.kind === 'deliver' && e.backlog === max) return { backlog: max, t: e.t };
    if (e.kind === 'sample' && (sampled === null || e.backlog > sampled.backlog))
      sampled = { backlog: e.backlog, t: e.t };
  }
  return sampled !== null && sampled.backlog > 0 ? sampled : null;
}

/** One event's lag, placed at the instant it became visible. */
export interface LagPoint {
  /** When the event's first copy left the projector (ms). */
  t: number;
  /** Visible − commit (ms). */
  lagMs: number;
  seq: number;
}

/**
 * Per-event lags in order of visibility, thinned to at most `maxPoints` by keeping every k-th
 * event (plus the one with the largest lag, so the worst case is always drawn).
 */
export function lagPoints(result: Pick<CqrsRunResult, 'log'>, maxPoints = 2000): LagPoint[] {
  const { visibleMs, commitMs } = result.log;
  const n = visibleMs.length;
  if (n === 0 || maxPoints < 1) return [];
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (visibleMs[a] as number) - (visibleMs[b] as number) || a - b,
  );
  const lag = (i: number): number => (visibleMs[i] as number) - (commitMs[i] as number);
  let worst = 0;
  for (let i = 1; i < n; i++) if (lag(i) > lag(worst)) worst = i;
  const stride = Math.max(1, Math.ceil(n / maxPoints));
  const out: LagPoint[] = [];
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    if (k % stride === 0 || i === worst) out.push({ t: visibleMs[i] as number, lagMs: lag(i), seq: i });
  }
  return out;
}
