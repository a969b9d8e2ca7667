/**
 * The visualiser's starting scenarios. Each is a plain `CqrsConfig` for src/domain/cqrs; the
 * widget never changes them, it copies one into the form. Sizes keep a full timeline small
 * (a few thousand events) so the animation starts at once.
 */
import type { CqrsConfig } from '../../domain/cqrs';

/** Every preset id, in the order the preset buttons show them. */
export const PRESET_IDS = ['healthy', 'projector-cant-keep-up', 'lag-spike', 'read-your-writes'] as const;

/** A preset's id. */
export type PresetId = (typeof PRESET_IDS)[number];

/** The preset used when a lesson names none. */
export const DEFAULT_PRESET: PresetId = 'healthy';

/** True when `id` names a preset. */
export function isPresetId(id: unknown): id is PresetId {
  return typeof id === 'string' && (PRESET_IDS as readonly string[]).includes(id);
}

/** The message of the build error for an unknown preset id (names what was received and what is valid). */
export function unknownPresetMessage(where: string, received: unknown): string {
  return `<CqrsVisualiser> in ${where}: preset is ${JSON.stringify(received)}, expected one of ${PRESET_IDS.join(', ')}`;
}

/** The configs. Durations are in ms, rates per second. */
export const PRESETS: Readonly<Record<PresetId, CqrsConfig>> = {
  // A projector with spare capacity and a short bus: the read model trails by ~50 ms.
  healthy: {
    seed: 7,
    durationMs: 20_000,
    writesPerSecond: 20,
    readsPerSecond: 40,
    entities: 50,
    lag: { kind: 'uniform', minMs: 20, maxMs: 80 },
    projectorEventsPerSecond: 200,
    consistency: 'eventual',
  },
  // Writes arrive faster than the projector can apply them: the backlog grows until writes stop.
  'projector-cant-keep-up': {
    seed: 7,
    durationMs: 20_000,
    writesPerSecond: 60,
    readsPerSecond: 40,
    entities: 20,
    lag: { kind: 'uniform', minMs: 20, maxMs: 80 },
    projectorEventsPerSecond: 50,
    consistency: 'eventual',
  },
  // A healthy system whose projector stops for 3 s: the backlog and the lag spike, then drain.
  'lag-spike': {
    seed: 7,
    durationMs: 20_000,
    writesPerSecond: 20,
    readsPerSecond: 40,
    entities: 50,
    lag: { kind: 'uniform', minMs: 20, maxMs: 80 },
    projectorEventsPerSecond: 200,
    consistency: 'eventual',
    faults: { projectorPause: { atMs: 8_000, forMs: 3_000 } },
  },
  // The writer's own read waits for the read model to catch up; other readers still see lag.
  'read-your-writes': {
    seed: 7,
    durationMs: 20_000,
    writesPerSecond: 20,
    readsPerSecond: 40,
    entities: 5,
    lag: { kind: 'exponential', meanMs: 150 },
    projectorEventsPerSecond: 200,
    consistency: 'read-your-writes',
  },
};
