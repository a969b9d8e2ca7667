/**
 * From valid inputs to everything the explorer shows, as text: totals, the working, the bill
 * table and the chart's data. Numbers come from src/domain/egress and are formatted by it, so
 * the .tsx files only lay text out.
 */
import {
  billedUnitOf,
  chartRangeGB,
  costCurve,
  costWithStrategies,
  egressCost,
  formatBilledGB,
  formatGB,
  formatMoney,
  formatNumber,
  formatPrice,
  requestTrafficGB,
  yearlyCost,
  type BilledUnit,
  type CostLine,
  type PriceSchedule,
  type StrategyCost,
  type StrategyCostLine,
} from '../../domain/egress';
import { chartPoints, type ChartPoint } from './curve';
import { capacityGB, decimalGB, monthlyGB, providerPreset, scheduleOf, strategiesOf, usesStrategies } from './model';
import { S, W } from './strings';
import type { ExplorerInputs } from './types';

/** One row of the bill table. */
export interface BillRow {
  item: string;
  from: string;
  to: string;
  gb: string;
  price: string;
  cost: string;
}

/** The chart's data and its text alternative. */
export interface ChartData {
  currency: string;
  /** The unit the volumes are in, as the price list writes it: 'GB', or 'GiB' on Google Cloud's. */
  unit: 'GB' | 'GiB';
  maxGB: number;
  points: ChartPoint[];
  /** Whether a second curve (with strategies) is drawn. */
  strategies: boolean;
  /** The scenario's own point. */
  current: { gb: number; without: number; with: number };
  /** A sentence describing the chart, for its accessible name. */
  summary: string;
  /** Rows for the table alternative. */
  table: { gb: string; without: string; with: string }[];
}

/** Everything the explorer shows for one scenario. */
export interface ExplorerView {
  monthly: string;
  yearly: string;
  working: string[];
  rows: BillRow[];
  /** Comparison with no strategies, or null when none is used. */
  comparison: { without: string; verdict: string } | null;
  /**
   * Where the prices come from: a preset's source and date, or the notes' rate; `unit` says
   * which unit a price is per (a GB of 2^30 bytes on AWS, a GiB on Google Cloud).
   */
  pricing: { note: string; source: string | null; sourceLabel: string; unit: string };
  chart: ChartData;
}

/** GB with three decimals, or more when the volume is under 1 GB (0.0001 GB, not 0 GB). */
const gbText = (gb: number): string => formatGB(gb, gb < 1 ? 9 : 3);
const pct = (value: number): string => `${formatNumber(value)}%`;

/** A volume in the price list's billed unit: '9,313.226 GB' on AWS, '20,000 GiB' on Google Cloud. */
function billedText(unit: BilledUnit): (gb: number) => string {
  return unit.written === 'GiB' ? (gb) => gbText(gb).replace(/ GB$/, ' GiB') : gbText;
}

/** The line that turns the month's volume into the price list's billed unit, when they differ. */
function toBilledLine(inputs: ExplorerInputs, gb: number, unit: BilledUnit): string[] {
  const bulk = inputs.kind === 'bulk-export' || inputs.kind === 'streaming';
  const from = bulk ? `${formatNumber(inputs.volume)} ${inputs.unit}` : gbText(decimalGB(inputs));
  const same = bulk ? inputs.unit === unit.written && unit.sameAs === inputs.unit : unit.sameAs === 'GB';
  if (same) return [];
  if (unit.sameAs === 'GB') return bulk ? [W.unitToGB(formatNumber(inputs.volume), inputs.unit, gbText(gb))] : [];
  return [W.unitToBilled(from, billedText(unit)(gb), unit.label)];
}

/** The volume part of the working: how the scenario's quantities make the month's GB. */
function volumeWorking(inputs: ExplorerInputs, gb: number, schedule: PriceSchedule, plain: boolean): string[] {
  const unit = billedUnitOf(schedule);
  switch (inputs.kind) {
    case 'bulk-export':
    case 'streaming':
      return toBilledLine(inputs, gb, unit);
    case 'requests': {
      const daily = requestTrafficGB(inputs.requestsPerDay, inputs.kbPerRequest, 1);
      const lines = [
        W.requestsDay(formatNumber(inputs.requestsPerDay), formatNumber(inputs.kbPerRequest), gbText(daily)),
        W.requestsMonth(gbText(daily), formatNumber(inputs.daysPerMonth), gbText(decimalGB(inputs))),
        ...toBilledLine(inputs, gb, unit),
      ];
      const rate = schedule.tiers[0]?.pricePerGB;
      // A daily bill only makes sense for a flat rate: with tiers, a GB's price depends on the month so far.
      if (plain && schedule.tiers.length === 1 && schedule.freeGB === 0 && rate !== undefined && unit.sameAs === 'GB') {
        lines.push(
          W.daily(
            gbText(daily),
            formatPrice(rate, schedule.currency),
            formatMoney(egressCost(daily, schedule).total, schedule.currency),
          ),
        );
      }
      return lines;
    }
    case 'scheduled-copies':
      return [
        W.copies(gbText(inputs.gbPerCopy), formatNumber(inputs.copiesPerMonth), gbText(decimalGB(inputs))),
        ...toBilledLine(inputs, gb, unit),
      ];
  }
}

/** The strategies part of the working: where the GB go. */
function strategyWorking(inputs: ExplorerInputs, bill: StrategyCost, gbText: (gb: number) => string): string[] {
  const v = bill.volumes;
  const lines: string[] = [];
  if (inputs.compressionPct !== 100)
    lines.push(W.compression(gbText(v.originalGB), pct(inputs.compressionPct), gbText(v.afterCompressionGB)));
  if (inputs.cachePct !== 0) {
    lines.push(
      W.cache(gbText(v.afterCompressionGB), pct(inputs.cachePct), gbText(v.cachedGB), gbText(v.cdnGB + v.egressGB)),
    );
  }
  if (inputs.cdnPct !== 0)
    lines.push(W.cdn(gbText(v.cdnGB + v.egressGB), pct(inputs.cdnPct), gbText(v.cdnGB), gbText(v.egressGB)));
  return lines;
}

/** Names a bill line: free allowance, flat rate, tier n, or a CDN line. */
function itemOf(line: StrategyCostLine, index: number, schedule: PriceSchedule): string {
  if (line.item !== 'origin-egress') return S.items[line.item];
  const free = schedule.freeGB > 0;
  if (free && index === 0) return S.items.free;
  return schedule.tiers.length === 1 ? S.items.flat : S.items.tier(free ? index : index + 1);
}

function row(line: StrategyCostLine, index: number, schedule: PriceSchedule, currency: string): BillRow {
  const gbText = billedText(billedUnitOf(schedule));
  return {
    item: itemOf(line, index, schedule),
    from: gbText(line.fromGB),
    to: gbText(line.toGB),
    gb: gbText(line.gb),
    price: formatPrice(line.pricePerGB, currency),
    cost: formatMoney(line.cost, currency),
  };
}

/** One working line per priced bill line (the free fill of a CDN is left to the table). */
function billWorking(lines: StrategyCostLine[], rows: BillRow[], per: string): string[] {
  // With a CDN in the bill, say which lines are the origin's.
  const origin = (gb: string, price: string, cost: string) =>
    lines.some((l) => l.item === 'cdn-delivery') ? W.originLine(gb, price, cost, per) : W.line(gb, price, cost, per);
  return lines.flatMap((line: CostLine & { item: string }, i) => {
    const r = rows[i];
    if (r === undefined || line.item === 'cdn-fill') return [];
    if (r.item === S.items.free) return [W.free(r.gb, r.cost)];
    return [line.item === 'cdn-delivery' ? W.cdnLine(r.gb, r.price, r.cost, per) : origin(r.gb, r.price, r.cost)];
  });
}

/** Everything the explorer shows for valid `inputs`. Throws only for invalid inputs (state.ts never passes them). */
export function explorerView(inputs: ExplorerInputs): ExplorerView {
  const schedule = scheduleOf(inputs);
  const currency = schedule.currency;
  const money = (amount: number): string => formatMoney(amount, currency);
  const gb = monthlyGB(inputs);
  const used = usesStrategies(inputs);
  const strategies = used ? strategiesOf(inputs, schedule) : null;
  const bill = costWithStrategies(gb, schedule, strategies ?? {});
  const yearly = yearlyCost({ total: bill.total, currency });
  // The bill table and the working are read once the sliders rest (Results' `settled`), so they
  // are worked out on first use: a slider step pays only for the totals and the chart (issue 9).
  const rows = once(() => bill.lines.map((line, i) => row(line, i, schedule, currency)));
  const working = once(() => {
    const priced = bill.lines.filter((l) => l.item !== 'cdn-fill' && l.pricePerGB > 0);
    const totalLine =
      priced.length > 1
        ? W.sum(priced.map((l) => money(l.cost)).join(' + '), money(bill.total))
        : W.total(money(bill.total));
    return [
      ...volumeWorking(inputs, gb, schedule, !used),
      ...(used ? strategyWorking(inputs, bill, billedText(billedUnitOf(schedule))) : []),
      ...billWorking(bill.lines, rows(), billedUnitOf(schedule).written),
      totalLine,
      W.yearly(money(bill.total), money(yearly)),
    ];
  });
  const preset = providerPreset(inputs.pricing);
  return {
    monthly: money(bill.total),
    yearly: money(yearly),
    get working() {
      return working();
    },
    get rows() {
      return rows();
    },
    comparison: used ? comparisonOf(bill, money) : null,
    pricing: preset
      ? {
          note: preset.label,
          source: preset.source,
          sourceLabel: preset.source.replace(/^https:\/\//, ''),
          unit: S.billedUnit(billedUnitOf(preset).label, billedUnitOf(preset).note),
        }
      : {
          note: S.flatNote,
          source: null,
          sourceLabel: '',
          unit: S.billedUnit(billedUnitOf(schedule).label, S.flatUnit),
        },
    chart: chartData(schedule, strategies, gb, bill, curveKey(inputs, used)),
  };
}

function comparisonOf(bill: StrategyCost, money: (n: number) => string): { without: string; verdict: string } {
  const without = S.without(money(bill.withoutStrategies));
  if (bill.saving === 0) return { without, verdict: S.breakEven };
  const month = Math.abs(bill.saving);
  const year = yearlyCost({ total: month, currency: bill.currency });
  return {
    without,
    verdict: bill.saving > 0 ? S.saves(money(month), money(year)) : S.costsMore(money(month), money(year)),
  };
}

/** `compute`, worked out on the first call and remembered. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

/** Points of the chart's curve: 41, so every tenth of the range (the table's rows) is one of them. */
const CHART_POINTS = 41;

// The table shows every tenth of the range and each tier boundary. Those volumes are already
// points of the chart's curve (41 points: every fourth one), so the table reuses their costs
// instead of pricing them again, and is cached with the (cached) curve.
const tables = new WeakMap<ChartPoint[], ChartData['table']>();
function tableOf(
  points: ChartPoint[],
  schedule: PriceSchedule,
  maxGB: number,
  money: (n: number) => string,
): ChartData['table'] {
  const hit = tables.get(points);
  if (hit) return hit;
  const wanted = new Set(costCurve(schedule, maxGB, 11).map((p) => p.gb));
  const rows = points
    .filter((p) => wanted.has(p.gb))
    .map((p) => ({ gb: formatBilledGB(p.gb, billedUnitOf(schedule)), without: money(p.without), with: money(p.with) }));
  tables.set(points, rows);
  return rows;
}

/** What the chart's curves depend on: the price list and the strategies (scheduleOf, strategiesOf). */
function curveKey(inputs: ExplorerInputs, used: boolean): string {
  const { pricing, flatPrice, compressionPct, cachePct, cdnPct, cdnPrice } = inputs;
  return used
    ? `${pricing}|${flatPrice}|${compressionPct}|${cachePct}|${cdnPct}|${cdnPrice}`
    : `${pricing}|${flatPrice}`;
}

function chartData(
  schedule: PriceSchedule,
  strategies: ReturnType<typeof strategiesOf> | null,
  gb: number,
  bill: StrategyCost,
  key: string,
): ChartData {
  const currency = schedule.currency;
  const money = (amount: number): string => formatMoney(amount, currency);
  const maxGB = chartRangeGB(gb, capacityGB(schedule));
  const points = chartPoints(schedule, strategies, maxGB, CHART_POINTS, key);
  const last = points[points.length - 1];
  const unit = billedUnitOf(schedule);
  const volume = (n: number): string => formatBilledGB(n, unit);
  // The description and the table are read once the sliders rest (CostChart's `settled`).
  const summary = once(() => {
    const kinks = points.filter((p) => p.boundary).map((p) => volume(p.gb));
    return [
      `${S.chartTitle}, from 0 to ${volume(maxGB)} a month.`,
      last
        ? `Without strategies the cost reaches ${money(last.without)}${strategies ? `; with strategies ${money(last.with)}` : ''}.`
        : '',
      kinks.length > 0
        ? `The price per GB changes at ${kinks.join(', ')}.`
        : 'Every GB costs the same, so the line is straight.',
      `This scenario: ${volume(gb)} a month for ${money(bill.total)}.`,
    ].join(' ');
  });
  return {
    currency,
    unit: unit.written,
    maxGB,
    points,
    strategies: strategies !== null,
    current: { gb, without: bill.withoutStrategies, with: bill.total },
    get summary() {
      return summary();
    },
    get table() {
      return tableOf(points, schedule, maxGB, money);
    },
  };
}
