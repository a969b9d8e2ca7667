/**
 * Text helpers shared by the egress quiz banks: a price list and a bill written out in words.
 * Every figure is formatted by the domain module; nothing here computes a price.
 */
import {
  billedUnitOf,
  formatBilledGB,
  formatGB,
  formatMoney,
  formatNumber,
  formatPrice,
  type EgressCost,
  type PriceSchedule,
} from '../../domain/egress';

/**
 * "the first 100 GB free, then $0.09/GB for the next 10,000 GB, ..., and $0.05/GB beyond", in the
 * unit the schedule bills (GiB on Google Cloud's list).
 */
export function describeSchedule(schedule: PriceSchedule): string {
  const unit = billedUnitOf(schedule);
  const formatGB = (gb: number) => formatBilledGB(gb, unit);
  const parts: string[] = [];
  if (schedule.freeGB > 0) parts.push(`the first ${formatGB(schedule.freeGB)} free`);
  let previous = 0;
  schedule.tiers.forEach((tier, i) => {
    const price = `${formatPrice(tier.pricePerGB, schedule.currency)}/${unit.written}`;
    const lead = i === 0 && schedule.freeGB === 0 ? 'the first' : 'the next';
    if (tier.upToGB === null) parts.push(i === 0 ? `${price} for every ${unit.written}` : `${price} beyond`);
    else parts.push(`${price} for ${lead} ${formatGB(tier.upToGB - previous)}`);
    previous = tier.upToGB ?? previous;
  });
  const last = parts.pop() ?? '';
  return parts.length === 0 ? last : `${parts.join(', ')} and ${last}`;
}

/** Which unit a price list's prices are per: "GB (2^30 bytes)", "GiB (2^30 bytes)", "GB (10^9 bytes)". */
export function unitOf(schedule: PriceSchedule): string {
  return billedUnitOf(schedule).label;
}

/** A bill's lines as working: "100 GB free + 10,000 GB × $0.09 = $900.00 + ... Total: $1,741.50". */
export function describeBill(bill: EgressCost, schedule?: PriceSchedule): string {
  const unit = schedule === undefined ? undefined : billedUnitOf(schedule);
  const volume = (gb: number) => (unit === undefined ? formatGB(gb) : formatBilledGB(gb, unit));
  const lines = bill.lines.map((l) =>
    l.pricePerGB === 0
      ? `${volume(l.gb)} free`
      : `${volume(l.gb)} × ${formatPrice(l.pricePerGB, bill.currency)} = ${formatMoney(l.cost, bill.currency)}`,
  );
  return `${lines.join('; ')}. Total: ${formatMoney(bill.total, bill.currency)}`;
}

/** A count for a prompt: 1000000 -> "1,000,000". */
export const n = (value: number): string => formatNumber(value);

/** Money to the penny is right within half a penny. */
export const PENNY = { abs: 0.005 } as const;
