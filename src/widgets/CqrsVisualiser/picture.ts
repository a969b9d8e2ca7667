/**
 * The picture at one instant: what each box says, where each dot is, and how the last read
 * came back. Everything is read from the domain's snapshot (`stateAt`) and the run's event log;
 * this file only places and labels it, and caps what is drawn so a 10,000-event run stays fast.
 */
import type { CqrsRunResult, CqrsSnapshot, ReadEntry } from '../../domain/cqrs';
import { CELL, dotsPath, pointAt, queueCapacity, type Layout, type NodeId, type Pt } from './layout';
import { num } from './format';
import { PICTURE } from './strings';

/** Most dots drawn on the bus, squares in the queue and entity chips. */
export const MAX_DOTS = 150;
export const MAX_QUEUE = 48;
export const MAX_ENTITY_CHIPS = 60;
/** How long (wall-clock ms) a commit or a read stays visible on its arrow. */
export const FLASH_MS = 400;
/** How many recent reads the snapshot is asked for. */
export const RECENT_READS = 6;

/** A read's outcome, shown with an icon, a word and a colour. */
export type ReadStatus = 'fresh' | 'stale' | 'waited';

/** A moving dot. */
export interface Dot extends Pt {
  key: number;
  duplicate?: boolean;
  status?: ReadStatus;
}

/** One square of the projector's queue. */
export interface QueueSquare extends Pt {
  key: number;
  inService: boolean;
  progress: number;
  duplicate: boolean;
}

/** A read for the list beside the picture. */
export interface ReadView {
  key: string;
  status: ReadStatus;
  text: string;
}

/** Per-entity versions. */
export interface EntityChip {
  entity: number;
  write: number;
  read: number;
  stale: boolean;
}

/** Everything the picture draws at one instant. */
export interface PictureView {
  lines: Record<NodeId, string[]>;
  paused: boolean;
  strong: boolean;
  commits: Dot[];
  busDots: Dot[];
  /** The dots as single paths (commits, events on the bus, duplicate copies): cheap to redraw every frame. */
  paths: { commits: string; bus: string; duplicates: string };
  inFlight: number;
  hiddenDots: number;
  queue: QueueSquare[];
  hiddenQueue: number;
  readDots: Dot[];
  lastRead: ReadView | null;
  reads: ReadView[];
  entities: EntityChip[];
  hiddenEntities: number;
  hiddenStale: number;
  /** One sentence for screen readers and the status line. */
  label: string;
}

/** The status of a read: stale, fresh after a wait (read-your-writes), or fresh. */
export function readStatus(r: ReadEntry): ReadStatus {
  if (r.stale) return 'stale';
  return r.waitMs > 0 ? 'waited' : 'fresh';
}

/** How a read is described in the list. */
export function describeRead(r: ReadEntry): string {
  const who = r.source === 'follow-up' ? PICTURE.writer : PICTURE.reader;
  const where = r.servedBy === 'write-model' ? PICTURE.fromWriteStore : PICTURE.fromReadModel;
  const base = PICTURE.read(who, r.entity, r.readVersion, where);
  switch (readStatus(r)) {
    case 'stale':
      return `${base}: ${PICTURE.staleDetail(r.writeVersion)}`;
    case 'waited':
      return `${base}: ${PICTURE.waitedDetail(r.waitMs)}`;
    case 'fresh':
      return `${base}: ${PICTURE.freshDetail}`;
  }
}

/** Keeps at most `max` items, evenly spread by a stable key (so dots do not flicker). */
export function thin<T>(items: readonly T[], max: number, key: (item: T) => number): T[] {
  if (items.length <= max) return [...items];
  const stride = Math.ceil(items.length / max);
  return items.filter((it) => key(it) % stride === 0).slice(0, max);
}

/** Builds the picture for a snapshot. `speed` scales the short flashes so they last FLASH_MS of wall time. */
export function pictureView(result: CqrsRunResult, s: CqrsSnapshot, layout: Layout, speed: number): PictureView {
  const cfg = result.config;
  const window = FLASH_MS * speed;
  const strong = cfg.consistency === 'strong';

  const commits: Dot[] = [];
  const { commitMs, entity, version } = result.log;
  for (let seq = s.writes - 1; seq >= 0 && commits.length < 12; seq--) {
    const age = s.t - (commitMs[seq] as number);
    if (age >= window) break;
    commits.push({ key: seq, ...pointAt(layout.command, age / window) });
  }

  const visible = thin(s.inFlight, MAX_DOTS, (c) => c.copy);
  const busDots = visible.map((c) => ({
    key: c.copy,
    duplicate: c.duplicate,
    ...pointAt(layout.bus, c.progress, ((c.copy % 5) - 2) * 5),
  }));

  const q = layout.queue;
  const perRow = Math.max(1, Math.floor(q.w / CELL));
  const cap = Math.min(MAX_QUEUE, queueCapacity(layout));
  const queue = s.queue.slice(0, cap).map((c, i) => ({
    key: c.copy,
    x: q.x + (i % perRow) * CELL,
    y: q.y + Math.floor(i / perRow) * CELL,
    inService: c.inService,
    progress: c.progress,
    duplicate: c.duplicate,
  }));

  const readDots: Dot[] = [];
  for (const r of s.recentReads) {
    const age = s.t - r.t;
    if (age >= window) continue;
    const path = r.servedBy === 'write-model' ? layout.writeStoreRead : layout.readModelRead;
    // Out along the first half of the flash, back (coloured by the outcome) along the second.
    const f = age / window;
    const at = pointAt(path, f < 0.5 ? f * 2 : 2 - f * 2, f < 0.5 ? 4 : -4);
    readDots.push(
      f < 0.5 ? { key: r.t * 7 + r.entity, ...at } : { key: r.t * 7 + r.entity, status: readStatus(r), ...at },
    );
  }
  const reads = [...s.recentReads]
    .reverse()
    .map((r, i) => ({ key: `${r.t}-${r.entity}-${i}`, status: readStatus(r), text: describeRead(r) }));
  const last = s.recentReads.at(-1);

  const chips: EntityChip[] = [];
  for (let e = 0; e < Math.min(cfg.entities, MAX_ENTITY_CHIPS); e++) {
    const w = s.writeModel.version[e] ?? 0;
    const r = s.readModel.version[e] ?? 0;
    chips.push({ entity: e, write: w, read: r, stale: r < w });
  }
  const hiddenStale = s.staleEntities.filter((e) => e >= MAX_ENTITY_CHIPS).length;

  const lastSeq = s.writes - 1;
  const logLine =
    lastSeq >= 0 ? PICTURE.lastEvent(lastSeq, entity[lastSeq] as number, version[lastSeq] as number) : PICTURE.emptyLog;
  const lines: Record<NodeId, string[]> = {
    commands: [PICTURE.commands, PICTURE.sent(num(s.writes))],
    write: [PICTURE.writeStore, PICTURE.versions(num(s.writes)), ...(strong ? [PICTURE.servesReads] : [])],
    log: [PICTURE.eventLog, logLine],
    projector: [
      PICTURE.projector,
      s.projectorPaused ? PICTURE.paused : PICTURE.waiting(num(s.backlog)),
      ...(s.projectorPaused ? [PICTURE.waiting(num(s.backlog))] : []),
    ],
    read: [PICTURE.readModel, PICTURE.applied(num(s.applied)), PICTURE.staleEntities(num(s.staleEntities.length))],
    reader: [PICTURE.readers, last ? PICTURE.lastRead(readStatus(last)) : PICTURE.noReads],
  };
  return {
    lines,
    paused: s.projectorPaused,
    strong,
    commits,
    busDots,
    paths: {
      commits: dotsPath(commits, 4),
      bus: dotsPath(
        busDots.filter((d) => d.duplicate !== true),
        4,
      ),
      duplicates: dotsPath(
        busDots.filter((d) => d.duplicate === true),
        4,
      ),
    },
    inFlight: s.inFlight.length,
    hiddenDots: s.inFlight.length - busDots.length,
    queue,
    hiddenQueue: Math.max(0, s.queue.length - queue.length),
    readDots,
    lastRead: last ? { key: 'last', status: readStatus(last), text: describeRead(last) } : null,
    reads,
    entities: chips,
    hiddenEntities: Math.max(0, cfg.entities - MAX_ENTITY_CHIPS),
    hiddenStale,
    label: PICTURE.label({
      t: s.t,
      writes: s.writes,
      inFlight: s.inFlight.length,
      backlog: s.backlog,
      paused: s.projectorPaused,
      applied: s.applied,
      stale: s.staleEntities.length,
      entities: cfg.entities,
      last: last ? readStatus(last) : null,
    }),
  };
}
