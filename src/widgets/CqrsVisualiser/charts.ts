/**
 * The three charts (lag, backlog, stale reads) laid out for a given width: axes, paths, the
 * percentile lines and the projector pause, in pixels. The numbers are the domain's
 * (`sampleSeries`, `lagPoints`, `backlogPeak`, metrics); this file scales them.
 */
import { backlogPeak, lagPoints, sampleSeries, type CqrsRunResult, type SeriesPoint } from '../../domain/cqrs';
import { ms, num, pct, seconds } from './format';
import { linear, niceCeil, r1, ticks } from '../shared/chart-scale';
import { CHARTS } from './strings';

/** A chart's drawing area and axes. */
export interface ChartFrame {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  yTicks: { y: number; label: string }[];
  /** The projector pause as an x range, or null. */
  pause: { x1: number; x2: number } | null;
  /** Run time → x; used for the cursor. */
  endMs: number;
}

/** One drawn series. */
export interface ChartPath {
  id: string;
  d: string;
  /** Legend text. */
  label: string;
}

/** A horizontal reference line (a percentile of the whole run). */
export interface HLine {
  id: string;
  y: number;
  label: string;
}

/** A chart ready to draw. */
export interface ChartGeometry extends ChartFrame {
  paths: ChartPath[];
  hlines: HLine[];
  marker: { x: number; y: number; label: string } | null;
}

/** Chart height in pixels (the width follows the box). */
export const CHART_HEIGHT = 170;
/** Chart height in the compact (projector) layout, where three charts sit beside the picture. */
export const COMPACT_CHART_HEIGHT = 96;
const PAD = { left: 52, right: 10, top: 10, bottom: 26 };

/** The x of run time `t` in a chart (clamped to the plot). */
export function xAt(frame: ChartFrame, t: number): number {
  const x = linear(0, frame.endMs, frame.plot.left, frame.plot.right)(Math.min(Math.max(t, 0), frame.endMs));
  return r1(x);
}

/**
 * The veil over the part of a chart still to come: its left edge (the cursor) sits at run time
 * `t`. Placed in percentages of the drawing, so it follows the SVG when the page scales it.
 */
export function veilOf(frame: ChartFrame, t: number): { x: number; style: string } {
  const x = xAt(frame, t);
  const pct = (v: number, of: number): string => `${Math.round((v / of) * 10_000) / 100}%`;
  return {
    x,
    style: `transform:translateX(${pct(x, frame.width)});top:${pct(frame.plot.top, frame.height)};height:${pct(frame.plot.bottom - frame.plot.top, frame.height)}`,
  };
}

function frame(
  result: CqrsRunResult,
  width: number,
  top: number,
  label: (v: number) => string,
  height: number,
): ChartFrame & { y: (v: number) => number; x: (t: number) => number } {
  const w = Math.min(880, Math.max(280, Math.round(width)));
  const h = Math.min(400, Math.max(80, Math.round(Number.isFinite(height) ? height : CHART_HEIGHT)));
  const plot = { left: PAD.left, right: w - PAD.right, top: PAD.top, bottom: h - PAD.bottom };
  const endMs = result.extra.endMs;
  const x = linear(0, endMs, plot.left, plot.right);
  const y = linear(0, top, plot.bottom, plot.top);
  const n = w < 480 ? 2 : 4;
  const xTicks = ticks(endMs, n).map((t, i) => ({
    x: r1(x(t)),
    label: seconds(t),
    anchor: (i === 0 ? 'start' : i === n ? 'end' : 'middle') as 'start' | 'middle' | 'end',
  }));
  const yTicks = ticks(top, 2).map((v) => ({ y: r1(y(v)), label: label(v) }));
  const p = result.config.projectorPause;
  const pause =
    p !== null && p.forMs > 0
      ? { x1: r1(x(Math.min(p.atMs, endMs))), x2: r1(x(Math.min(p.atMs + p.forMs, endMs))) }
      : null;
  return { width: w, height: h, plot, xTicks, yTicks, pause, endMs, x, y };
}

/** A polyline through the points, broken where a value is null. */
function line(
  points: readonly SeriesPoint[],
  pick: (p: SeriesPoint) => number | null,
  x: (t: number) => number,
  y: (v: number) => number,
): string {
  let out = '';
  let pen = false;
  for (const p of points) {
    const v = pick(p);
    if (v === null) {
      pen = false;
      continue;
    }
    out += `${pen ? 'L' : 'M'}${r1(x(p.t))} ${r1(y(v))}`;
    pen = true;
  }
  return out;
}

/** Most per-event lag dots drawn. */
export const MAX_LAG_POINTS = 1500;

/** Lag of every event (thinned), the interval p95 from the samples, and the run's p50/p95/p99. */
export function lagChart(
  result: CqrsRunResult,
  width: number,
  series = sampleSeries(result),
  height = CHART_HEIGHT,
): ChartGeometry {
  const m = result.metrics.lagMs;
  const f = frame(result, width, niceCeil(m.max), ms, height);
  const dots = lagPoints(result, MAX_LAG_POINTS)
    .map((p) => `M${r1(f.x(p.t) - 1.5)} ${r1(f.y(p.lagMs) - 1.5)}h3v3h-3z`)
    .join('');
  return {
    ...f,
    paths: [
      { id: 'events', d: dots, label: CHARTS.lagEvents },
      { id: 'interval', d: line(series, (p) => p.lagP95Ms, f.x, f.y), label: CHARTS.lagInterval },
    ],
    hlines: [
      { id: 'p50', y: r1(f.y(m.p50)), label: CHARTS.pLine('p50', ms(m.p50)) },
      { id: 'p95', y: r1(f.y(m.p95)), label: CHARTS.pLine('p95', ms(m.p95)) },
      { id: 'p99', y: r1(f.y(m.p99)), label: CHARTS.pLine('p99', ms(m.p99)) },
    ],
    marker: null,
  };
}

/** Backlog at the projector and copies on the bus over time, with the backlog's peak. */
export function backlogChart(
  result: CqrsRunResult,
  width: number,
  series = sampleSeries(result),
  height = CHART_HEIGHT,
): ChartGeometry {
  const top = niceCeil(Math.max(result.metrics.maxBacklog, result.extra.maxInFlight));
  const f = frame(result, width, top, (v) => num(v, 1), height);
  const peak = backlogPeak(result);
  return {
    ...f,
    paths: [
      { id: 'backlog', d: line(series, (p) => p.backlog, f.x, f.y), label: CHARTS.backlogLine },
      { id: 'inflight', d: line(series, (p) => p.inFlight, f.x, f.y), label: CHARTS.inFlightLine },
    ],
    hlines: [],
    marker:
      peak === null
        ? null
        : { x: r1(f.x(peak.t)), y: r1(f.y(peak.backlog)), label: CHARTS.peak(num(peak.backlog), seconds(peak.t)) },
  };
}

/** Share of reads served stale so far, with the run's final share. */
export function staleChart(
  result: CqrsRunResult,
  width: number,
  series = sampleSeries(result),
  height = CHART_HEIGHT,
): ChartGeometry {
  const ratio = result.metrics.staleReadRatio;
  const top = Math.min(1, niceCeil(Math.max(ratio, ...series.map((p) => p.staleRatio))));
  const f = frame(result, width, top, pct, height);
  return {
    ...f,
    paths: [{ id: 'stale', d: line(series, (p) => p.staleRatio, f.x, f.y), label: CHARTS.staleLine }],
    hlines: [{ id: 'final', y: r1(f.y(ratio)), label: CHARTS.finalStale(pct(ratio)) }],
    marker: null,
  };
}
