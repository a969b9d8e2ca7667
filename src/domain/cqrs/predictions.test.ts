import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { bandOf, gradePrediction, PREDICTION_BANDS, type PredictionMeasure } from './predictions';

describe('prediction bands', () => {
  it('cover every value from 0 up, without gaps or overlaps', () => {
    for (const bands of Object.values(PREDICTION_BANDS)) {
      expect(bands[0]?.min).toBe(0);
      expect(bands.at(-1)?.max).toBe(Infinity);
      for (let i = 1; i < bands.length; i++) expect(bands[i]?.min).toBe(bands[i - 1]?.max);
    }
  });

  it('put a value in its half-open band, and a NaN in the first', () => {
    const bands = PREDICTION_BANDS.staleReadRatio;
    expect(bandOf(bands, 0.049).id).toBe('low');
    expect(bandOf(bands, 0.05).id).toBe('mid');
    expect(bandOf(bands, 0.3).id).toBe('high');
    expect(bandOf(bands, Number.NaN).id).toBe('low');
  });
});

describe('gradePrediction', () => {
  it('grades a prediction from the run it is about: a projector slower than the writes builds a backlog', () => {
    const run = simulate(
      {
        seed: 3,
        durationMs: 20_000,
        writesPerSecond: 60,
        readsPerSecond: 10,
        entities: 20,
        lag: { kind: 'uniform', minMs: 20, maxMs: 80 },
        projectorEventsPerSecond: 50,
        consistency: 'eventual',
      },
      { timeline: false },
    );
    const measure: PredictionMeasure = 'maxBacklog';
    const grade = gradePrediction(measure, 'high', run);
    expect(grade?.correct).toBe(true);
    expect(grade?.value).toBeGreaterThanOrEqual(100);
    expect(gradePrediction(measure, 'low', run)?.correct).toBe(false);
    expect(gradePrediction(measure, 'nonsense', run)).toBeNull();
  });
});
