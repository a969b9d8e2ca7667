// Times docker commands against a crowded simulated engine and writes the timings as JSON to
// $DOCKER_BENCH_OUT. Run by tests/bench/docker.bench.mjs; not part of the unit tests.
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { runDocker } from '../../src/domain/containers/cli';
import type { World } from '../../src/domain/shell/types';
import { createWorld } from '../../src/domain/shell/world';

const RUNS = 15;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;

function exec(world: World, line: string): World {
  const r = runDocker({ argv: line.split(' '), stdin: '', world });
  if (r.exitCode !== 0) throw new Error(`${line}: ${r.stderr ?? ''}`);
  return r.world ?? world;
}

function time(fn: () => void): number[] {
  fn(); // warm the JIT, as a page would be by the time a learner types
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return ms;
}

it('times docker ps with 500 containers, docker run into it, and compose up of 50 services', () => {
  let world = createWorld();
  const t0 = performance.now();
  for (let i = 0; i < 500; i++) world = exec(world, `docker run -d -p ${10000 + i}:80 --name c${i} nginx`);
  const fill = performance.now() - t0;
  const full = world;
  const ps = time(() => void runDocker({ argv: ['docker', 'ps'], stdin: '', world: full }));
  const psA = time(() => void runDocker({ argv: ['docker', 'ps', '-a'], stdin: '', world: full }));
  const run = time(() => void exec(full, 'docker run -d -p 9999:80 nginx'));
  const services = Array.from(
    { length: 50 },
    (_, i) =>
      `  s${i}:\n    image: ${i % 2 ? 'redis' : 'nginx'}\n    ports:\n      - '${20000 + i}:80'\n${i > 0 ? `    depends_on: [s${i - 1}]\n` : ''}`,
  ).join('');
  const composeWorld = {
    ...createWorld({ files: { 'big/compose.yaml': `services:\n${services}` } }),
    cwd: '/home/learner/big',
  };
  const up = time(() => void exec(composeWorld, 'docker compose up -d'));
  const out = process.env['DOCKER_BENCH_OUT'];
  const result = {
    fillMs: fill,
    psMs: median(ps),
    psAllMs: median(psA),
    runMs: median(run),
    composeUpMs: median(up),
    node: process.version,
  };
  if (out) writeFileSync(out, JSON.stringify(result));
  else console.log(result);
});
