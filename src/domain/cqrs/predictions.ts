/**
 * "Predict first" (issue 9: the thresholds live in the domain): a question about a run is
 * answered by picking a band of one measure. The bands and the grading are here, so the
 * visualiser and any quiz grade a prediction the same way; which band is right is read from
 * the run's result, never written down.
 */
import type { CqrsRunResult } from './types';

/** The measures a prediction can be about. */
export type PredictionMeasure = 'staleReadRatio' | 'maxBacklog' | 'maxLagMs' | 'followUpWaitP50Ms';

/** One answer: a half-open band [min, max) of the measure. */
export interface PredictionBand {
  readonly id: string;
  readonly min: number;
  readonly max: number;
}

const band = (id: string, min: number, max: number): PredictionBand => ({ id, min, max });

/** The bands of each measure, in order. */
export const PREDICTION_BANDS: Readonly<Record<PredictionMeasure, readonly PredictionBand[]>> = {
  // Share of reads that saw an older value: under 5 %, 5-30 %, 30 % or more.
  staleReadRatio: [band('low', 0, 0.05), band('mid', 0.05, 0.3), band('high', 0.3, Infinity)],
  // Largest number of events waiting for the projector.
  maxBacklog: [band('low', 0, 10), band('mid', 10, 100), band('high', 100, Infinity)],
  // Longest lag between a write and its projection, in ms.
  maxLagMs: [band('low', 0, 500), band('mid', 500, 2000), band('high', 2000, Infinity)],
  // Median wait of a read-your-writes follow-up read, in ms.
  followUpWaitP50Ms: [band('none', 0, 1), band('short', 1, 500), band('long', 500, Infinity)],
};

/** The value of a measure in a run (no arithmetic beyond picking the field). */
export function predictionValue(measure: PredictionMeasure, result: Pick<CqrsRunResult, 'metrics' | 'extra'>): number {
  switch (measure) {
    case 'staleReadRatio':
      return result.metrics.staleReadRatio;
    case 'maxBacklog':
      return result.metrics.maxBacklog;
    case 'maxLagMs':
      return result.metrics.lagMs.max;
    case 'followUpWaitP50Ms':
      return result.extra.followUp.waitMs.p50;
  }
}

/** The band holding `value` (the last band for anything past the end, the first for a NaN). */
export function bandOf(bands: readonly PredictionBand[], value: number): PredictionBand {
  if (Number.isNaN(value)) return bands[0] as PredictionBand;
  return bands.find((b) => value >= b.min && value < b.max) ?? (bands.at(-1) as PredictionBand);
}

/** A graded prediction. */
export interface PredictionGrade {
  readonly correct: boolean;
  readonly chosen: PredictionBand;
  readonly actual: PredictionBand;
  readonly value: number;
}

/** Grades the band `chosenId` against the run; null when no band has that id. */
export function gradePrediction(
  measure: PredictionMeasure,
  chosenId: string,
  result: Pick<CqrsRunResult, 'metrics' | 'extra'>,
): PredictionGrade | null {
  const bands = PREDICTION_BANDS[measure];
  const chosen = bands.find((b) => b.id === chosenId);
  if (chosen === undefined) return null;
  const value = predictionValue(measure, result);
  const actual = bandOf(bands, value);
  return { correct: chosen.id === actual.id, chosen, actual, value };
}
