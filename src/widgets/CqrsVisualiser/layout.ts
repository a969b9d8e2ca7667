/**
 * Where the picture's parts sit, for a wide box and for a phone. Pure data plus a point-along-a-
 * polyline helper, so the moving dots are placed by arithmetic here and the .tsx only draws.
 */

/** A point in SVG units. */
export interface Pt {
  x: number;
  y: number;
}

/** A labelled box. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The parts of the picture. */
export type NodeId = 'commands' | 'write' | 'log' | 'projector' | 'read' | 'reader';

/** One layout. */
export interface Layout {
  width: number;
  height: number;
  nodes: Record<NodeId, Box>;
  /** Commands → write store (commands entering). */
  command: Pt[];
  /** Write store → event log. */
  append: Pt[];
  /** The bus: event log → projector. */
  bus: Pt[];
  /** Projector → read model. */
  apply: Pt[];
  /** Reader → read model, and reader → write store (strong reads). */
  readModelRead: Pt[];
  writeStoreRead: Pt[];
  /** Where the queue's squares go (inside the projector, below its label). */
  queue: Box;
  /** Where the bus's caption goes. */
  busLabel: { x: number; y: number; anchor: 'start' | 'end' };
}

/** Size of one queue square plus its gap. */
export const CELL = 19;

/** How many queue squares fit in the layout's queue box. */
export function queueCapacity(layout: Layout): number {
  return Math.max(1, Math.floor(layout.queue.w / CELL)) * Math.max(1, Math.floor(layout.queue.h / CELL));
}

const box = (x: number, y: number, w: number, h: number): Box => ({ x, y, w, h });

/** Side by side, for a box 560 px wide or more. */
export const WIDE: Layout = {
  width: 720,
  height: 290,
  nodes: {
    commands: box(8, 20, 120, 84),
    write: box(170, 20, 130, 84),
    log: box(342, 20, 130, 84),
    projector: box(540, 150, 172, 132),
    read: box(300, 162, 150, 96),
    reader: box(8, 162, 170, 96),
  },
  command: [
    { x: 128, y: 62 },
    { x: 170, y: 62 },
  ],
  append: [
    { x: 300, y: 62 },
    { x: 342, y: 62 },
  ],
  bus: [
    { x: 472, y: 62 },
    { x: 626, y: 62 },
    { x: 626, y: 150 },
  ],
  apply: [
    { x: 540, y: 210 },
    { x: 450, y: 210 },
  ],
  readModelRead: [
    { x: 178, y: 210 },
    { x: 300, y: 210 },
  ],
  writeStoreRead: [
    { x: 93, y: 162 },
    { x: 93, y: 134 },
    { x: 235, y: 134 },
    { x: 235, y: 104 },
  ],
  queue: box(550, 212, 156, 62),
  busLabel: { x: 478, y: 40, anchor: 'start' },
};

/** Stacked, for a phone (drawn at about its own width, so the text stays readable). */
export const NARROW: Layout = {
  width: 280,
  height: 486,
  nodes: {
    commands: box(4, 8, 118, 64),
    write: box(154, 8, 122, 64),
    log: box(154, 100, 122, 64),
    projector: box(120, 262, 156, 112),
    read: box(154, 402, 122, 80),
    reader: box(4, 402, 118, 80),
  },
  command: [
    { x: 122, y: 40 },
    { x: 154, y: 40 },
  ],
  append: [
    { x: 215, y: 72 },
    { x: 215, y: 100 },
  ],
  bus: [
    { x: 215, y: 164 },
    { x: 215, y: 262 },
  ],
  apply: [
    { x: 215, y: 374 },
    { x: 215, y: 402 },
  ],
  readModelRead: [
    { x: 122, y: 442 },
    { x: 154, y: 442 },
  ],
  writeStoreRead: [
    { x: 63, y: 402 },
    { x: 63, y: 88 },
    { x: 175, y: 88 },
    { x: 175, y: 72 },
  ],
  queue: box(128, 320, 144, 50),
  busLabel: { x: 198, y: 218, anchor: 'end' },
};

/** The layout for a box `width` pixels wide. */
export function layoutFor(width: number): Layout {
  return width >= 560 ? WIDE : NARROW;
}

/** SVG path data of a polyline. */
export function pathOf(points: readonly Pt[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
}

/**
 * The point at fraction `p` (0..1, clamped) of a polyline's length, moved `offset` units to the
 * left of the direction of travel (to spread dots over lanes).
 */
export function pointAt(points: readonly Pt[], p: number, offset = 0): Pt {
  const segs: { a: Pt; b: Pt; len: number }[] = [];
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Pt;
    const b = points[i] as Pt;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    segs.push({ a, b, len });
    total += len;
  }
  if (segs.length === 0) return points[0] ?? { x: 0, y: 0 };
  let d = Math.min(Math.max(Number.isFinite(p) ? p : 0, 0), 1) * total;
  for (const s of segs) {
    if (d <= s.len || s === segs.at(-1)) {
      const f = s.len > 0 ? Math.min(d / s.len, 1) : 0;
      const nx = s.len > 0 ? (s.b.y - s.a.y) / s.len : 0;
      const ny = s.len > 0 ? -(s.b.x - s.a.x) / s.len : 0;
      return { x: s.a.x + (s.b.x - s.a.x) * f + nx * offset, y: s.a.y + (s.b.y - s.a.y) * f + ny * offset };
    }
    d -= s.len;
  }
  return points.at(-1) as Pt;
}

/** One SVG path drawing a small circle of radius `r` at each point (one element for many dots). */
export function dotsPath(points: readonly Pt[], r: number): string {
  let d = '';
  for (const p of points)
    d += `M${Math.round((p.x - r) * 10) / 10} ${Math.round(p.y * 10) / 10}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
  return d;
}
