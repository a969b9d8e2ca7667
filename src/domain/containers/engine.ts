/**
 * The Docker engine as a pure step: `dockerStep(state, input) -> { state, events }`. The daemon's
 * refusals are `error` events carrying its wording (moby's messages, checked 2026-12-03); the
 * CLI adds "Error response from daemon: " and picks the exit code.
 */
import type { Step, StepResult } from '../shared/simulation';
import type { Container, ContainerStatus, DockerState, Image, Mount, PortBinding, RestartPolicy } from './docker-types';
import { hex64, shortId } from './hex';
import { addImage, findImage } from './images';
import { generateName, VALID_NAME } from './names';
import { inside } from './programs';
import { familiarTag, parseReference } from './reference';

/** What `docker create`/`run` asks for, already parsed. */
export interface ContainerSpec {
  readonly image: string;
  readonly name?: string;
  readonly cmd?: readonly string[];
  readonly env?: readonly string[];
  readonly ports?: readonly PortBinding[];
  readonly mounts?: readonly Mount[];
  readonly network?: string;
  readonly restart?: RestartPolicy;
  readonly autoRemove?: boolean;
  readonly labels?: Readonly<Record<string, string>>;
}

export type EngineInput =
  | { readonly kind: 'add-image'; readonly image: Image }
  | { readonly kind: 'create'; readonly spec: ContainerSpec; readonly start: boolean; readonly nowMs: number }
  | { readonly kind: 'start'; readonly target: string; readonly nowMs: number }
  | { readonly kind: 'stop'; readonly target: string; readonly nowMs: number }
  | { readonly kind: 'rm'; readonly target: string; readonly force: boolean; readonly nowMs: number }
  | { readonly kind: 'rmi'; readonly target: string; readonly force: boolean }
  | { readonly kind: 'tag'; readonly source: string; readonly target: string }
  | { readonly kind: 'network-create'; readonly name: string; readonly labels?: Readonly<Record<string, string>> }
  | { readonly kind: 'network-rm'; readonly name: string }
  | {
      readonly kind: 'volume-create';
      readonly name: string;
      readonly nowMs: number;
      readonly labels?: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'volume-rm'; readonly name: string };

export type EngineEvent =
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'created'; readonly id: string; readonly name: string }
  | { readonly kind: 'started'; readonly id: string; readonly logs: readonly string[] }
  | { readonly kind: 'exited'; readonly id: string; readonly code: number }
  | { readonly kind: 'stopped'; readonly id: string }
  | { readonly kind: 'removed'; readonly id: string }
  | { readonly kind: 'untagged'; readonly ref: string }
  | { readonly kind: 'deleted'; readonly id: string }
  | { readonly kind: 'tagged'; readonly ref: string }
  | { readonly kind: 'network-created'; readonly id: string; readonly name: string }
  | { readonly kind: 'network-removed'; readonly name: string }
  | { readonly kind: 'volume-created'; readonly name: string }
  | { readonly kind: 'volume-removed'; readonly name: string };

type R = StepResult<DockerState, EngineEvent>;
const fail = (state: DockerState, message: string): R => ({ state, events: [{ kind: 'error', message }] });

/** An engine with the three default networks and nothing else. */
export function createEngine(seed: number): DockerState {
  const net = (name: string, driver: 'bridge' | 'host' | 'null') => ({
    id: hex64(seed, `docker-net-${name}`),
    name,
    driver,
    labels: {},
  });
  return {
    seed,
    idCount: 0,
    images: [],
    containers: [],
    networks: [net('bridge', 'bridge'), net('host', 'host'), net('none', 'null')],
    volumes: [],
    buildCache: [],
  };
}

/** The next 64-hex id and the state that has used it. */
export function nextId(state: DockerState): { id: string; state: DockerState } {
  return { id: hex64(state.seed, `docker-id-${state.idCount}`), state: { ...state, idCount: state.idCount + 1 } };
}

/** The container `target` names: its name, full id, or a unique id prefix. */
export function findContainer(state: DockerState, target: string): Container | undefined {
  const name = target.replace(/^\//, '');
  const byName = state.containers.find((c) => c.name === name);
  if (byName) return byName;
  if (!/^[a-f0-9]+$/.test(target)) return undefined;
  const hits = state.containers.filter((c) => c.id.startsWith(target));
  return hits.length === 1 ? hits[0] : undefined;
}

const replace = (state: DockerState, c: Container): DockerState => ({
  ...state,
  containers: state.containers.map((x) => (x.id === c.id ? c : x)),
});

function create(state: DockerState, spec: ContainerSpec, nowMs: number): R {
  const image = findImage(state, spec.image);
  if (!image) return fail(state, `No such image: ${spec.image}`);
  if (spec.name !== undefined) {
    if (!VALID_NAME.test(spec.name))
      return fail(state, `Invalid container name (${spec.name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
    const holder = state.containers.find((c) => c.name === spec.name);
    if (holder)
      return fail(
        state,
        `Conflict. The container name "/${spec.name}" is already in use by container "${holder.id}". You have to remove (or rename) that container to be able to reuse that name.`,
      );
  }
  const network = spec.network ?? 'bridge';
  if (!state.networks.some((n) => n.name === network)) return fail(state, `network ${network} not found`);
  let s = state;
  for (const m of spec.mounts ?? [])
    if (m.type === 'volume' && !s.volumes.some((v) => v.name === m.source))
      s = { ...s, volumes: [...s.volumes, { name: m.source, createdMs: nowMs, labels: {} }] };
  const drawn = nextId(s);
  s = drawn.state;
  const id = drawn.id;
  const name = spec.name ?? generateName(id, new Set(s.containers.map((c) => c.name)));
  const container: Container = {
    id,
    name,
    image: spec.image,
    imageId: image.id,
    entrypoint: image.config.entrypoint,
    cmd: spec.cmd && spec.cmd.length > 0 ? spec.cmd : image.config.cmd,
    env: [...image.config.env, ...(spec.env ?? [])],
    ports: spec.ports ?? [],
    exposed: image.config.exposed,
    mounts: spec.mounts ?? [],
    networks: [network],
    restart: spec.restart ?? 'no',
    autoRemove: spec.autoRemove ?? false,
    status: 'created',
    exitCode: 0,
    createdMs: nowMs,
    startedMs: 0,
    finishedMs: 0,
    logs: [],
    labels: spec.labels ?? {},
  };
  return { state: { ...s, containers: [...s.containers, container] }, events: [{ kind: 'created', id, name }] };
}

function timeText(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, '')
    .replace(/-/g, '/');
}

/** True when `a` and `b` would fight for the same host port. */
function clash(a: PortBinding, b: PortBinding): boolean {
  return (
    a.hostPort === b.hostPort &&
    a.proto === b.proto &&
    (a.hostIp === b.hostIp || a.hostIp === '0.0.0.0' || b.hostIp === '0.0.0.0')
  );
}

function start(state: DockerState, target: string, nowMs: number): R {
  const c = findContainer(state, target);
  if (!c) return fail(state, `No such container: ${target}`);
  if (c.status === 'running') return { state, events: [] };
  for (const p of c.ports) {
    if (p.hostPort === 0) continue;
    const other = state.containers.find(
      (o) => o.id !== c.id && o.status === 'running' && o.ports.some((q) => clash(p, q)),
    );
    if (other)
      return fail(
        state,
        `failed to set up container networking: driver failed programming external connectivity on endpoint ${c.name} (${c.id}): Bind for ${p.hostIp}:${p.hostPort} failed: port is already allocated`,
      );
  }
  const image = state.images.find((i) => i.id === c.imageId);
  const b = image?.behaviour ?? { kind: 'exits' as const, code: 0, logs: [] };
  const stamp = (line: string) => line.replace('{time}', timeText(nowMs));
  let status: ContainerStatus = 'running';
  let code = 0;
  let lines: readonly string[];
  if (b.kind === 'server') {
    // NAME=value, or NAME_FILE=path (the official images read a secret file), or postgres's
    // POSTGRES_HOST_AUTH_METHOD=trust.
    const need = b.requiresEnv?.name ?? '';
    const missing =
      b.requiresEnv &&
      !c.env.some((e) => /^[^=]+=.+/.test(e) && (e.startsWith(`${need}=`) || e.startsWith(`${need}_FILE=`))) &&
      !c.env.includes('POSTGRES_HOST_AUTH_METHOD=trust');
    if (missing && b.requiresEnv) {
      status = 'exited';
      code = 1;
      lines = b.requiresEnv.error;
    } else lines = b.logs.map(stamp);
  } else if (image && c.cmd[0] !== image.config.cmd[0]) {
    // A command given to docker run: the simulated programs answer it.
    const r = inside(c, state, c.cmd);
    status = 'exited';
    code = r.code;
    lines = `${r.out}${r.err ?? ''}`.split('\n').slice(0, -1);
  } else {
    status = 'exited';
    code = b.code;
    lines = b.logs.map(stamp);
  }
  const next: Container = {
    ...c,
    status,
    exitCode: code,
    startedMs: nowMs,
    finishedMs: status === 'exited' ? nowMs : 0,
    logs: [...c.logs, ...lines],
  };
  const events: EngineEvent[] = [{ kind: 'started', id: c.id, logs: lines }];
  if (status === 'exited') {
    events.push({ kind: 'exited', id: c.id, code });
    if (c.autoRemove) {
      events.push({ kind: 'removed', id: c.id });
      return { state: { ...state, containers: state.containers.filter((x) => x.id !== c.id) }, events };
    }
  }
  return { state: replace(state, next), events };
}

function stop(state: DockerState, target: string, nowMs: number): R {
  const c = findContainer(state, target);
  if (!c) return fail(state, `No such container: ${target}`);
  if (c.status !== 'running') return { state, events: [{ kind: 'stopped', id: c.id }] };
  const events: EngineEvent[] = [{ kind: 'stopped', id: c.id }];
  if (c.autoRemove) {
    events.push({ kind: 'removed', id: c.id });
    return { state: { ...state, containers: state.containers.filter((x) => x.id !== c.id) }, events };
  }
  // nginx, postgres and redis exit 0 on SIGTERM.
  return { state: replace(state, { ...c, status: 'exited', exitCode: 0, finishedMs: nowMs }), events };
}

function rm(state: DockerState, target: string, force: boolean): R {
  const c = findContainer(state, target);
  if (!c) return fail(state, `No such container: ${target}`);
  if (c.status === 'running' && !force)
    return fail(
      state,
      `cannot remove container "/${c.name}": container is running: stop the container before removing or force remove`,
    );
  return {
    state: { ...state, containers: state.containers.filter((x) => x.id !== c.id) },
    events: [{ kind: 'removed', id: c.id }],
  };
}

function rmi(state: DockerState, target: string, force: boolean): R {
  const image = findImage(state, target);
  if (!image) return fail(state, `No such image: ${target}`);
  const byTag = !image.id.slice(7).startsWith(target.replace(/^sha256:/, ''));
  const users = state.containers.filter((c) => c.imageId === image.id);
  const running = users.find((c) => c.status === 'running');
  if (running && force)
    return fail(
      state,
      `conflict: unable to delete ${shortId(image.id)} (cannot be forced) - image is being used by running container ${shortId(running.id)}`,
    );
  const untagOnly = byTag && image.repoTags.length > 1;
  if (users.length > 0 && !force && !untagOnly) {
    const user = users[0] as Container;
    const what = byTag ? `repository reference "${target}"` : shortId(image.id);
    return fail(
      state,
      `conflict: unable to ${byTag ? 'remove' : 'delete'} ${what} (must force) - container ${shortId(user.id)} is using its referenced image ${shortId(image.id)}`,
    );
  }
  if (untagOnly) {
    const ref = parseReference(target);
    const tag = typeof ref === 'string' ? target : familiarTag(ref);
    const next = { ...image, repoTags: image.repoTags.filter((t) => t !== tag) };
    return {
      state: { ...state, images: state.images.map((i) => (i.id === image.id ? next : i)) },
      events: [{ kind: 'untagged', ref: tag }],
    };
  }
  const events: EngineEvent[] = [
    ...image.repoTags.map((ref) => ({ kind: 'untagged' as const, ref })),
    ...image.repoDigests.map((ref) => ({ kind: 'untagged' as const, ref })),
    { kind: 'deleted', id: image.id },
  ];
  return { state: { ...state, images: state.images.filter((i) => i.id !== image.id) }, events };
}

function tag(state: DockerState, source: string, target: string): R {
  const image = findImage(state, source);
  if (!image) return fail(state, `No such image: ${source}`);
  return { state: addImage(state, { ...image, repoTags: [target] }), events: [{ kind: 'tagged', ref: target }] };
}

/** One step of the engine. Pure: never mutates `state`. */
export const dockerStep: Step<DockerState, EngineInput, EngineEvent> = (state, input) => {
  switch (input.kind) {
    case 'add-image':
      return { state: addImage(state, input.image), events: [] };
    case 'create': {
      const made = create(state, input.spec, input.nowMs);
      const created = made.events[0];
      if (!input.start || created?.kind !== 'created') return made;
      const started = start(made.state, created.id, input.nowMs);
      return { state: started.state, events: [...made.events, ...started.events] };
    }
    case 'start':
      return start(state, input.target, input.nowMs);
    case 'stop':
      return stop(state, input.target, input.nowMs);
    case 'rm':
      return rm(state, input.target, input.force);
    case 'rmi':
      return rmi(state, input.target, input.force);
    case 'tag':
      return tag(state, input.source, input.target);
    case 'network-create': {
      if (state.networks.some((n) => n.name === input.name))
        return fail(state, `network with name ${input.name} already exists`);
      const drawn = nextId(state);
      return {
        state: {
          ...drawn.state,
          networks: [
            ...drawn.state.networks,
            { id: drawn.id, name: input.name, driver: 'bridge', labels: input.labels ?? {} },
          ],
        },
        events: [{ kind: 'network-created', id: drawn.id, name: input.name }],
      };
    }
    case 'network-rm': {
      const n = state.networks.find((x) => x.name === input.name || x.id.startsWith(input.name));
      if (!n) return fail(state, `network ${input.name} not found`);
      if (['bridge', 'host', 'none'].includes(n.name))
        return fail(state, `${n.name} is a pre-defined network and cannot be removed`);
      const user = state.containers.find((c) => c.status === 'running' && c.networks.includes(n.name));
      if (user)
        return fail(
          state,
          `error while removing network: network ${n.name} has active endpoints (name:"${user.name}" id:"${shortId(user.id)}")`,
        );
      return {
        state: { ...state, networks: state.networks.filter((x) => x !== n) },
        events: [{ kind: 'network-removed', name: n.name }],
      };
    }
    case 'volume-create': {
      if (state.volumes.some((v) => v.name === input.name))
        return { state, events: [{ kind: 'volume-created', name: input.name }] };
      return {
        state: {
          ...state,
          volumes: [...state.volumes, { name: input.name, createdMs: input.nowMs, labels: input.labels ?? {} }],
        },
        events: [{ kind: 'volume-created', name: input.name }],
      };
    }
    case 'volume-rm': {
      if (!state.volumes.some((v) => v.name === input.name)) return fail(state, `get ${input.name}: no such volume`);
      const users = state.containers.filter((c) =>
        c.mounts.some((m) => m.type === 'volume' && m.source === input.name),
      );
      if (users.length > 0)
        return fail(state, `remove ${input.name}: volume is in use - [${users.map((u) => u.id).join(', ')}]`);
      return {
        state: { ...state, volumes: state.volumes.filter((v) => v.name !== input.name) },
        events: [{ kind: 'volume-removed', name: input.name }],
      };
    }
  }
};
