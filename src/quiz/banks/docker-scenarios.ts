/**
 * Quiz scenarios answered by the simulated Docker engine itself (src/domain/containers): the
 * questions run the commands they show, so the answer key is what the engine (and the lesson's
 * terminal) would do.
 */
import { buildImage, catalogueImage, createEngine, parseReference, type DockerState } from '../../domain/containers';
import { runDocker } from '../../domain/containers/cli';
import type { World } from '../../domain/shell/types';
import { createWorld } from '../../domain/shell/world';
import type { Rng } from '../seed';

/** Runs `lines` (space-separated words) in a fresh world with `files`; the final world. */
export function runLines(lines: readonly string[], files: Record<string, string> = {}, cwd?: string): World {
  let world = createWorld({ files });
  if (cwd) world = { ...world, cwd };
  for (const line of lines) {
    const r = runDocker({ argv: line.split(' '), stdin: '', world });
    if (r.world) world = r.world;
  }
  return world;
}

/** The containers of a world, as "name (state)" with their published host ports. */
export function containerSummary(world: World): { running: number; lines: string[] } {
  const state = world.tools['docker'] as DockerState | undefined;
  const list = state?.containers ?? [];
  return {
    running: list.filter((c) => c.status === 'running').length,
    lines: list.map((c) => {
      const ports =
        c.status === 'running' && c.ports.length > 0
          ? ` on host port ${c.ports.map((p) => p.hostPort).join(', ')}`
          : '';
      return `${c.name}: ${c.status}${ports}`;
    }),
  };
}

/** A few docker commands with a port clash, a name clash or a stop drawn from the rng. */
export function runningScenario(rng: Rng): string[] {
  const a = rng.pick([8080, 8081, 9000]);
  const b = rng.pick([a, a + 100]);
  const lines = [`docker run -d -p ${a}:80 --name web nginx`, `docker run -d -p ${b}:80 --name shop nginx`];
  if (rng.next() < 0.5) lines.push('docker run -d --name web redis');
  if (rng.next() < 0.5) lines.push(rng.pick(['docker stop web', 'docker stop shop']));
  lines.push(
    rng.pick([
      'docker run hello-world',
      'docker run -d --name cache redis',
      'docker run -d --name db -e POSTGRES_PASSWORD=example postgres:17',
    ]),
  );
  return lines;
}

/** The Flask app's two Dockerfile orders: the notes' (copy everything, then install) and the lesson's. */
export const DOCKERFILES = {
  notes:
    'FROM python:3.12-slim\nWORKDIR /app\nCOPY . /app\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]\n',
  lesson:
    'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app.py .\nCMD ["gunicorn", "--bind", "0.0.0.0:5000", "app:app"]\n',
} as const;

/** The steps (after FROM) that run again when `edited` changes between two builds. */
export function rebuiltSteps(
  dockerfile: string,
  edited: 'app.py' | 'requirements.txt',
): { rebuilt: string[]; total: number } {
  const files = {
    'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
    'requirements.txt': 'flask==3.1.0\ngunicorn==23.0.0\n',
  };
  const resolveBase = (ref: string) => {
    const r = parseReference(ref);
    return (typeof r === 'string' ? undefined : catalogueImage(r)) ?? `${ref}: not found`;
  };
  const first = buildImage(createEngine(1), { dockerfile, context: files, tags: ['app:1'], nowMs: 0, resolveBase });
  if (!first.ok) throw new Error(first.message);
  const next = { ...files, [edited]: `${files[edited]}# edited\n` };
  const second = buildImage(first.state, { dockerfile, context: next, tags: ['app:1'], nowMs: 1, resolveBase });
  if (!second.ok) throw new Error(second.message);
  return {
    rebuilt: second.steps.filter((s) => s.index > 1 && !s.cached).map((s) => s.text),
    total: second.steps.length - 1,
  };
}

/** A compose file whose services depend on each other, for "what does up -d SERVICE start?". */
export const CHAIN_COMPOSE = `services:
  web:
    image: nginx
    ports:
      - '8080:80'
    depends_on: [api]
  api:
    image: python:3.12-slim
    depends_on: [db, cache]
  worker:
    image: python:3.12-slim
    depends_on: [cache]
  db:
    image: postgres:17
    environment:
      POSTGRES_PASSWORD: example
  cache:
    image: redis
`;
