/**
 * The table view of a run: its settings and its outcome as label/value rows. The build uses it
 * for the page without JavaScript; the island uses it for the results table.
 */
import { simulate, type CqrsConfig, type CqrsRunResult } from '../../domain/cqrs';
import { ms, num, pct, perSecond, seconds } from './format';
import { PRESETS, type PresetId } from './presets';
import { CONFIG_LABELS, CONSISTENCY_LABELS, DESCRIBE, METRIC_LABELS } from './strings';

/** One row of a two-column table. */
export interface Row {
  /** Stable key (also the `data-metric` of the row). */
  key: string;
  label: string;
  value: string;
}

/** The rows describing a run's resolved settings. */
export function configRows(result: Pick<CqrsRunResult, 'config'>): Row[] {
  const c = result.config;
  return [
    { key: 'seed', label: CONFIG_LABELS.seed, value: String(c.seed) },
    { key: 'duration', label: CONFIG_LABELS.duration, value: seconds(c.durationMs) },
    { key: 'writes', label: CONFIG_LABELS.writes, value: perSecond(c.writesPerSecond) },
    { key: 'reads', label: CONFIG_LABELS.reads, value: perSecond(c.readsPerSecond) },
    { key: 'entities', label: CONFIG_LABELS.entities, value: num(c.entities) },
    { key: 'lag', label: CONFIG_LABELS.lag, value: DESCRIBE.lag(c.lag, ms) },
    {
      key: 'projector',
      label: CONFIG_LABELS.projector,
      value:
        c.projectorEventsPerSecond === null
          ? DESCRIBE.unlimited
          : DESCRIBE.eventsPerSecond(num(c.projectorEventsPerSecond, 2)),
    },
    { key: 'consistency', label: CONFIG_LABELS.consistency, value: CONSISTENCY_LABELS[c.consistency] },
    {
      key: 'pause',
      label: CONFIG_LABELS.pause,
      value:
        c.projectorPause === null || c.projectorPause.forMs === 0
          ? DESCRIBE.none
          : DESCRIBE.pause(seconds(c.projectorPause.atMs), seconds(c.projectorPause.forMs)),
    },
    { key: 'duplicates', label: CONFIG_LABELS.duplicates, value: pct(c.duplicateRate) },
  ];
}

/** The rows describing a run's outcome; rows that do not apply to the strategy are left out. */
export function metricRows(result: Pick<CqrsRunResult, 'config' | 'metrics' | 'extra'>): Row[] {
  const { metrics: m, extra: x, config: c } = result;
  const rows: Row[] = [
    { key: 'writes', label: METRIC_LABELS.writes, value: num(m.writes) },
    { key: 'reads', label: METRIC_LABELS.reads, value: num(m.reads) },
    {
      key: 'stale',
      label: METRIC_LABELS.staleReads,
      value: DESCRIBE.ofWhich(num(m.staleReads), pct(m.staleReadRatio)),
    },
    { key: 'lag-p50', label: METRIC_LABELS.lagP50, value: ms(m.lagMs.p50) },
    { key: 'lag-p95', label: METRIC_LABELS.lagP95, value: ms(m.lagMs.p95) },
    { key: 'lag-p99', label: METRIC_LABELS.lagP99, value: ms(m.lagMs.p99) },
    { key: 'lag-max', label: METRIC_LABELS.lagMax, value: ms(m.lagMs.max) },
    { key: 'backlog', label: METRIC_LABELS.maxBacklog, value: num(m.maxBacklog) },
  ];
  if (c.consistency === 'read-your-writes') {
    rows.push({
      key: 'follow-up-wait',
      label: METRIC_LABELS.followUpWait,
      value: DESCRIBE.pair(ms(x.followUp.waitMs.p50), ms(x.followUp.waitMs.p95)),
    });
  }
  if (c.consistency !== 'strong') {
    rows.push({
      key: 'follow-up-stale',
      label: METRIC_LABELS.followUpStale,
      value: DESCRIBE.ofWhich(num(x.followUp.staleReads), pct(x.followUp.staleReadRatio)),
    });
  } else {
    rows.push({
      key: 'write-store',
      label: METRIC_LABELS.writeStoreReads,
      value: perSecond(x.writeStoreReadsPerSecond),
    });
  }
  if (c.duplicateRate > 0) {
    rows.push({ key: 'duplicates', label: METRIC_LABELS.duplicates, value: num(x.duplicatesDelivered) });
  }
  if (x.skippedOutOfOrder > 0) {
    rows.push({ key: 'out-of-order', label: METRIC_LABELS.outOfOrder, value: num(x.skippedOutOfOrder) });
  }
  rows.push({ key: 'drained', label: METRIC_LABELS.drained, value: seconds(x.endMs) });
  return rows;
}

/** What the page shows without JavaScript: a preset's settings and outcome. */
export interface StaticView {
  config: Row[];
  metrics: Row[];
}

/** Runs a preset with the timeline off (fast) and describes it. */
export function staticView(preset: PresetId): StaticView {
  return describeRun(PRESETS[preset]);
}

/** Runs a config with the timeline off and describes it. @throws RangeError for a bad config. */
export function describeRun(config: CqrsConfig): StaticView {
  const result = simulate(config, { timeline: false });
  return { config: configRows(result), metrics: metricRows(result) };
}
