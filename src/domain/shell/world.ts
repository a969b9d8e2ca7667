/**
 * Small helpers tools use to read and replace their slice of the world, and to draw seeded
 * random numbers that resume where the last command stopped.
 */
import { createStream, type Random } from '../shared/random';
import { advance, createClock } from '../shared/clock';
import type { World } from './types';

/** The tool's state under `key`, or `init()` when the tool has not run yet in this world. */
export function toolState<T>(world: World, key: string, init: () => T): T {
  const s = world.tools[key];
  return s === undefined ? init() : (s as T);
}

/** The world with the tool's state under `key` replaced. */
export function withToolState<T>(world: World, key: string, state: T): World {
  return { ...world, tools: { ...world.tools, [key]: state } };
}

/** The world `ms` later on its virtual clock. */
export function later(world: World, ms: number): World {
  return { ...world, clock: advance(world.clock, ms) };
}

/**
 * Draws from the world's named stream: `draw(world, 'docker-ids', r => r.uint32())` returns the
 * value and the world whose stream has moved on, so the next command draws fresh numbers and a
 * replay draws the same ones.
 */
export function draw<T>(world: World, stream: string, use: (r: Random) => T): { value: T; world: World } {
  const r = createStream(world.seed, stream);
  const done = world.draws[stream] ?? 0;
  let n = 0;
  const counting: Random = {
    next: () => (n++, r.next()),
    uint32: () => (n++, r.uint32()),
    int: (a, b) => (n++, r.int(a, b)),
    pick: (items) => (n++, r.pick(items)),
    bytes: (length) => ((n += length), r.bytes(length)),
    get state() {
      return r.state;
    },
  };
  for (let i = 0; i < done; i++) r.uint32();
  const value = use(counting);
  return { value, world: { ...world, draws: { ...world.draws, [stream]: done + n } } };
}

/** The learner's home directory in every simulated shell. */
export const HOME = '/home/learner';

/**
 * A fresh world: an empty home directory, the default clock, no tool state yet. `files` are
 * preloaded (absolute paths, or paths relative to the home directory); their parent
 * directories are created. Tools' unit tests start from here too.
 */
export function createWorld(
  options: { seed?: number; files?: Readonly<Record<string, string>>; nowMs?: number } = {},
): World {
  const files: Record<string, string> = {};
  const dirs = new Set<string>(['/', '/home', HOME, '/tmp']);
  for (const [path, text] of Object.entries(options.files ?? {})) {
    const abs = path.startsWith('/') ? path : `${HOME}/${path}`;
    files[abs] = text;
    const parts = abs.split('/').slice(1, -1);
    for (let i = 1; i <= parts.length; i++) dirs.add('/' + parts.slice(0, i).join('/'));
  }
  return {
    clock: createClock(options.nowMs),
    seed: (options.seed ?? 1) >>> 0,
    draws: {},
    fs: { files, dirs: [...dirs].sort() },
    cwd: HOME,
    env: { HOME, PATH: '/usr/local/bin:/usr/bin:/bin', USER: 'learner', PWD: HOME },
    tools: {},
  };
}
