/**
 * A small Kubernetes cluster, simulated: nodes, Deployments, ReplicaSets, Pods, Services and
 * HorizontalPodAutoscalers, with the controllers that turn desired state into pods, as pure steps
 * over virtual time. Behaviour follows the Kubernetes documentation (Deployments, ReplicaSet,
 * Pod Lifecycle, Taints and Tolerations, Horizontal Pod Autoscaling; read 2026-12-04):
 *
 * - The Deployment controller keeps one ReplicaSet per pod template (named
 *   `<deployment>-<pod-template-hash>`), and rolls from old to new within maxSurge and
 *   maxUnavailable (`rollingUpdateBounds`), keeping earlier ReplicaSets at 0 as its history.
 * - The ReplicaSet controller creates pods `<replicaset>-<5 characters>` or deletes extra ones
 *   (not-ready pods first).
 * - The scheduler puts a pending pod on a Ready, schedulable node with room for its requests,
 *   spreading a ReplicaSet's pods; a pod that fits nowhere stays Pending with the reason.
 * - The kubelet's part is a timeline from the moment a pod is scheduled: pulling, created,
 *   started, ready; an image no registry has gives ErrImagePull then ImagePullBackOff, a
 *   container whose process exits gives restarts and CrashLoopBackOff (back-off 10 s doubling
 *   to 5 minutes).
 * - A node that stops being Ready keeps its pods for 300 s (the default toleration of
 *   `node.kubernetes.io/not-ready`), then they are evicted and replaced elsewhere.
 *
 * The state is plain data; time comes from the caller (`settle(state, nowMs)`), never a clock.
 */
import { rollingUpdateBounds, type IntOrPercent } from './rolling-update';
import { HPA_SCALE_UP_PERIOD_MS, hpaDecision } from './hpa';

export interface NodeState {
  readonly name: string;
  readonly role: 'control-plane' | 'worker';
  /** Allocatable CPU in millicores and memory in MiB. */
  readonly cpuMilli: number;
  readonly memMi: number;
  readonly ready: boolean;
  /** Cordoned: no new pods are scheduled here. */
  readonly unschedulable: boolean;
  /** When it stopped being Ready (for the 300 s eviction), if it is not Ready. */
  readonly notReadySinceMs?: number;
  readonly createdMs: number;
  readonly ip: string;
}

export interface ContainerSpec {
  readonly name: string;
  readonly image: string;
  readonly ports: readonly number[];
  readonly cpuMilli: number;
  readonly memMi: number;
}

export interface PodTemplate {
  readonly labels: Readonly<Record<string, string>>;
  readonly containers: readonly ContainerSpec[];
}

/** What happens when the kubelet starts this pod's image. */
export type ImageOutcome = 'runs' | 'not-found' | 'exits';

export interface PodState {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  /** Owning ReplicaSet, if any. */
  readonly owner?: string;
  readonly template: PodTemplate;
  readonly createdMs: number;
  readonly node?: string;
  readonly scheduledMs?: number;
  readonly outcome: ImageOutcome;
  readonly ip?: string;
  /** Why the scheduler could not place it (kept while it stays Pending). */
  readonly unschedulable?: string;
}

export interface ReplicaSetState {
  readonly name: string;
  readonly deployment: string;
  readonly hash: string;
  readonly replicas: number;
  readonly template: PodTemplate;
  readonly revision: number;
  readonly createdMs: number;
}

export interface DeploymentState {
  readonly name: string;
  readonly replicas: number;
  readonly selector: Readonly<Record<string, string>>;
  readonly template: PodTemplate;
  readonly maxSurge: IntOrPercent;
  readonly maxUnavailable: IntOrPercent;
  readonly createdMs: number;
  /** The labels of the Deployment object itself. */
  readonly labels: Readonly<Record<string, string>>;
}

export interface ServicePort {
  readonly port: number;
  readonly targetPort: number;
  readonly nodePort?: number;
  readonly protocol: 'TCP' | 'UDP';
}

export interface ServiceState {
  readonly name: string;
  readonly type: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
  readonly selector: Readonly<Record<string, string>>;
  readonly ports: readonly ServicePort[];
  readonly clusterIP: string;
  readonly createdMs: number;
}

export interface HpaState {
  readonly name: string;
  readonly target: string;
  readonly min: number;
  readonly max: number;
  readonly cpuPercent: number;
  readonly createdMs: number;
  /** When it last changed the scale (scale-down waits 5 minutes after, the default stabilisation window). */
  readonly lastScaleMs?: number;
}

export interface ClusterEvent {
  readonly atMs: number;
  readonly type: 'Normal' | 'Warning';
  readonly reason: string;
  /** kind/name, e.g. "pod/web-7d4b9c8f5d-x2k9p". */
  readonly object: string;
  readonly message: string;
}

export interface ClusterState {
  readonly nodes: readonly NodeState[];
  readonly deployments: readonly DeploymentState[];
  readonly replicaSets: readonly ReplicaSetState[];
  readonly pods: readonly PodState[];
  readonly services: readonly ServiceState[];
  readonly hpas: readonly HpaState[];
  /** Events the controllers recorded (kubelet events are derived from pod timelines). */
  readonly events: readonly ClusterEvent[];
  /** Simulated CPU demand per deployment, in percent of one pod's request summed over pods (180 on 2 pods = 90% each); drives the HPA. */
  readonly load: Readonly<Record<string, number>>;
  /** The time the controllers last ran. */
  readonly settledMs: number;
  /** A counter that makes generated names unique, with the seed. */
  readonly seq: number;
  readonly seed: number;
  readonly createdMs: number;
}

/** The characters Kubernetes uses for generated name suffixes (no vowels, no look-alikes). */
const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';
/** Pods of a node that stays NotReady are evicted after this (default tolerationSeconds). */
export const NOT_READY_EVICTION_MS = 300_000;
/** The kubelet's image-pull and crash back-off: 10 s doubling to at most 5 minutes. */
const BACKOFF_START_MS = 10_000;
const BACKOFF_MAX_MS = 300_000;
/** Scale-down stabilisation window of the HPA (default 300 s). */
const HPA_DOWN_WINDOW_MS = 300_000;
/** How long the timeline of a healthy pod takes: pulled, created, started, ready. */
export const PULL_MS = 2_000;
export const START_MS = 3_000;
export const READY_MS = 4_000;

function fnv32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function encode(n: number, length: number): string {
  let out = '';
  let x = n >>> 0;
  for (let i = 0; i < length; i++) {
    out += ALPHANUMS[x % ALPHANUMS.length];
    x = (Math.floor(x / ALPHANUMS.length) ^ fnv32(`${out}${i}`)) >>> 0;
  }
  return out;
}

/** The pod-template-hash of a template (stable for the same template, as in Kubernetes). */
export function templateHash(template: PodTemplate): string {
  return encode(fnv32(JSON.stringify(template)), 10);
}

/** True when every selector label is on the object. */
export function selects(selector: Readonly<Record<string, string>>, labels: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(selector);
  return keys.length > 0 && keys.every((k) => labels[k] === selector[k]);
}

/** The most nodes `minikube start --nodes` makes in the simulation. */
export const MAX_SIMULATED_NODES = 200;

/** A cluster like `minikube start --nodes 3`: one control-plane node and two workers. */
export function createCluster(options: { seed?: number; nowMs: number; nodes?: number }): ClusterState {
  const count = Math.max(1, Math.min(MAX_SIMULATED_NODES, options.nodes ?? 3));
  const nodes: NodeState[] = Array.from({ length: count }, (_, i) => ({
    name: i === 0 ? 'minikube' : `minikube-m${String(i + 1).padStart(2, '0')}`,
    role: i === 0 ? 'control-plane' : 'worker',
    cpuMilli: 2000,
    memMi: 3900,
    ready: true,
    unschedulable: false,
    createdMs: options.nowMs - 3 * 86_400_000,
    ip: `192.168.${49 + Math.floor((i + 2) / 250)}.${((i + 2) % 250) + (i + 2 >= 250 ? 1 : 0)}`,
  }));
  return {
    nodes,
    deployments: [],
    replicaSets: [],
    pods: [],
    services: [
      {
        name: 'kubernetes',
        type: 'ClusterIP',
        selector: {},
        ports: [{ port: 443, targetPort: 8443, protocol: 'TCP' }],
        clusterIP: '10.96.0.1',
        createdMs: options.nowMs - 3 * 86_400_000,
      },
    ],
    hpas: [],
    events: [],
    load: {},
    settledMs: options.nowMs,
    seq: 0,
    seed: (options.seed ?? 1) >>> 0,
    createdMs: options.nowMs - 3 * 86_400_000,
  };
}

/** What a pod looks like at `nowMs`: derived from its timeline, never stored. */
export interface PodView {
  readonly phase: 'Pending' | 'Running' | 'Succeeded' | 'Failed';
  /** STATUS as `kubectl get pods` prints it. */
  readonly status: string;
  readonly ready: boolean;
  readonly restarts: number;
  readonly lastRestartMs?: number;
  /** When the pod became ready (for availability), if it is ready. */
  readonly readySinceMs?: number;
}

/** The times a crashing container was restarted: it runs 1 s, then waits 10 s, 20 s, 40 s ... 5 min. */
function crashRestarts(startMs: number, nowMs: number): { restarts: number; last?: number; waiting: boolean } {
  let t = startMs + 1000; // first exit
  let restarts = 0;
  let last: number | undefined;
  let backoff = BACKOFF_START_MS;
  for (;;) {
    if (t > nowMs) return { restarts, ...(last !== undefined ? { last } : {}), waiting: false };
    const next = t + backoff;
    if (next > nowMs) return { restarts, ...(last !== undefined ? { last } : {}), waiting: true };
    restarts++;
    last = next;
    t = next + 1000;
    backoff = Math.min(BACKOFF_MAX_MS, backoff * 2);
  }
}

/** The pod's phase, STATUS, readiness and restarts at `nowMs`. */
export function podView(pod: PodState, nowMs: number): PodView {
  if (pod.scheduledMs === undefined || pod.node === undefined)
    return { phase: 'Pending', status: 'Pending', ready: false, restarts: 0 };
  const since = nowMs - pod.scheduledMs;
  if (since < START_MS) {
    if (pod.outcome === 'not-found' && since >= PULL_MS)
      return { phase: 'Pending', status: 'ErrImagePull', ready: false, restarts: 0 };
    return { phase: 'Pending', status: 'ContainerCreating', ready: false, restarts: 0 };
  }
  if (pod.outcome === 'not-found') {
    // ErrImagePull at each attempt, ImagePullBackOff while waiting between them.
    const attempts = [PULL_MS];
    let backoff = BACKOFF_START_MS;
    while ((attempts.at(-1) ?? 0) + backoff <= since) {
      attempts.push((attempts.at(-1) ?? 0) + backoff);
      backoff = Math.min(BACKOFF_MAX_MS, backoff * 2);
    }
    const lastAttempt = attempts.at(-1) ?? PULL_MS;
    return {
      phase: 'Pending',
      status: since - lastAttempt < 1000 ? 'ErrImagePull' : 'ImagePullBackOff',
      ready: false,
      restarts: 0,
    };
  }
  if (pod.outcome === 'exits') {
    const c = crashRestarts(pod.scheduledMs + START_MS, nowMs);
    const status = c.waiting
      ? c.restarts === 0
        ? 'Completed'
        : 'CrashLoopBackOff'
      : c.restarts === 0
        ? 'Running'
        : 'Running';
    return {
      phase: 'Running',
      status,
      ready: false,
      restarts: c.restarts,
      ...(c.last !== undefined ? { lastRestartMs: c.last } : {}),
    };
  }
  const readyAt = pod.scheduledMs + READY_MS;
  return nowMs >= readyAt
    ? { phase: 'Running', status: 'Running', ready: true, restarts: 0, readySinceMs: readyAt }
    : { phase: 'Running', status: 'Running', ready: false, restarts: 0 };
}

/**
 * Whether `podView(pod, t)` is the same for every `t >= nowMs`: a pod whose image runs is Running
 * and ready for good once ready (any change to the pod makes a new PodState). A view can keep
 * what it drew for such a pod instead of deriving it again at each tick.
 */
export function podViewIsFinal(pod: PodState, nowMs: number): boolean {
  return (
    pod.outcome === 'runs' &&
    pod.scheduledMs !== undefined &&
    pod.node !== undefined &&
    nowMs >= pod.scheduledMs + READY_MS
  );
}

/** The kubelet's events for a pod up to `nowMs` (Scheduled, Pulling, Pulled, Created, Started, ...). */
export function podEvents(pod: PodState, nowMs: number): ClusterEvent[] {
  const out: ClusterEvent[] = [];
  const obj = `pod/${pod.name}`;
  const image = pod.template.containers[0]?.image ?? '';
  const name = pod.template.containers[0]?.name ?? '';
  if (pod.unschedulable && pod.node === undefined)
    out.push({
      atMs: pod.createdMs,
      type: 'Warning',
      reason: 'FailedScheduling',
      object: obj,
      message: pod.unschedulable,
    });
  if (pod.scheduledMs === undefined || pod.node === undefined) return out;
  const t = pod.scheduledMs;
  const add = (dt: number, type: 'Normal' | 'Warning', reason: string, message: string) => {
    if (t + dt <= nowMs) out.push({ atMs: t + dt, type, reason, object: obj, message });
  };
  add(0, 'Normal', 'Scheduled', `Successfully assigned default/${pod.name} to ${pod.node}`);
  add(0, 'Normal', 'Pulling', `Pulling image "${image}"`);
  if (pod.outcome === 'not-found') {
    add(
      PULL_MS,
      'Warning',
      'Failed',
      `Failed to pull image "${image}": rpc error: code = NotFound desc = failed to pull and unpack image "${image}": not found`,
    );
    add(PULL_MS, 'Warning', 'Failed', 'Error: ErrImagePull');
    add(START_MS, 'Normal', 'BackOff', `Back-off pulling image "${image}"`);
    add(START_MS, 'Warning', 'Failed', 'Error: ImagePullBackOff');
    return out;
  }
  add(PULL_MS, 'Normal', 'Pulled', `Successfully pulled image "${image}" in 1.9s (1.9s including waiting)`);
  add(START_MS, 'Normal', 'Created', `Created container: ${name}`);
  add(START_MS, 'Normal', 'Started', `Started container ${name}`);
  if (pod.outcome === 'exits' && t + START_MS + 1000 + BACKOFF_START_MS <= nowMs)
    add(
      START_MS + 1000 + BACKOFF_START_MS,
      'Warning',
      'BackOff',
      `Back-off restarting failed container ${name} in pod ${pod.name}_default`,
    );
  return out;
}

/**
 * Bounds on the times of `podEvents(pod, nowMs)` at any `nowMs`, for finding the newest events
 * without deriving every pod's: none is later than `latestMs`, and at `nowMs >= surelyMs` there
 * are `surely` of them at exactly `surelyMs` (Scheduled and Pulling, or FailedScheduling).
 * Kept beside podEvents, whose timeline it follows (the last event is the crash back-off's).
 */
export function podEventBounds(pod: PodState): { latestMs: number; surelyMs: number; surely: number } {
  if (pod.scheduledMs === undefined || pod.node === undefined)
    return pod.unschedulable
      ? { latestMs: pod.createdMs, surelyMs: pod.createdMs, surely: 1 }
      : { latestMs: -Infinity, surelyMs: Infinity, surely: 0 };
  return { latestMs: pod.scheduledMs + START_MS + 1000 + BACKOFF_START_MS, surelyMs: pod.scheduledMs, surely: 2 };
}

const requestOf = (t: PodTemplate) => ({
  cpu: t.containers.reduce((s, c) => s + c.cpuMilli, 0),
  mem: t.containers.reduce((s, c) => s + c.memMi, 0),
});

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Picks a node for a pod, or says why none fits, in the scheduler's words. */
/** What is requested on each node, and how many pods of each owner it runs (kept up to date while scheduling). */
interface NodeUsage {
  cpu: number;
  mem: number;
  owners: Map<string, number>;
}

function usageOf(state: ClusterState): Map<string, NodeUsage> {
  const usage = new Map<string, NodeUsage>(state.nodes.map((n) => [n.name, { cpu: 0, mem: 0, owners: new Map() }]));
  for (const p of state.pods) {
    const u = p.node === undefined ? undefined : usage.get(p.node);
    if (!u) continue;
    const r = requestOf(p.template);
    u.cpu += r.cpu;
    u.mem += r.mem;
    if (p.owner !== undefined) u.owners.set(p.owner, (u.owners.get(p.owner) ?? 0) + 1);
  }
  return usage;
}

/** Picks a node for a pod, or says why none fits, in the scheduler's words. */
function schedule(
  state: ClusterState,
  usage: Map<string, NodeUsage>,
  pod: PodState,
): { node: NodeState } | { reason: string } {
  const need = requestOf(pod.template);
  const reasons = new Map<string, number>();
  const note = (r: string) => reasons.set(r, (reasons.get(r) ?? 0) + 1);
  let best: { node: NodeState; same: number; freeCpu: number } | null = null;
  for (const n of state.nodes) {
    if (!n.ready) {
      note('node(s) had untolerated taint {node.kubernetes.io/not-ready: }');
      continue;
    }
    if (n.unschedulable) {
      note('node(s) were unschedulable');
      continue;
    }
    const u = usage.get(n.name)!;
    if (u.cpu + need.cpu > n.cpuMilli) {
      note('Insufficient cpu');
      continue;
    }
    if (u.mem + need.mem > n.memMi) {
      note('Insufficient memory');
      continue;
    }
    // Spread a ReplicaSet's pods, then prefer the node with the most free CPU, then by name.
    const cand = {
      node: n,
      same: pod.owner === undefined ? 0 : (u.owners.get(pod.owner) ?? 0),
      freeCpu: n.cpuMilli - u.cpu,
    };
    if (
      best === null ||
      cand.same < best.same ||
      (cand.same === best.same &&
        (cand.freeCpu > best.freeCpu || (cand.freeCpu === best.freeCpu && cand.node.name < best.node.name)))
    )
      best = cand;
  }
  if (best === null) {
    const parts = [...reasons.entries()].map(([r, c]) => `${c} ${r}`).sort();
    return {
      reason: `0/${state.nodes.length} nodes are available: ${parts.join(', ')}. preemption: 0/${state.nodes.length} nodes are available: ${state.nodes.length} Preemption is not helpful for scheduling.`,
    };
  }
  const u = usage.get(best.node.name)!;
  u.cpu += need.cpu;
  u.mem += need.mem;
  if (pod.owner !== undefined) u.owners.set(pod.owner, (u.owners.get(pod.owner) ?? 0) + 1);
  return { node: best.node };
}

function podIp(state: ClusterState, node: NodeState): string {
  const i = state.nodes.indexOf(node);
  return `10.244.${i}.${(fnv32(`${state.seed}:${state.seq}:ip`) % 250) + 3}`;
}

/** The controllers' events kept (the oldest go first). */
const EVENTS_KEPT = 400;

function event(state: Mutable<ClusterState>, e: ClusterEvent) {
  state.events = [...state.events, e].slice(-EVENTS_KEPT);
}

/** One pass of every controller at `nowMs`; returns whether anything changed. */
function controllersOnce(
  state: Mutable<ClusterState>,
  nowMs: number,
  isImage: (image: string) => ImageOutcome,
): boolean {
  let changed = false;
  // Node lifecycle: evict pods from nodes NotReady for longer than the toleration.
  for (const n of state.nodes) {
    if (n.ready || n.notReadySinceMs === undefined || nowMs - n.notReadySinceMs < NOT_READY_EVICTION_MS) continue;
    const victims = state.pods.filter((p) => p.node === n.name);
    if (victims.length === 0) continue;
    for (const p of victims)
      event(state, {
        atMs: nowMs,
        type: 'Normal',
        reason: 'TaintManagerEviction',
        object: `pod/${p.name}`,
        message: `Marking for deletion Pod default/${p.name}`,
      });
    state.pods = state.pods.filter((p) => p.node !== n.name);
    changed = true;
  }
  // Deployment controller.
  for (const d of state.deployments) {
    const hash = templateHash(d.template);
    const mine = state.replicaSets.filter((r) => r.deployment === d.name);
    let current = mine.find((r) => r.hash === hash);
    if (!current) {
      const revision = Math.max(0, ...mine.map((r) => r.revision)) + 1;
      const hasOld = mine.some((r) => r.replicas > 0);
      current = {
        name: `${d.name}-${hash}`,
        deployment: d.name,
        hash,
        replicas: hasOld ? 0 : d.replicas,
        template: { ...d.template, labels: { ...d.template.labels, 'pod-template-hash': hash } },
        revision,
        createdMs: nowMs,
      };
      state.replicaSets = [...state.replicaSets, current];
      if (current.replicas > 0)
        event(state, {
          atMs: nowMs,
          type: 'Normal',
          reason: 'ScalingReplicaSet',
          object: `deployment/${d.name}`,
          message: `Scaled up replica set ${current.name} from 0 to ${current.replicas}`,
        });
      changed = true;
    }
    const old = state.replicaSets.filter((r) => r.deployment === d.name && r !== current && r.replicas > 0);
    const scale = (rs: ReplicaSetState, to: number) => {
      if (to === rs.replicas) return;
      event(state, {
        atMs: nowMs,
        type: 'Normal',
        reason: 'ScalingReplicaSet',
        object: `deployment/${d.name}`,
        message: `Scaled ${to > rs.replicas ? 'up' : 'down'} replica set ${rs.name} from ${rs.replicas} to ${to}`,
      });
      state.replicaSets = state.replicaSets.map((r) => (r.name === rs.name ? { ...r, replicas: to } : r));
      changed = true;
    };
    if (old.length === 0) {
      scale(current, d.replicas);
      continue;
    }
    const b = rollingUpdateBounds({ replicas: d.replicas, maxSurge: d.maxSurge, maxUnavailable: d.maxUnavailable });
    const total = state.replicaSets.filter((r) => r.deployment === d.name).reduce((s, r) => s + r.replicas, 0);
    if (current.replicas < d.replicas && total < b.maxPods) {
      scale(current, Math.min(d.replicas, current.replicas + (b.maxPods - total)));
      current = state.replicaSets.find((r) => r.name === current!.name)!;
    }
    const available = state.pods.filter(
      (p) =>
        p.owner !== undefined &&
        state.replicaSets.some((r) => r.name === p.owner && r.deployment === d.name) &&
        podView(p, nowMs).ready,
    ).length;
    let canRemove = available - b.minAvailable;
    for (const rs of old.sort((a, c) => a.revision - c.revision)) {
      const latest = state.replicaSets.find((r) => r.name === rs.name)!;
      // Pods of an old ReplicaSet that are not available can always go.
      const unavailableOld = state.pods.filter((p) => p.owner === rs.name && !podView(p, nowMs).ready).length;
      const remove = Math.min(latest.replicas, Math.max(0, canRemove) + unavailableOld);
      if (remove > 0) {
        scale(latest, latest.replicas - remove);
        canRemove -= Math.max(0, remove - unavailableOld);
      }
    }
  }
  // ReplicaSet controller. Each ReplicaSet's pods, found in one pass (a ReplicaSet only adds or
  // removes its own, so the grouping holds through the loop).
  const byOwner = new Map<string, PodState[]>();
  for (const p of state.pods) {
    if (p.owner === undefined) continue;
    const list = byOwner.get(p.owner);
    if (list) list.push(p);
    else byOwner.set(p.owner, [p]);
  }
  for (const rs of state.replicaSets) {
    const owned = byOwner.get(rs.name) ?? [];
    if (owned.length < rs.replicas) {
      const outcome = isImage(rs.template.containers[0]?.image ?? '');
      const created: PodState[] = [];
      const events: ClusterEvent[] = [];
      for (let i = owned.length; i < rs.replicas; i++) {
        state.seq += 1;
        const name = `${rs.name}-${encode(fnv32(`${state.seed}:${state.seq}`), 5)}`;
        created.push({
          name,
          labels: rs.template.labels,
          owner: rs.name,
          template: rs.template,
          createdMs: nowMs,
          outcome,
        });
        events.push({
          atMs: nowMs,
          type: 'Normal',
          reason: 'SuccessfulCreate',
          object: `replicaset/${rs.name}`,
          message: `Created pod: ${name}`,
        });
      }
      state.pods = [...state.pods, ...created];
      state.events = [...state.events, ...events].slice(-EVENTS_KEPT);
      changed = true;
    } else if (owned.length > rs.replicas) {
      const order = [...owned].sort((a, b) => {
        const ra = podView(a, nowMs).ready ? 1 : 0;
        const rb = podView(b, nowMs).ready ? 1 : 0;
        return ra - rb || b.createdMs - a.createdMs || (a.name < b.name ? 1 : -1);
      });
      const gone = new Set(order.slice(0, owned.length - rs.replicas).map((p) => p.name));
      for (const n of gone)
        event(state, {
          atMs: nowMs,
          type: 'Normal',
          reason: 'SuccessfulDelete',
          object: `replicaset/${rs.name}`,
          message: `Deleted pod: ${n}`,
        });
      state.pods = state.pods.filter((p) => !gone.has(p.name));
      changed = true;
    }
  }
  // Scheduler.
  if (state.pods.some((p) => p.node === undefined)) {
    const usage = usageOf(state);
    const updates = new Map<string, PodState>();
    for (const p of state.pods) {
      if (p.node !== undefined) continue;
      const r = schedule(state, usage, p);
      if ('node' in r) {
        state.seq += 1;
        const placed: Mutable<PodState> = { ...p, node: r.node.name, scheduledMs: nowMs, ip: podIp(state, r.node) };
        delete placed.unschedulable;
        updates.set(p.name, placed);
      } else if (p.unschedulable !== r.reason) updates.set(p.name, { ...p, unschedulable: r.reason });
    }
    if (updates.size > 0) {
      state.pods = state.pods.map((x) => updates.get(x.name) ?? x);
      changed = true;
    }
  }
  // HPA: desired = ceil(current × load / target), within min and max; scale up at most
  // max(current + 4, 2 × current) per 15 s; scale down only after the window.
  for (const h of state.hpas) {
    const d = state.deployments.find((x) => x.name === h.target);
    if (!d) continue;
    // The demand is shared by the replicas: more pods, less use each.
    const current = Math.max(1, d.replicas);
    const decision = hpaDecision({
      current,
      currentMetric: Math.round((state.load[d.name] ?? 0) / current),
      targetMetric: h.cpuPercent,
      min: h.min,
      max: h.max,
    });
    let desired = decision.desired;
    if (desired < d.replicas && h.lastScaleMs !== undefined && nowMs - h.lastScaleMs < HPA_DOWN_WINDOW_MS)
      desired = d.replicas;
    // Scaling up: the default policies allow max(current + 4, 2 × current) per 15 s period.
    if (desired > d.replicas)
      desired =
        h.lastScaleMs !== undefined && nowMs - h.lastScaleMs < HPA_SCALE_UP_PERIOD_MS ? d.replicas : decision.firstStep;
    if (desired !== d.replicas) {
      event(state, {
        atMs: nowMs,
        type: 'Normal',
        reason: 'SuccessfulRescale',
        object: `horizontalpodautoscaler/${h.name}`,
        message: `New size: ${desired}; reason: cpu resource utilization (percentage of request) ${desired > d.replicas ? 'above' : 'below'} target`,
      });
      state.deployments = state.deployments.map((x) => (x.name === d.name ? { ...x, replicas: desired } : x));
      state.hpas = state.hpas.map((x) => (x.name === h.name ? { ...x, lastScaleMs: nowMs } : x));
      changed = true;
    }
  }
  return changed;
}

/**
 * Runs the controllers from the last settled time to `nowMs`, one second at a time (coarser for
 * long jumps), so a rolling update or an eviction unfolds as time passes. Pure.
 */
export function settle(state: ClusterState, nowMs: number, isImage: (image: string) => ImageOutcome): ClusterState {
  const s: Mutable<ClusterState> = { ...state };
  const from = Math.min(state.settledMs, nowMs);
  const span = nowMs - from;
  const step = Math.max(1000, Math.ceil(span / 900 / 1000) * 1000);
  const times: number[] = [];
  for (let t = from + (span > 0 ? Math.min(step, span) : 0); t < nowMs; t += step) times.push(t);
  times.push(nowMs);
  for (const t of times) {
    for (let i = 0; i < 20; i++) if (!controllersOnce(s, t, isImage)) break;
  }
  s.settledMs = nowMs;
  return s;
}

/** A changed copy of the state (helpers for the commands). */
export function update(state: ClusterState, patch: Partial<ClusterState>): ClusterState {
  return { ...state, ...patch };
}

/** Pods a selector matches. */
export function podsFor(state: ClusterState, selector: Readonly<Record<string, string>>): PodState[] {
  return state.pods.filter((p) => selects(selector, p.labels));
}

/** A Deployment's pod counts, as `kubectl get deploy` shows them. */
export interface DeploymentStatus {
  readonly replicas: number;
  readonly ready: number;
  readonly updated: number;
  readonly available: number;
  readonly updatedReady: number;
  readonly complete: boolean;
}

/** The deployment's ready/updated/available counts, as `kubectl get deploy` shows them. */
export function deploymentStatus(state: ClusterState, d: DeploymentState, nowMs: number): DeploymentStatus {
  const hash = templateHash(d.template);
  const rsNames = new Set(state.replicaSets.filter((r) => r.deployment === d.name).map((r) => r.name));
  const pods = state.pods.filter((p) => p.owner !== undefined && rsNames.has(p.owner));
  const ready = pods.filter((p) => podView(p, nowMs).ready);
  const updated = pods.filter((p) => p.owner === `${d.name}-${hash}`);
  return {
    replicas: pods.length,
    ready: ready.length,
    updated: updated.length,
    available: ready.length,
    updatedReady: updated.filter((p) => podView(p, nowMs).ready).length,
    complete: updated.length === d.replicas && pods.length === d.replicas && ready.length === d.replicas,
  };
}

/**
 * `deploymentStatus` of every Deployment of the cluster, by name, in one pass over the pods (a
 * view redrawing 20 Deployments of 1,000 pods reads each pod once, not 20 times). `isReady` is
 * `podView(pod, nowMs).ready` unless the caller already knows it (a view keeping each pod's view).
 */
export function deploymentStatuses(
  state: ClusterState,
  nowMs: number,
  isReady: (pod: PodState) => boolean = (pod) => podView(pod, nowMs).ready,
): Map<string, DeploymentStatus> {
  // The Deployments owning each ReplicaSet name (one, unless two Deployments' names collide).
  const owners = new Map<string, string[]>();
  for (const r of state.replicaSets) {
    const ds = owners.get(r.name) ?? [];
    if (!ds.includes(r.deployment)) owners.set(r.name, [...ds, r.deployment]);
  }
  const counts = new Map(
    state.deployments.map((d) => [
      d.name,
      { current: `${d.name}-${templateHash(d.template)}`, replicas: 0, ready: 0, updated: 0, updatedReady: 0 },
    ]),
  );
  for (const p of state.pods) {
    if (p.owner === undefined) continue;
    const ds = owners.get(p.owner);
    if (!ds) continue;
    let ready: boolean | undefined;
    for (const name of ds) {
      const c = counts.get(name);
      if (!c) continue;
      ready ??= isReady(p);
      c.replicas += 1;
      if (ready) c.ready += 1;
      if (p.owner === c.current) {
        c.updated += 1;
        if (ready) c.updatedReady += 1;
      }
    }
  }
  const out = new Map<string, DeploymentStatus>();
  for (const d of state.deployments) {
    const c = counts.get(d.name)!;
    out.set(d.name, {
      replicas: c.replicas,
      ready: c.ready,
      updated: c.updated,
      available: c.ready,
      updatedReady: c.updatedReady,
      complete: c.updated === d.replicas && c.replicas === d.replicas && c.ready === d.replicas,
    });
  }
  return out;
}
