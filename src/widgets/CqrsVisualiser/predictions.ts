/**
 * "Predict first": each preset asks one question before it runs, with answers that are bands of
 * one measure of the run. Which band is right is worked out from the domain's result when the
 * run is done (never written down), so changing a preset can never make its answer key wrong.
 */
import type { CqrsRunResult } from '../../domain/cqrs';
import { ms, num, pct } from './format';
import type { PresetId } from './presets';
import { PREDICT } from './strings';

/** One answer: a half-open band [min, max) of the measure. */
export interface Band {
  id: string;
  label: string;
  min: number;
  max: number;
}

/** A preset's question. */
export interface Prediction {
  question: string;
  bands: Band[];
  /** The measure, read from the run (no arithmetic beyond picking the field). */
  measure: (r: Pick<CqrsRunResult, 'metrics' | 'extra'>) => number;
  /** The measure in words, e.g. "5.2 % of reads were stale". */
  describe: (value: number) => string;
}

const band = (id: string, label: string, min: number, max: number): Band => ({ id, label, min, max });

/** The question of each preset. */
export const PREDICTIONS: Readonly<Record<PresetId, Prediction>> = {
  healthy: {
    question: PREDICT.healthy.question,
    bands: [
      band('low', PREDICT.healthy.low, 0, 0.05),
      band('mid', PREDICT.healthy.mid, 0.05, 0.3),
      band('high', PREDICT.healthy.high, 0.3, Infinity),
    ],
    measure: (r) => r.metrics.staleReadRatio,
    describe: (v) => PREDICT.healthy.actual(pct(v)),
  },
  'projector-cant-keep-up': {
    question: PREDICT.backlog.question,
    bands: [
      band('low', PREDICT.backlog.low, 0, 10),
      band('mid', PREDICT.backlog.mid, 10, 100),
      band('high', PREDICT.backlog.high, 100, Infinity),
    ],
    measure: (r) => r.metrics.maxBacklog,
    describe: (v) => PREDICT.backlog.actual(num(v)),
  },
  'lag-spike': {
    question: PREDICT.spike.question,
    bands: [
      band('low', PREDICT.spike.low, 0, 500),
      band('mid', PREDICT.spike.mid, 500, 2000),
      band('high', PREDICT.spike.high, 2000, Infinity),
    ],
    measure: (r) => r.metrics.lagMs.max,
    describe: (v) => PREDICT.spike.actual(ms(v)),
  },
  'read-your-writes': {
    question: PREDICT.ryw.question,
    bands: [
      band('none', PREDICT.ryw.none, 0, 1),
      band('short', PREDICT.ryw.short, 1, 500),
      band('long', PREDICT.ryw.long, 500, Infinity),
    ],
    measure: (r) => r.extra.followUp.waitMs.p50,
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

/** The band holding `value` (the last band for anything past the end). */
export function bandOf(bands: readonly Band[], value: number): Band {
  const found = bands.find((b) => value >= b.min && value < b.max);
  return found ?? (bands.at(-1) as Band);
}

/** Compares the learner's chosen band with the run's measure. */
export function outcomeOf(
  preset: PresetId,
  chosenId: string,
  result: Pick<CqrsRunResult, 'metrics' | 'extra'>,
): Outcome | null {
  const p = PREDICTIONS[preset];
  const chosen = p.bands.find((b) => b.id === chosenId);
  if (chosen === undefined) return null;
  const value = p.measure(result);
  const actual = bandOf(p.bands, value);
  return { chosen, actual, correct: chosen.id === actual.id, text: p.describe(value) };
}
