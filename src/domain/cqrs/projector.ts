/**
 * The bus and the projector. Each committed event is put on the bus as a
 * copy; a duplicated delivery is a second copy. Copies reach the projector
 * at their arrival time and join a single FIFO queue; the projector serves
 * one copy at a time for `serviceMs` (0 = unlimited capacity). Whether a copy
 * changes the read model is decided by the read model (idempotent by version).
 */
import { ArrivalHeap } from './arrival-heap';
import { growF64, growI32, growU8 } from './buffers';

/** A projector pause: nothing is projected during [atMs, atMs + forMs). */
export type Pause = { atMs: number; forMs: number } | null;

/** Whether the projector is paused at time t. */
export function isPaused(t: number, pause: Pause): boolean {
  return pause !== null && t >= pause.atMs && t < pause.atMs + pause.forMs;
}

/** When service that could begin at `t` actually begins: a start inside the pause waits for its end. */
export function serviceStart(t: number, pause: Pause): number {
  return pause !== null && isPaused(t, pause) ? pause.atMs + pause.forMs : t;
}

/**
 * Completion time of a service of `serviceMs` that began at `start`
 * (already outside the pause). Work that would run into the pause is
 * suspended and resumes after it, so no completion falls inside the pause.
 */
export function serviceEnd(start: number, serviceMs: number, pause: Pause): number {
  const end = start + serviceMs;
  if (pause !== null && pause.forMs > 0 && start < pause.atMs && end >= pause.atMs) return end + pause.forMs;
  return end;
}

/** Bus (copies in flight, ordered by arrival) plus the projector's FIFO queue. */
export class Projector {
  readonly bus = new ArrivalHeap();
  /** Per copy: event seq, duplicate flag, time put on the bus. */
  copySeq: Int32Array;
  copyDup: Uint8Array;
  copySentAt: Float64Array;
  copies = 0;
  /** FIFO of copy ids; every copy enters once, so it never wraps. */
  private queue: Int32Array;
  private head = 0;
  private tail = 0;
  /** Service start and completion of the copy at the head (Infinity when idle). */
  startedAt = 0;
  doneAt = Infinity;

  /** @param capacity initial copy capacity (grows as needed). */
  constructor(
    private readonly serviceMs: number,
    private readonly pause: Pause,
    capacity: number,
  ) {
    const cap = Math.max(1, capacity);
    this.copySeq = new Int32Array(cap);
    this.copyDup = new Uint8Array(cap);
    this.copySentAt = new Float64Array(cap);
    this.queue = new Int32Array(cap);
  }

  /** Copies waiting at or being processed by the projector. */
  get backlog(): number {
    return this.tail - this.head;
  }

  /** Copies on the bus. */
  get inFlight(): number {
    return this.bus.size;
  }

  /** Puts a copy of event `seq` on the bus at `t`, arriving at `arriveAt`; returns its copy id. */
  send(seq: number, duplicate: boolean, t: number, arriveAt: number): number {
    const id = this.copies++;
    if (id === this.copySeq.length) {
      this.copySeq = growI32(this.copySeq, id + 1);
      this.copyDup = growU8(this.copyDup, id + 1);
      this.copySentAt = growF64(this.copySentAt, id + 1);
      this.queue = growI32(this.queue, id + 1);
    }
    this.copySeq[id] = seq;
    this.copyDup[id] = duplicate ? 1 : 0;
    this.copySentAt[id] = t;
    this.bus.push(arriveAt, id);
    return id;
  }

  /** Moves the earliest copy from the bus into the queue at time `now`; returns its id. */
  deliver(now: number): number {
    const id = this.bus.pop();
    this.queue[this.tail++] = id;
    if (this.tail - this.head === 1) this.begin(now);
    return id;
  }

  /** Finishes the head copy at `now` (= doneAt) and starts the next; returns the finished id. */
  complete(now: number): number {
    const id = this.queue[this.head++] as number;
    if (this.head < this.tail) this.begin(now);
    else this.doneAt = Infinity;
    return id;
  }

  /** Id of the copy in service, or -1. */
  current(): number {
    return this.head < this.tail ? (this.queue[this.head] as number) : -1;
  }

  private begin(now: number): void {
    this.startedAt = serviceStart(now, this.pause);
    this.doneAt = serviceEnd(this.startedAt, this.serviceMs, this.pause);
  }
}
