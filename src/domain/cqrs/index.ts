/**
 * CQRS read-model lag: a deterministic discrete-event simulation of a write
 * model, an event bus, a projector and a read model — the public door of
 * src/domain/cqrs. Timeline entries are of type `TimelineEntry`.
 */
export { simulate, resolveTimelineMode } from './simulate';
export { resolveConfig, MAX_EXPECTED_EVENTS, MAX_ENTITIES } from './config';
export { replay, eventLog } from './replay';
export { stateAt } from './state-at';
export type { CqrsSnapshot, InFlightCopy, QueuedCopy, StateAtOptions } from './state-at';
export {
  expectedStaleRatioConstantLag,
  expectedStaleRatio,
  backlogGrowthPerSecond,
  backlogClearTimeMs,
  backlogAfterPause,
  expectedInFlight,
} from './formulas';
export { percentile, percentileSorted } from './metrics';
export { meanLagMs } from './distributions';
export { SAMPLES_PER_RUN, MAX_SAMPLES } from './recorder';
export type {
  CqrsConfig,
  CqrsResult,
  CqrsRunResult,
  CqrsMetrics,
  CqrsExtraMetrics,
  Consistency,
  LagConfig,
  ResolvedCqrsConfig,
  SimulateOptions,
  TimelineMode,
  Summary,
  ModelState,
  DomainEvent,
  EventLog,
  TimelineEntry,
  CommitEntry,
  BusEntry,
  DeliverEntry,
  ProjectEntry,
  SkipEntry,
  ReadEntry,
  SampleEntry,
  ProjectorPauseEntry,
} from './types';
export { sampleSeries, backlogPeak, lagPoints } from './series';
export type { SeriesPoint, LagPoint } from './series';
export { PREDICTION_BANDS, bandOf, gradePrediction, predictionValue } from './predictions';
export type { PredictionBand, PredictionGrade, PredictionMeasure } from './predictions';
