/**
 * "Predict first": each preset asks one question before it runs, with answers that are bands of
 * one measure of the run. Which band is right is worked out from the domain's result when the
 * run is done (never written down), so changing a preset can never make its answer key wrong.
 */
import {
  gradePrediction,
  PREDICTION_BANDS,
  type CqrsRunResult,
  type PredictionBand,
  type PredictionMeasure,
} from '../../domain/cqrs';
import { ms, num, pct } from './format';
import type { PresetId } from './presets';
import { PREDICT } from './strings';

/** One answer: the domain's band of the measure, with its words. */
export interface Band extends PredictionBand {
  label: string;
}

/** A preset's question. */
export interface Prediction {
  question: string;
  /** Which of the domain's measures the question is about (the domain grades it). */
  measure: PredictionMeasure;
  bands: Band[];
  /** The measure in words, e.g. "5.2 % of reads were stale". */
  describe: (value: number) => string;
}

/** The domain's bands of `measure`, each with its label. */
function labelled(measure: PredictionMeasure, labels: Readonly<Record<string, unknown>>): Band[] {
  return PREDICTION_BANDS[measure].map((b) => {
    const label = labels[b.id];
    return { ...b, label: typeof label === 'string' ? label : b.id };
  });
}

/** The question of each preset. */
export const PREDICTIONS: Readonly<Record<PresetId, Prediction>> = {
  healthy: {
    question: PREDICT.healthy.question,
    measure: 'staleReadRatio',
    bands: labelled('staleReadRatio', PREDICT.healthy),
    describe: (v) => PREDICT.healthy.actual(pct(v)),
  },
  'projector-cant-keep-up': {
    question: PREDICT.backlog.question,
    measure: 'maxBacklog',
    bands: labelled('maxBacklog', PREDICT.backlog),
    describe: (v) => PREDICT.backlog.actual(num(v)),
  },
  'lag-spike': {
    question: PREDICT.spike.question,
    measure: 'maxLagMs',
    bands: labelled('maxLagMs', PREDICT.spike),
    describe: (v) => PREDICT.spike.actual(ms(v)),
  },
  'read-your-writes': {
    question: PREDICT.ryw.question,
    measure: 'followUpWaitP50Ms',
    bands: labelled('followUpWaitP50Ms', PREDICT.ryw),
    describe: (v) => PREDICT.ryw.actual(ms(v)),
  },
};

/** The learner's answer compared with the run. */
export interface Outcome {
  chosen: Band;
  actual: Band;
  correct: boolean;
  /** The measure in words. */
  text: string;
}

export { bandOf } from '../../domain/cqrs';

/** Compares the learner's chosen band with the run's measure, graded by the domain. */
export function outcomeOf(
  preset: PresetId,
  chosenId: string,
  result: Pick<CqrsRunResult, 'metrics' | 'extra'>,
): Outcome | null {
  const p = PREDICTIONS[preset];
  const grade = gradePrediction(p.measure, chosenId, result);
  if (grade === null) return null;
  const find = (id: string) => p.bands.find((b) => b.id === id) as Band;
  return {
    chosen: find(grade.chosen.id),
    actual: find(grade.actual.id),
    correct: grade.correct,
    text: p.describe(grade.value),
  };
}
