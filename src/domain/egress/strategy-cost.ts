/**
 * The bill with strategies in force, next to the bill without them, so a widget can compare.
 * A CDN is not free: if its price is higher than the origin's, or the traffic it takes was
 * inside the origin's free allowance, it can cost more than it saves. `saving` is then
 * negative, and the widget should say so rather than hide it.
 */
import { divideRounded, fromScaled, powerOfTen, scaledOf } from '../shared/exact';
import { argumentError } from '../shared/errors';
import { meterGB, priceBytes, priceBytesTotal, toEgressCost, type CostLine, type EgressCost } from './cost';
import { costCurve, type CurvePoint } from './curve';
import { PRICE_SCALE, VOLUME_SCALE } from './limits';
import { billedUnitOf } from './billed-unit';
import { compileSchedule, type CompiledSchedule, type PriceSchedule } from './schedule';
import {
  checkStrategies,
  splitBytes,
  splitMetered,
  volumesOf,
  type Strategies,
  type StrategyVolumes,
} from './strategies';

/** A bill line tagged with what it pays for. */
export interface StrategyCostLine extends CostLine {
  /** 'origin-egress': GB leaving the cloud; 'cdn-delivery': GB the CDN serves; 'cdn-fill': origin to CDN. */
  item: 'origin-egress' | 'cdn-delivery' | 'cdn-fill';
}

/** The bill with strategies, the bill without, and where the GB went. */
export interface StrategyCost {
  /** ISO 4217 code shared by the origin and CDN schedules. */
  currency: string;
  /** Egress + CDN delivery + CDN fill, major units; the sum of `lines` costs. */
  total: number;
  /** egressCost(gbPerMonth, schedule).total: the bill with no strategy. */
  withoutStrategies: number;
  /** withoutStrategies - total; negative when the strategies cost more than they save. */
  saving: number;
  /** Where the month's GB went. */
  volumes: StrategyVolumes;
  /** Origin egress bill for volumes.egressGB. */
  egress: EgressCost;
  /** CDN delivery bill for volumes.cdnGB (total 0 and no lines when no CDN is used). */
  cdn: EgressCost;
  /** All lines: origin egress, then CDN delivery, then the CDN fill line if the CDN is used. */
  lines: StrategyCostLine[];
}

/**
 * The monthly cost of `gbPerMonth` GB under `schedule` once `strategies` apply (compression,
 * then the consumer-side cache, then CDN), with the cost without strategies for comparison. Volumes
 * are in the origin schedule's billed unit; a CDN schedule without `billedUnit` is read in it too.
 * Throws a RangeError for an invalid argument, or a CDN schedule in another currency or in a
 * billed unit of another size.
 */
export function costWithStrategies(
  gbPerMonth: number,
  schedule: PriceSchedule,
  strategies: Strategies = {},
): StrategyCost {
  const origin = compileSchedule(schedule);
  const split = splitBytes(gbPerMonth, strategies);
  const { cdnSchedule, fillNanoPrice } = cdnBilling(schedule, origin, strategies);
  const before = priceBytes(split.original, origin, 'gbPerMonth');
  const egress = priceBytes(split.egress, origin, 'gbPerMonth');
  const cdn = priceBytes(split.cdn, cdnSchedule, CDN_VOLUME);
  const divisor = powerOfTen(VOLUME_SCALE + PRICE_SCALE - origin.minorDigits);
  const fillMinor = divideRounded(split.cdn * fillNanoPrice, divisor);
  const totalMinor = egress.totalMinor + cdn.totalMinor + fillMinor;
  const money = (minor: bigint): number => fromScaled(minor, origin.minorDigits);
  const egressBill = toEgressCost(egress, origin);
  const cdnBill = toEgressCost(cdn, cdnSchedule);
  const tag = (bill: EgressCost, item: StrategyCostLine['item']): StrategyCostLine[] =>
    bill.lines.map((line) => ({ ...line, item }));
  const lines = [...tag(egressBill, 'origin-egress'), ...tag(cdnBill, 'cdn-delivery')];
  if (split.cdn > 0n) {
    const gb = fromScaled(split.cdn, VOLUME_SCALE);
    lines.push({
      item: 'cdn-fill',
      fromGB: 0,
      toGB: gb,
      gb,
      pricePerGB: fromScaled(fillNanoPrice, PRICE_SCALE),
      cost: money(fillMinor),
    });
  }
  return {
    currency: origin.currency,
    total: money(totalMinor),
    withoutStrategies: money(before.totalMinor),
    saving: money(before.totalMinor - totalMinor),
    volumes: volumesOf(split),
    egress: egressBill,
    cdn: cdnBill,
    lines,
  };
}

/** One point of a cost curve with the bill once strategies apply. */
export interface StrategyCurvePoint extends CurvePoint {
  /** costWithStrategies(gb, schedule, strategies).total: the monthly cost with the strategies. */
  withStrategies: number;
}

/**
 * costCurve(schedule, maxGB, points) with, at each point, the total costWithStrategies gives for
 * that volume: the same numbers, worked out once for the curve (the schedules compiled and the
 * strategies checked once, and only totals priced) rather than a whole bill per point.
 * Throws what costCurve or costWithStrategies would throw.
 */
export function costCurveWithStrategies(
  schedule: PriceSchedule,
  strategies: Strategies,
  maxGB: number,
  points = 50,
): StrategyCurvePoint[] {
  const curve = costCurve(schedule, maxGB, points);
  const origin = compileSchedule(schedule);
  const shares = checkStrategies(strategies);
  const { cdnSchedule, fillNanoPrice } = cdnBilling(schedule, origin, strategies);
  const divisor = powerOfTen(VOLUME_SCALE + PRICE_SCALE - origin.minorDigits);
  return curve.map((point) => {
    const split = splitMetered(meterGB('gbPerMonth', point.gb), shares);
    const totalMinor =
      priceBytesTotal(split.egress, origin, 'gbPerMonth') +
      priceBytesTotal(split.cdn, cdnSchedule, CDN_VOLUME) +
      divideRounded(split.cdn * fillNanoPrice, divisor);
    return { ...point, withStrategies: fromScaled(totalMinor, origin.minorDigits) };
  });
}

const CDN_VOLUME = 'the CDN volume (gbPerMonth after cache x cdnOffload)';

/** The CDN's schedule (a free one when none is given) and fill price, checked against the origin's. */
function cdnBilling(
  schedule: PriceSchedule,
  origin: CompiledSchedule,
  strategies: Strategies,
): { cdnSchedule: CompiledSchedule; fillNanoPrice: bigint } {
  // With no CDN in use, bill its (zero) GB on a free flat schedule in the origin's currency.
  const cdnSchedule = compileSchedule(
    strategies.cdnSchedule ?? { currency: origin.currency, freeGB: 0, tiers: [{ upToGB: null, pricePerGB: 0 }] },
    'cdnSchedule',
  );
  // The CDN's share is split from the same metered volume, so both lists must count it in one unit.
  const originUnit = billedUnitOf(schedule).id;
  const cdnUnit = strategies.cdnSchedule?.billedUnit;
  if (cdnUnit !== undefined && billedUnitOf({ billedUnit: cdnUnit }).bytes !== billedUnitOf(schedule).bytes) {
    throw argumentError(
      'cdnSchedule.billedUnit',
      `a unit of the same size as the origin schedule's (${originUnit}), or left out`,
      cdnUnit,
    );
  }
  if (cdnSchedule.currency !== origin.currency) {
    throw argumentError(
      'cdnSchedule.currency',
      `the origin schedule's currency, ${origin.currency}`,
      cdnSchedule.currency,
    );
  }
  return { cdnSchedule, fillNanoPrice: scaledOf(strategies.cdnFillPricePerGB ?? 0, PRICE_SCALE) };
}
