/**
 * The command side is independent of everything downstream (the projector
 * and reads never influence writes), so the whole stream of commands — and
 * the bus lag of each event's first copy — is generated up front in one
 * tight loop. Each quantity has its own random stream, which keeps arrival
 * times identical when only the lag distribution changes.
 */
import { poissonCapacity } from './buffers';
import { exponential, sampleLag, uniformInt } from './distributions';
import { createStream } from './rng';
import type { ResolvedCqrsConfig } from './types';
import { WriteModel } from './write-model';

/** Committed commands plus the time each event's first copy reaches the projector. */
export interface GeneratedCommands {
  write: WriteModel;
  /** Arrival at the projector of the first copy of each event (index = seq). */
  arriveAt: Float64Array;
}

/**
 * Generates all commands of a run: Poisson arrivals at writesPerSecond on
 * [0, durationMs), a uniform entity and an amount in 1..9 each, committed
 * to a fresh write model; then one lag per event, in seq order.
 */
export function generateCommands(cfg: ResolvedCqrsConfig): GeneratedCommands {
  const write = new WriteModel(cfg.entities, poissonCapacity((cfg.writesPerSecond * cfg.durationMs) / 1000));
  if (cfg.writesPerSecond > 0) {
    const gaps = createStream(cfg.seed, 'writeArrivals');
    const entities = createStream(cfg.seed, 'writeEntity');
    const amounts = createStream(cfg.seed, 'commandAmount');
    const meanGap = 1000 / cfg.writesPerSecond;
    for (let t = exponential(gaps, meanGap); t < cfg.durationMs; t += exponential(gaps, meanGap)) {
      write.commit(uniformInt(entities, cfg.entities), 1 + uniformInt(amounts, 9), t);
    }
  }
  const n = write.count;
  const arriveAt = new Float64Array(n);
  const lags = createStream(cfg.seed, 'lag');
  const commitMs = write.commitMs;
  for (let i = 0; i < n; i++) arriveAt[i] = (commitMs[i] as number) + sampleLag(cfg.lag, lags);
  return { write, arriveAt };
}
