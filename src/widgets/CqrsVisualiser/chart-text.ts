/**
 * The charts in words: a one-line summary of each, a headline for the run, and the table
 * alternative of each chart (the samples, thinned to a readable number of rows).
 */
import { backlogPeak, type CqrsRunResult, type SeriesPoint } from '../../domain/cqrs';
import { ms, num, pct, perSecond, seconds } from './format';
import { spreadIndices } from '../shared/chart-scale';
import { CHARTS } from './strings';

/** A chart's table alternative. */
export interface ChartTable {
  caption: string;
  head: string[];
  rows: string[][];
}

/** Rows in a chart's table. */
export const TABLE_ROWS = 21;

/** "p50 lag 54 ms, p95 82 ms, p99 85 ms, max 88 ms, over 398 events." */
export function lagSummary(r: CqrsRunResult): string {
  const m = r.metrics.lagMs;
  return CHARTS.lagSummary(ms(m.p50), ms(m.p95), ms(m.p99), ms(m.max), num(r.metrics.writes));
}

/** "Backlog peaked at 52 events at 9.8 s; up to 7 copies were on the bus at once." */
export function backlogSummary(r: CqrsRunResult): string {
  const peak = backlogPeak(r);
  const bus = CHARTS.busMax(num(r.extra.maxInFlight));
  return `${peak === null ? CHARTS.noBacklog : CHARTS.backlogPeak(num(peak.backlog), seconds(peak.t))} ${bus}`;
}

/** "5.2 % of reads were stale (42 of 810)." plus the writer's own reads or the write store's load. */
export function staleSummary(r: CqrsRunResult): string {
  const m = r.metrics;
  const base = CHARTS.staleSummary(pct(m.staleReadRatio), num(m.staleReads), num(m.reads));
  const f = r.extra.followUp;
  switch (r.config.consistency) {
    case 'eventual':
      return `${base} ${CHARTS.followUpEventual(pct(f.staleReadRatio))}`;
    case 'read-your-writes':
      return `${base} ${CHARTS.followUpRyw(ms(f.waitMs.p50), ms(f.waitMs.p95), pct(f.staleReadRatio))}`;
    case 'strong':
      return `${base} ${CHARTS.strong(perSecond(r.extra.writeStoreReadsPerSecond))}`;
  }
}

/** The run in one line: "p95 lag 420 ms; backlog peaked at 512 events at 9.8 s; 12.4 % of reads were stale". */
export function headline(r: CqrsRunResult): string {
  const peak = backlogPeak(r);
  return CHARTS.headline(
    ms(r.metrics.lagMs.p95),
    peak === null ? CHARTS.noBacklogShort : CHARTS.backlogPeakShort(num(peak.backlog), seconds(peak.t)),
    pct(r.metrics.staleReadRatio),
  );
}

function rows(series: readonly SeriesPoint[], cells: (p: SeriesPoint) => string[]): string[][] {
  return spreadIndices(series.length, TABLE_ROWS).map((i) => {
    const p = series[i] as SeriesPoint;
    return [seconds(p.t), ...cells(p)];
  });
}

const orDash = (v: number | null): string => (v === null ? CHARTS.none : ms(v));

/** The lag chart's table: the percentiles of each interval. */
export function lagTable(series: readonly SeriesPoint[]): ChartTable {
  return {
    caption: CHARTS.lagTableCaption,
    head: [CHARTS.th.time, CHARTS.th.p50, CHARTS.th.p95],
    rows: rows(series, (p) => [orDash(p.lagP50Ms), orDash(p.lagP95Ms)]),
  };
}

/** The backlog chart's table. */
export function backlogTable(series: readonly SeriesPoint[]): ChartTable {
  return {
    caption: CHARTS.backlogTableCaption,
    head: [CHARTS.th.time, CHARTS.th.backlog, CHARTS.th.inFlight, CHARTS.th.paused],
    rows: rows(series, (p) => [num(p.backlog), num(p.inFlight), p.projectorPaused ? CHARTS.yes : CHARTS.no]),
  };
}

/** The stale-read chart's table. */
export function staleTable(series: readonly SeriesPoint[]): ChartTable {
  return {
    caption: CHARTS.staleTableCaption,
    head: [CHARTS.th.time, CHARTS.th.reads, CHARTS.th.stale, CHARTS.th.share],
    rows: rows(series, (p) => [num(p.reads), num(p.staleReads), pct(p.staleRatio)]),
  };
}
