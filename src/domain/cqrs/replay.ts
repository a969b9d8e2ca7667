/**
 * Event sourcing: the read model is a pure function of the event log.
 * `replay` folds events with the projector's own rule (apply only newer
 * versions), so it gives the same model whatever the order of the input and
 * however many duplicates it contains.
 */
import type { CqrsRunResult, DomainEvent, EventLog, ModelState } from './types';

/** Materialises the columnar log of a result as event objects, in seq order. */
export function eventLog(result: Pick<CqrsRunResult, 'log'>): DomainEvent[] {
  const log: EventLog = result.log;
  const events: DomainEvent[] = new Array<DomainEvent>(log.entity.length);
  for (let seq = 0; seq < log.entity.length; seq++) {
    events[seq] = {
      seq,
      entity: log.entity[seq] as number,
      version: log.version[seq] as number,
      amount: log.amount[seq] as number,
      total: log.total[seq] as number,
      t: log.commitMs[seq] as number,
    };
  }
  return events;
}

/**
 * Rebuilds a read model from events. `entities` sizes the result (default:
 * 1 + the largest entity id seen); entities without events have version 0.
 * @throws RangeError if an event has a negative or non-integer entity.
 */
export function replay(events: readonly DomainEvent[], entities?: number): ModelState {
  let size = entities ?? 0;
  for (const ev of events) {
    if (!Number.isInteger(ev.entity) || ev.entity < 0) {
      throw new RangeError(`event.entity must be an integer >= 0 (received ${ev.entity} at seq ${ev.seq})`);
    }
    if (entities === undefined && ev.entity + 1 > size) size = ev.entity + 1;
  }
  const version = new Array<number>(size).fill(0);
  const total = new Array<number>(size).fill(0);
  for (const ev of events) {
    if (ev.entity >= size) continue;
    // Same rule as the live projector: only a newer version replaces the state.
    if (ev.version > (version[ev.entity] as number)) {
      version[ev.entity] = ev.version;
      total[ev.entity] = ev.total;
    }
  }
  return { version, total };
}
