/**
 * What a HorizontalPodAutoscaler asks for.
 *
 * Rules from the Kubernetes documentation, "Horizontal Pod Autoscaling", section "Algorithm
 * details" (https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/, read
 * 2026-11-27): desiredReplicas = ceil(currentReplicas × currentMetricValue ÷ desiredMetricValue);
 * when the ratio currentMetricValue ÷ desiredMetricValue is within the tolerance of 1.0 (0.1 by
 * default) the controller does not scale; the result is kept within [minReplicas, maxReplicas].
 *
 * Scaling up is also rate-limited. With no `behavior` in the HPA, the defaults are two scale-up
 * policies per 15-second period, Pods 4 and Percent 100, with selectPolicy Max and no
 * stabilisation window (kubernetes/kubernetes pkg/apis/autoscaling/v2/defaults.go:
 * scaleUpLimitMinimumPods 4, scaleUpLimitPercent 100, scaleUpPeriod 15; read 2026-12-04). So one
 * step goes at most to max(current + 4, 2 × current): 3 replicas asking for 12 get 7 first.
 *
 * The arithmetic is exact (decimals as typed, compared on BigInt). The controller itself uses
 * float64, which differs only exactly on the tolerance edge: 66 against a target of 60 is within
 * 0.1 here, as the documentation reads, while float64 makes 66 ÷ 60 − 1 slightly above 0.1.
 */
import { argumentError, requireNumber, requireWhole } from '../shared/errors';
import { ceilOf, compare, minusFloorZero, plus, ratioOf, times, toNumber } from '../shared/exact';
import { MAX_METRIC, MAX_REPLICAS } from './limits';

/** The state an autoscaler looks at. */
export interface HpaInput {
  /** Replicas running now: a whole number >= 1 (with 0 the controller does not scale). */
  readonly current: number;
  /** The metric's current value, such as 90 (% CPU of requests, averaged over the pods). */
  readonly currentMetric: number;
  /** The metric's target value, such as 60; above 0. */
  readonly targetMetric: number;
  /** minReplicas: a whole number >= 1. */
  readonly min: number;
  /** maxReplicas: a whole number >= min. */
  readonly max: number;
  /** How far from 1.0 the ratio may be without scaling; default 0.1 (from 0 to 1). */
  readonly tolerance?: number;
}

/** Which limit changed the formula's result: a string union for an exhaustive switch. */
export type HpaLimit = 'none' | 'min' | 'max';

/** The autoscaler's decision and the numbers a learner needs to follow it. */
export interface HpaDecision {
  /** The replica count asked for, within [min, max]. */
  readonly desired: number;
  /** Before clamping: ceil(current × currentMetric ÷ targetMetric), or `current` within tolerance. */
  readonly proposed: number;
  /** current × currentMetric ÷ targetMetric before rounding up (nearest double). */
  readonly unrounded: number;
  /** currentMetric ÷ targetMetric (nearest double). */
  readonly ratio: number;
  /** True when the ratio is within the tolerance of 1.0, so the formula is not applied. */
  readonly withinTolerance: boolean;
  /** 'min' or 'max' when clamping changed `proposed`, otherwise 'none'. */
  readonly limitedBy: HpaLimit;
  /**
   * What the first 15-second step sets when scaling up under the default behaviour:
   * min(desired, max(current + 4, 2 × current)); equal to `desired` otherwise.
   */
  readonly firstStep: number;
}

/** The default scale-up policies' period, in ms (15 s). */
export const HPA_SCALE_UP_PERIOD_MS = 15_000;

/** The most replicas one default scale-up period allows from `current`: max(current + 4, 2 × current). */
export function hpaScaleUpLimit(current: number): number {
  const c = requireWhole('current', current, 0, MAX_REPLICAS);
  return Math.min(MAX_REPLICAS, Math.max(c + 4, 2 * c));
}

function check(input: HpaInput): { current: number; min: number; max: number; tolerance: number } {
  const current = requireWhole('current', input.current, 1, MAX_REPLICAS);
  requireNumber('currentMetric', input.currentMetric, 0, MAX_METRIC);
  requireNumber('targetMetric', input.targetMetric, 0, MAX_METRIC);
  if (input.targetMetric === 0) throw argumentError('targetMetric', 'above 0', input.targetMetric);
  const min = requireWhole('min', input.min, 1, MAX_REPLICAS);
  const max = requireWhole('max', input.max, min, MAX_REPLICAS);
  const tolerance = requireNumber('tolerance', input.tolerance ?? 0.1, 0, 1);
  return { current, min, max, tolerance };
}

/**
 * The full decision: hpaDecision({ current: 4, currentMetric: 90, targetMetric: 60, min: 2,
 * max: 20 }) has ratio 1.5, unrounded 6, proposed 6, desired 6, limitedBy 'none'.
 * Throws a RangeError naming the argument for a `current`, `min` or `max` that is not a whole
 * number in range (min >= 1, max >= min), a negative or non-finite metric, a `targetMetric` of
 * 0, or a `tolerance` outside 0 to 1.
 */
export function hpaDecision(input: HpaInput): HpaDecision {
  const { current, min, max, tolerance } = check(input);
  const metric = ratioOf(input.currentMetric);
  const target = ratioOf(input.targetMetric);
  // |metric − target| <= tolerance × target, compared exactly.
  const difference = plus(minusFloorZero(metric, target), minusFloorZero(target, metric));
  const withinTolerance = compare(difference, times(target, ratioOf(tolerance))) <= 0;
  const exact = times(ratioOf(current), metric, { num: target.den, den: target.num });
  const proposed = withinTolerance ? current : Number(ceilOf(exact));
  const desired = Math.min(max, Math.max(min, proposed));
  const limitedBy: HpaLimit = proposed < min ? 'min' : proposed > max ? 'max' : 'none';
  return {
    desired,
    proposed,
    unrounded: toNumber(exact),
    ratio: toNumber({ num: metric.num * target.den, den: metric.den * target.num }),
    withinTolerance,
    limitedBy,
    firstStep: desired > current ? Math.min(desired, hpaScaleUpLimit(current)) : desired,
  };
}

/**
 * The replica count the autoscaler asks for: hpaDesiredReplicas({ current: 3, currentMetric:
 * 150, targetMetric: 50, min: 2, max: 20 }) === 9. The same as hpaDecision(input).desired, and
 * it throws the same RangeErrors.
 */
export function hpaDesiredReplicas(input: HpaInput): number {
  return hpaDecision(input).desired;
}
