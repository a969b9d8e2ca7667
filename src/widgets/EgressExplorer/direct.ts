/**
 * A slider step written straight into the few nodes it changes (issue 9: "with direct updates of
 * the few nodes a step changes, reach at most 1.25x the floor"). While a slider moves, each step
 * asks the same view model as the island (so every figure still comes from the domain), then
 * sets the slider's spoken value, its text box, both totals, the comparison, the marker, its
 * guide and the curves. Preact draws the resting state once the slider has rested (EgressExplorer
 * dispatches it), and with it the working, the bill table and the announcement, as before.
 * Whenever a step would change anything else (the chart's axes, another field, a message), it is
 * not taken here: the island renders it the usual way.
 */
import { chartGeometry, type ChartGeometry } from './chart';
import { contextOf, fieldView, type ExplorerState } from './state';
import type { NumberFieldId } from './types';
import { explorerView, type ExplorerView } from './view-model';

/** What the page shows now: the state, its view, and the chart drawn from it. */
export interface Shown {
  readonly state: ExplorerState;
  readonly view: ExplorerView;
}

const geometries = new WeakMap<ExplorerView['chart'], Map<number, ChartGeometry>>();
/** The chart's geometry of a view at a width, computed once. */
function geometryOf(view: ExplorerView, width: number): ChartGeometry {
  const byWidth = geometries.get(view.chart) ?? new Map<number, ChartGeometry>();
  geometries.set(view.chart, byWidth);
  const hit = byWidth.get(width);
  if (hit) return hit;
  const g = chartGeometry(view.chart, width);
  byWidth.set(width, g);
  return g;
}

/** What a step must leave alone for the direct path: axes, gridlines, boundaries, which curves. */
const frameOf = (g: ChartGeometry): string =>
  JSON.stringify([g.width, g.boundaries, g.xTicks, g.yTicks, g.with === null]);

/**
 * Writes the step from `shown` to `next` (a slide of `field`) into the island under `root`, and
 * returns what the page shows now; or null, having changed nothing, when the step needs the
 * island to render (see the file's comment).
 */
export function directStep(
  root: HTMLElement,
  uid: string,
  shown: Shown,
  next: ExplorerState,
  field: NumberFieldId,
  width: number,
): Shown | null {
  if (Object.keys(next.errors).length > 0 || Object.keys(shown.state.errors).length > 0) return null;
  if (next.kind !== shown.state.kind || next.pricing !== shown.state.pricing || next.unit !== shown.state.unit)
    return null;
  // Another field's slider and text follow only from its own value and this context (the price
  // list's unit, capacity and currency): when the context stays, only the moved field changes.
  const ctxBefore = contextOf(shown.state, shown.state.good.flatPrice);
  const ctxAfter = contextOf(next, next.good.flatPrice);
  if (
    ctxBefore.capGB !== ctxAfter.capGB ||
    ctxBefore.currency !== ctxAfter.currency ||
    ctxBefore.unit !== ctxAfter.unit
  )
    return null;
  const view = explorerView(next.good);
  const before = geometryOf(shown.view, width);
  const after = geometryOf(view, width);
  if (frameOf(before) !== frameOf(after)) return null;
  if ((view.comparison === null) !== (shown.view.comparison === null)) return null;

  const q = <T extends Element>(selector: string): T | null => root.querySelector<T>(selector);
  const box = q<HTMLInputElement>(`[id="${uid}-${field}"]`);
  const range = q<HTMLInputElement>(`input[type="range"][aria-labelledby="${uid}-${field}-label"]`);
  const monthly = q('[data-testid="egx-monthly"]');
  const yearly = q('[data-testid="egx-yearly"]');
  const comparison = q('.egx-comparison');
  const marker = q('.egx-marker');
  const guide = q('.egx-guide');
  const main = q('.egx-line-main');
  const without = q('.egx-line-without');
  const first = comparison?.firstChild;
  const verdict = comparison?.querySelector('strong')?.firstChild;
  if (!box || !range || !monthly || !yearly || !marker || !guide || !main) return null;
  // Text is changed in the text node Preact made, never replaced: Preact keeps a reference to
  // that node and writes the resting state into it later.
  const monthlyText = monthly.firstChild;
  const yearlyText = yearly.firstChild;
  if (!(monthlyText instanceof Text) || !(yearlyText instanceof Text)) return null;
  if (view.comparison && (!(first instanceof Text) || !(verdict instanceof Text))) return null;
  if (after.with !== null && !without) return null;

  // Only what differs is written: setting an attribute to its own value still costs a repaint.
  const attr = (el: Element | null, name: string, value: string) => {
    if (el && el.getAttribute(name) !== value) el.setAttribute(name, value);
  };
  const text = (node: Text, value: string) => {
    if (node.data !== value) node.data = value;
  };
  const v = fieldView(next, field);
  if (box.value !== v.text) box.value = v.text;
  if (range.value !== String(v.position)) range.value = String(v.position);
  attr(range, 'aria-valuetext', v.valueText);
  text(monthlyText, view.monthly);
  text(yearlyText, view.yearly);
  if (view.comparison && first instanceof Text && verdict instanceof Text) {
    text(first, view.comparison.without);
    text(verdict, view.comparison.verdict);
  }
  attr(marker, 'cx', String(after.marker.x));
  attr(marker, 'cy', String(after.marker.y));
  attr(guide, 'x1', String(after.marker.x));
  attr(guide, 'x2', String(after.marker.x));
  attr(guide, 'y1', String(after.marker.y));
  if (after.with !== null) {
    attr(without, 'd', after.without);
    attr(main, 'd', after.with);
  } else attr(main, 'd', after.without);
  return { state: next, view };
}
