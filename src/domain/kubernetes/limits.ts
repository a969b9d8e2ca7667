/**
 * Input limits: beyond any real cluster (Kubernetes documents 150,000 pods per cluster), and low
 * enough that every product stays an exact whole number in a JavaScript number.
 */

/** Most replicas (and most pods in a count-valued maxSurge or maxUnavailable). */
export const MAX_REPLICAS = 1_000_000;
/** Largest maxSurge percentage accepted (Kubernetes sets no limit; maxUnavailable stops at 100%). */
export const MAX_SURGE_PERCENT = 10_000;
/** Largest metric value accepted by the autoscaler functions. */
export const MAX_METRIC = 1_000_000_000;
