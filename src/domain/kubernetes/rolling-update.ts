/**
 * How far a Deployment's rolling update may go above and below the desired replica count.
 *
 * Rules from the Kubernetes documentation, "Deployments", section "Rolling Update Deployment"
 * (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/, read 2026-11-27):
 * maxSurge and maxUnavailable are a number of pods or a percentage of the desired pods; a
 * percentage of maxSurge rounds up and one of maxUnavailable rounds down; both default to 25%;
 * they cannot both be 0; maxUnavailable cannot exceed 100%. As in the Deployment controller, if
 * both resolve to 0 after rounding (maxSurge 0, maxUnavailable 10% of 5 pods), one pod may be
 * unavailable, and never more pods than `replicas` are unavailable.
 */
import { argumentError, requireWhole } from '../shared/errors';
import { MAX_REPLICAS, MAX_SURGE_PERCENT } from './limits';

/** A number of pods (3) or a percentage of the desired pods as Kubernetes writes it ('25%'). */
export type IntOrPercent = number | string;

/** A Deployment's replica count and rolling-update strategy. */
export interface RollingUpdateSpec {
  /** Desired pods: a whole number. */
  readonly replicas: number;
  /** Pods allowed above `replicas` during the update; default '25%' (rounds up). */
  readonly maxSurge?: IntOrPercent;
  /** Pods allowed below `replicas` during the update; default '25%' (rounds down, at most 100%). */
  readonly maxUnavailable?: IntOrPercent;
}

/** The limits a rolling update keeps to. */
export interface RollingUpdateBounds {
  /** Extra pods allowed: maxSurge resolved to a whole number of pods. */
  readonly surge: number;
  /** Pods that may be unavailable: maxUnavailable resolved, never more than `replicas`. */
  readonly unavailable: number;
  /** Most pods of the Deployment that exist at once: replicas + surge. */
  readonly maxPods: number;
  /** Fewest available pods at any moment: replicas − unavailable. */
  readonly minAvailable: number;
  /** maxSurge before rounding up, e.g. 30% of 15 is 4.5 (the count itself for a count). */
  readonly surgeBeforeRounding: number;
  /** maxUnavailable before rounding down, e.g. 30% of 15 is 4.5 (the count itself for a count). */
  readonly unavailableBeforeRounding: number;
}

const PERCENT = /^(\d{1,9})%$/;
const EXPECTED = "a whole number of pods or a percentage such as '25%'";

/** A count or a percentage string, read and checked; `percent` says which it was. */
function readIntOrPercent(name: string, value: unknown, maxPercent: number): { amount: number; percent: boolean } {
  if (typeof value === 'number') return { amount: requireWhole(name, value, 0, MAX_REPLICAS), percent: false };
  const match = typeof value === 'string' ? PERCENT.exec(value) : null;
  if (match === null) throw argumentError(name, EXPECTED, value);
  const percent = Number(match[1]);
  if (percent > maxPercent) throw argumentError(name, `a percentage from 0% to ${maxPercent}%`, value);
  return { amount: percent, percent: true };
}

/** `percent`% of `replicas`, rounded up or down to whole pods in exact integer arithmetic. */
function scaled(replicas: number, percent: number, roundUp: boolean): number {
  const hundredths = replicas * percent; // exact: at most 10^6 × 10^4
  const floor = (hundredths - (hundredths % 100)) / 100;
  return roundUp && hundredths % 100 !== 0 ? floor + 1 : floor;
}

/**
 * The bounds of a rolling update: rollingUpdateBounds({ replicas: 10, maxSurge: '25%',
 * maxUnavailable: '25%' }) is { surge: 3, unavailable: 2, maxPods: 13, minAvailable: 8,
 * surgeBeforeRounding: 2.5, unavailableBeforeRounding: 2.5 }.
 *
 * Throws a RangeError naming the argument for a `replicas` that is not a whole number from 0 to
 * 1,000,000, a maxSurge or maxUnavailable that is neither such a count nor a whole percentage
 * ('12.5%', '25 %' and '-1' are refused, as Kubernetes refuses them), a maxUnavailable above
 * 100%, or both given as 0.
 */
export function rollingUpdateBounds(spec: RollingUpdateSpec): RollingUpdateBounds {
  const replicas = requireWhole('replicas', spec.replicas, 0, MAX_REPLICAS);
  const surgeIn = readIntOrPercent('maxSurge', spec.maxSurge ?? '25%', MAX_SURGE_PERCENT);
  const unavailableIn = readIntOrPercent('maxUnavailable', spec.maxUnavailable ?? '25%', 100);
  if (surgeIn.amount === 0 && unavailableIn.amount === 0) {
    throw argumentError(
      'maxUnavailable',
      'above 0 when maxSurge is 0, or no pod could ever be replaced',
      spec.maxUnavailable,
    );
  }
  const surge = surgeIn.percent ? scaled(replicas, surgeIn.amount, true) : surgeIn.amount;
  let unavailable = unavailableIn.percent ? scaled(replicas, unavailableIn.amount, false) : unavailableIn.amount;
  // The controller's fallback when rounding leaves no room at all (ResolveFenceposts).
  if (surge === 0 && unavailable === 0) unavailable = 1;
  unavailable = Math.min(unavailable, replicas);
  return {
    surge,
    unavailable,
    maxPods: replicas + surge,
    minAvailable: replicas - unavailable,
    surgeBeforeRounding: surgeIn.percent ? (replicas * surgeIn.amount) / 100 : surgeIn.amount,
    unavailableBeforeRounding: unavailableIn.percent ? (replicas * unavailableIn.amount) / 100 : unavailableIn.amount,
  };
}
