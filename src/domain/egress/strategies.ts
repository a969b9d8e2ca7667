/**
 * Egress-saving strategies from the notes: compression, caching and a CDN. They apply in this
 * fixed order, each to what the previous one left:
 *   1. compression shrinks every byte sent (compressionRatio = compressed size / original size);
 *   2. a cache on the consumer's side (the browser's cache, a caching proxy in the office or
 *      data centre that reads the data) answers a share of the requests before they reach the
 *      cloud, so those bytes are never sent and are not egress;
 *   3. the CDN serves a share of what remains, billed on its own schedule; the rest is egress.
 * A cache inside the provider's region is not step 2: when it answers consumers outside the
 * cloud, its responses leave the region and are billed as egress like any other (it saves
 * database reads and latency, not egress). cacheStrategies('in-region', ...) says so in code.
 * Volumes are split in whole bytes, so originalGB >= afterCompressionGB = cachedGB + cdnGB +
 * egressGB exactly, and no volume is ever negative.
 */
import { decimalOf, fromScaled, toScaled, multiply, type Decimal } from '../shared/exact';
import { argumentError, requireAtMost, requireShare } from '../shared/errors';
import { MAX_PRICE_PER_GB, VOLUME_SCALE } from './limits';
import { meterGB } from './cost';
import type { PriceSchedule } from './schedule';

/** The strategies in force; each is optional and defaults to "not used". */
export interface Strategies {
  /**
   * Compressed size divided by original size, in (0, 1]: 0.4 means what is sent is 40% of the
   * original (60% saved). Default 1, no compression.
   */
  compressionRatio?: number;
  /**
   * Share of the (compressed) traffic answered by a cache on the consumer's side (browser cache,
   * on-premises caching proxy), in [0, 1]: those requests never reach the cloud, so their bytes
   * are not egress. Default 0. (A cache inside the provider's region does not belong here: its
   * responses to outside users are egress.)
   */
  consumerCacheHitRatio?: number;
  /**
   * The old name of consumerCacheHitRatio, still accepted (saved scenarios and quiz seeds use it).
   * It always meant the share of traffic that never leaves the cloud; give one name, or both equal.
   */
  cacheHitRatio?: number;
  /** Share of the traffic left after the cache that a CDN serves, in [0, 1]. Default 0. Needs cdnSchedule when > 0. */
  cdnOffload?: number;
  /** How the CDN bills the GB it delivers; must use the same currency as the origin schedule. */
  cdnSchedule?: PriceSchedule;
  /**
   * Price per GB for origin-to-CDN fill, default 0 (free, as from S3 to CloudFront). The
   * model is conservative: every GB the CDN delivers is assumed to be fetched from origin once.
   */
  cdnFillPricePerGB?: number;
}

/** Where a month's traffic goes once the strategies apply, in GB. */
export interface StrategyVolumes {
  /** The traffic before any strategy. */
  originalGB: number;
  /** The traffic after compression. */
  afterCompressionGB: number;
  /** Answered by caches on the consumer's side: never sent from the cloud, so not egress; costs nothing here. */
  cachedGB: number;
  /** Delivered by the CDN, billed on the CDN schedule (and filled from origin). */
  cdnGB: number;
  /** Still leaving the cloud from origin: billed as egress. */
  egressGB: number;
}

/** The same split, in whole bytes, for the cost calculation. */
export interface ByteSplit {
  readonly original: bigint;
  readonly afterCompression: bigint;
  readonly cached: bigint;
  readonly cdn: bigint;
  readonly egress: bigint;
}

/** The consumer-side cache's hit ratio, under its new name or its old one (equal if both are given). */
function consumerHitOf(strategies: Strategies): number {
  const { consumerCacheHitRatio: now, cacheHitRatio: old } = strategies;
  if (now !== undefined && old !== undefined && now !== old) {
    throw argumentError(
      'cacheHitRatio',
      `left out, or equal to consumerCacheHitRatio (${String(now)}): it is that field's old name`,
      old,
    );
  }
  if (now !== undefined) return requireShare('consumerCacheHitRatio', now);
  return requireShare('cacheHitRatio', old ?? 0);
}

/** Where a cache sits, which decides whether the bytes it answers are egress. */
export type CachePlacement = 'consumer-side' | 'in-region';

/** Every cache placement, for pickers and quizzes. */
export const CACHE_PLACEMENTS: readonly CachePlacement[] = Object.freeze(['consumer-side', 'in-region']);

/**
 * The strategies a cache of `hitRatio` adds, by where it sits. 'consumer-side' (browser cache,
 * on-premises proxy): the hits never reach the cloud, so they come off the egress.
 * 'in-region' (a cache next to the origin in the provider's region): every hit is still sent to
 * the consumer outside the cloud, so egress is unchanged and nothing is added.
 * applyStrategies(1000, cacheStrategies('in-region', 0.6)).egressGB === 1000.
 */
export function cacheStrategies(placement: CachePlacement, hitRatio: number): Strategies {
  requireShare('hitRatio', hitRatio);
  if (placement === 'consumer-side') return { consumerCacheHitRatio: hitRatio };
  if (placement === 'in-region') return {};
  throw argumentError('placement', `one of ${CACHE_PLACEMENTS.join(', ')}`, placement);
}

/** bytes x share, rounded half-up to a whole byte; never more than `bytes` as share <= 1. */
function shareOf(bytes: bigint, share: Decimal): bigint {
  return toScaled(multiply({ coefficient: bytes, exponent: 0 }, share), 0);
}

/** The three shares of a checked set of strategies, as exact decimals. */
export interface StrategyShares {
  readonly compression: Decimal;
  readonly hit: Decimal;
  readonly offload: Decimal;
}

/** Checks the strategies (throwing a RangeError naming the one out of range) and reads their shares. */
export function checkStrategies(strategies: Strategies): StrategyShares {
  const ratio = strategies.compressionRatio ?? 1;
  if (typeof ratio !== 'number' || !(ratio > 0 && ratio <= 1)) {
    throw argumentError(
      'compressionRatio',
      'a number greater than 0 and at most 1 (compressed size / original size; 1 = no compression)',
      ratio,
    );
  }
  const hit = consumerHitOf(strategies);
  const offload = requireShare('cdnOffload', strategies.cdnOffload ?? 0);
  if (offload > 0 && strategies.cdnSchedule === undefined) {
    throw argumentError('cdnSchedule', 'a price schedule when cdnOffload is greater than 0', strategies.cdnSchedule);
  }
  requireAtMost('cdnFillPricePerGB', strategies.cdnFillPricePerGB ?? 0, MAX_PRICE_PER_GB, String(MAX_PRICE_PER_GB));
  return { compression: decimalOf(ratio), hit: decimalOf(hit), offload: decimalOf(offload) };
}

/** Splits a metered volume (whole bytes) by checked shares (see applyStrategies). */
export function splitMetered(original: bigint, shares: StrategyShares): ByteSplit {
  const afterCompression = shareOf(original, shares.compression);
  const cached = shareOf(afterCompression, shares.hit);
  const cdn = shareOf(afterCompression - cached, shares.offload);
  return { original, afterCompression, cached, cdn, egress: afterCompression - cached - cdn };
}

/** Checks the strategies and splits `gbPerMonth` into bytes (see applyStrategies). */
export function splitBytes(gbPerMonth: number, strategies: Strategies): ByteSplit {
  const original = meterGB('gbPerMonth', gbPerMonth);
  return splitMetered(original, checkStrategies(strategies));
}

/**
 * Applies compression, then caching, then the CDN to a month's traffic and reports where the
 * GB go. applyStrategies(10000, { compressionRatio: 0.4, consumerCacheHitRatio: 0.5 }) gives
 * afterCompressionGB 4000, cachedGB 2000, cdnGB 0, egressGB 2000.
 * Throws a RangeError naming the strategy that is out of range.
 */
export function applyStrategies(gbPerMonth: number, strategies: Strategies = {}): StrategyVolumes {
  return volumesOf(splitBytes(gbPerMonth, strategies));
}

/** A byte split in GB, for display. */
export function volumesOf(split: ByteSplit): StrategyVolumes {
  const gb = (bytes: bigint): number => fromScaled(bytes, VOLUME_SCALE);
  return {
    originalGB: gb(split.original),
    afterCompressionGB: gb(split.afterCompression),
    cachedGB: gb(split.cached),
    cdnGB: gb(split.cdn),
    egressGB: gb(split.egress),
  };
}
