/**
 * Chart geometry: scales the chart's data into SVG coordinates for a given width, so the SVG
 * is drawn at the size it is shown (text stays readable at 320 px) and the .tsx only draws.
 */
import { formatGB, formatMoney } from '../../domain/egress';
import type { ChartData } from './view-model';
import { niceCeil } from '../shared/chart-scale';

/** Everything the SVG needs, in pixels. */
export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Path of the cost without strategies, and with them (null when no strategy is used). */
  without: string;
  with: string | null;
  /** Vertical lines where the price per GB changes. */
  boundaries: number[];
  xTicks: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  /** Gridlines of the cost axis; the zero line has no label (the volume axis starts there). */
  yTicks: { y: number; label: string }[];
  /** The scenario's point, and a guide line down to the volume axis. */
  marker: { x: number; y: number };
}

/** The chart's height in pixels (the width follows the page). */
export const CHART_HEIGHT = 260;
const PAD = { left: 8, right: 12, top: 24, bottom: 36 };

/**
 * A round step for about `parts` intervals up to `value`: the first of 1, 2, 5 x 10^k at or
 * above value / parts, and never below `least` (a penny on the cost axis).
 */
export function niceStep(value: number, parts: number, least = 0): number {
  return niceCeil(Math.max(value / parts, least, Number.MIN_VALUE), [1, 2, 5]);
}

/** Tick values 0, step, 2 x step ... up to `top`, each rounded to clean decimals. */
function ticks(step: number, top: number): number[] {
  const out: number[] = [];
  for (let i = 0; i * step <= top * (1 + 1e-12); i += 1) out.push(Number((i * step).toPrecision(12)));
  return out;
}

const f = (n: number): string => (Math.round(n * 10) / 10).toString();

// The chart's frame (axes, ticks, curves) depends on the curve, not on the scenario's own point:
// a volume step inside the chart's range moves only the marker, so the frame is remembered per
// curve (the curves themselves are cached in curve.ts, so their identity is stable).
type Frame = Omit<ChartGeometry, 'marker'> & { top: number; maxGB: number };
const frames = new WeakMap<ChartData['points'], { highest: number; byKey: Map<string, Frame> }>();

/** Lays the chart out for `width` pixels (clamped to 280..760). */
export function chartGeometry(data: ChartData, requestedWidth: number): ChartGeometry {
  const width = Math.min(760, Math.max(280, Math.round(requestedWidth)));
  let entry = frames.get(data.points);
  if (entry === undefined) {
    entry = { highest: Math.max(...data.points.map((p) => Math.max(p.with, p.without))), byKey: new Map() };
    frames.set(data.points, entry);
  }
  const highest = Math.max(data.current.with, data.current.without, entry.highest);
  const key = `${width}|${highest}|${data.maxGB}|${data.unit}|${data.currency}|${data.strategies}`;
  let frame = entry.byKey.get(key);
  if (frame === undefined) {
    frame = frameOf(data, width, highest);
    if (entry.byKey.size > 8) entry.byKey.clear();
    entry.byKey.set(key, frame);
  }
  const { top, maxGB, plot, ...rest } = frame;
  const x = (gb: number): number => plot.left + (gb / maxGB) * (plot.right - plot.left);
  const y = (cost: number): number => plot.bottom - (cost / top) * (plot.bottom - plot.top);
  const current = data.strategies ? data.current.with : data.current.without;
  return { ...rest, plot, marker: { x: x(Math.min(data.current.gb, maxGB)), y: y(current) } };
}

/** Everything but the marker. */
function frameOf(data: ChartData, width: number, highest: number): Frame {
  const height = CHART_HEIGHT;
  const plot = { left: PAD.left, right: width - PAD.right, top: PAD.top, bottom: height - PAD.bottom };
  const yStep = niceStep(highest, 4, 0.01);
  const top = Math.max(yStep, yStep * Math.ceil(highest / yStep - 1e-9));
  const maxGB = data.maxGB > 0 ? data.maxGB : 1;
  const x = (gb: number): number => plot.left + (gb / maxGB) * (plot.right - plot.left);
  const y = (cost: number): number => plot.bottom - (cost / top) * (plot.bottom - plot.top);
  const path = (pick: (p: ChartData['points'][number]) => number): string =>
    data.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${f(x(p.gb))} ${f(y(pick(p)))}`).join(' ');
  // Fewer volume labels on a phone, so they never overlap.
  const xTicks = ticks(niceStep(maxGB, width < 480 ? 2 : 4), maxGB).map((gb, i) => {
    const at = x(gb);
    const anchor: 'start' | 'middle' | 'end' = i === 0 ? 'start' : at > plot.right - 40 ? 'end' : 'middle';
    const label = formatGB(gb);
    return { x: at, label: data.unit === 'GiB' ? label.replace(/ GB$/, ' GiB') : label, anchor };
  });
  const yTicks = ticks(yStep, top).map((cost) => ({
    y: y(cost),
    label: cost === 0 ? '' : formatMoney(cost, data.currency),
  }));
  return {
    width,
    height,
    plot,
    top,
    maxGB,
    without: path((p) => p.without),
    with: data.strategies ? path((p) => p.with) : null,
    boundaries: data.points.filter((p) => p.boundary).map((p) => x(p.gb)),
    xTicks,
    yTicks,
  };
}
