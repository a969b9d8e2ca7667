/**
 * `kubectl` and `minikube` for the simulated shell, over the cluster in cluster.ts. The cluster
 * lives in `world.tools.kubernetes`; every command first lets the controllers catch up with the
 * world's clock, so pods progress while the learner types (each line is a second) or sleeps.
 *
 * Output follows kubectl 1.34 (kubernetes/kubectl printers and messages, read 2026-12-04):
 * tab-aligned columns with three spaces of padding, AGE as kubectl's HumanDuration, messages such
 * as `deployment.apps/web created`, `Error from server (NotFound): pods "x" not found`, exit 1 on
 * any error. `minikube` follows minikube 1.37's wording for the few commands it has.
 *
 * Simplifications, said where they matter: one namespace (default); `--watch` runs virtual time on
 * until the cluster is quiet and then stops, as if Ctrl-C were pressed; `load` is a course-only command that sets the CPU use
 * the HorizontalPodAutoscaler sees; images from registries other than Docker Hub are trusted to
 * exist; Docker Hub images exist if the course's image catalogue has them or they were pushed
 * in the same terminal.
 */
import type { CommandDefinition, CommandInput, CommandOutput, TaskCheck, ToolDefinition, World } from '../shell/types';
import { toolState, withToolState } from '../shell/world';
import { resolvePath } from '../shell/fs';
import { parseReference, catalogueImage } from '../containers';
import { findPushed } from '../containers/registry';
import {
  createCluster,
  MAX_SIMULATED_NODES,
  deploymentStatus,
  podEventBounds,
  podEvents,
  podView,
  podsFor,
  selects,
  settle,
  templateHash,
  type ClusterEvent,
  type ClusterState,
  type DeploymentState,
  type ImageOutcome,
  type NodeState,
  type PodState,
  type PodTemplate,
  type ServiceState,
} from './cluster';
import { readManifests, type Manifest } from './manifest';

export const KUBERNETES_KEY = 'kubernetes';
const K8S_VERSION = 'v1.34.0';

/** What the course's checks and cluster views also need beyond the cluster itself. */
export interface KubernetesToolState {
  readonly cluster: ClusterState;
  /** Pods the learner deleted by name (for "delete a pod and watch it come back"). */
  readonly deletedPods: readonly { name: string; owner?: string }[];
  /** Rollbacks done per deployment. */
  readonly rollbacks: Readonly<Record<string, number>>;
  /** `minikube tunnel` is running: LoadBalancer services get an external IP. */
  readonly tunnel: boolean;
}

/** Images whose default command exits at once (no long-running process): a Deployment restarts them. */
const EXITS = new Set(['hello-world', 'alpine', 'busybox', 'python', 'node', 'ubuntu', 'debian']);

/** Whether the kubelet could pull and keep running this image, in this world. */
export function imageOutcome(world: World): (image: string) => ImageOutcome {
  return (image) => {
    const ref = parseReference(image);
    if (typeof ref === 'string') return 'not-found';
    if (ref.registry !== 'docker.io') return 'runs';
    const short = ref.path.replace(/^library\//, '');
    if (ref.path.startsWith('library/')) {
      if (!catalogueImage(ref)) return 'not-found';
      return EXITS.has(short) ? 'exits' : 'runs';
    }
    return findPushed(world, 'docker.io', ref.path, ref.tag) ? 'runs' : 'not-found';
  };
}

/** The tool's state at the world's time (created on first use, controllers caught up). */
export function kubernetesOf(world: World): KubernetesToolState {
  const st = toolState<KubernetesToolState>(world, KUBERNETES_KEY, () => ({
    cluster: createCluster({ seed: world.seed, nowMs: world.clock.nowMs }),
    deletedPods: [],
    rollbacks: {},
    tunnel: false,
  }));
  return st.cluster.settledMs === world.clock.nowMs
    ? st
    : { ...st, cluster: settle(st.cluster, world.clock.nowMs, imageOutcome(world)) };
}

const save = (world: World, st: KubernetesToolState) => withToolState(world, KUBERNETES_KEY, st);
const ok = (stdout: string, world?: World): CommandOutput =>
  world ? { stdout, exitCode: 0, world } : { stdout, exitCode: 0 };
const err = (stderr: string, world?: World): CommandOutput =>
  world
    ? { stderr: stderr.endsWith('\n') ? stderr : `${stderr}\n`, exitCode: 1, world }
    : { stderr: stderr.endsWith('\n') ? stderr : `${stderr}\n`, exitCode: 1 };

/** kubectl's HumanDuration: 45s, 3m12s, 15m, 5h3m, 2d3h, 12d. */
export function age(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const m = Math.floor(s / 60);
  const h = Math.floor(m / 60);
  const d = Math.floor(h / 24);
  if (s < 120) return `${s}s`;
  if (m < 10) return s % 60 === 0 ? `${m}m` : `${m}m${s % 60}s`;
  if (m < 180) return `${m}m`;
  if (h < 8) return m % 60 === 0 ? `${h}h` : `${h}h${m % 60}m`;
  if (h < 48) return `${h}h`;
  if (d < 8) return h % 24 === 0 ? `${d}d` : `${d}d${h % 24}h`;
  return `${d}d`;
}

/** Columns as kubectl's tabwriter prints them: left-aligned, three spaces between. */
export function table(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return (
    rows
      .map((r) =>
        r
          .map((c, i) => (i === r.length - 1 ? c : c.padEnd((widths[i] ?? 0) + 3)))
          .join('')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}

const RESOURCES: Readonly<Record<string, string>> = {
  pod: 'pods',
  pods: 'pods',
  po: 'pods',
  deployment: 'deployments',
  deployments: 'deployments',
  deploy: 'deployments',
  replicaset: 'replicasets',
  replicasets: 'replicasets',
  rs: 'replicasets',
  service: 'services',
  services: 'services',
  svc: 'services',
  node: 'nodes',
  nodes: 'nodes',
  no: 'nodes',
  event: 'events',
  events: 'events',
  ev: 'events',
  hpa: 'horizontalpodautoscalers',
  horizontalpodautoscaler: 'horizontalpodautoscalers',
  horizontalpodautoscalers: 'horizontalpodautoscalers',
  endpoints: 'endpoints',
  ep: 'endpoints',
  all: 'all',
};
const GROUP: Readonly<Record<string, string>> = {
  pods: 'pod',
  deployments: 'deployment.apps',
  replicasets: 'replicaset.apps',
  services: 'service',
  nodes: 'node',
  horizontalpodautoscalers: 'horizontalpodautoscaler.autoscaling',
  endpoints: 'endpoints',
  events: 'event',
};

interface Parsed {
  readonly args: string[];
  readonly flags: Record<string, string | true>;
  /** Every -f/--filename given, in order (kubectl accepts several). */
  readonly files?: string[];
}

/** Splits kubectl words into arguments and flags (`-o wide`, `--replicas=3`, `--replicas 3`, `-f x`). */
function parseArgs(words: readonly string[]): Parsed {
  const withValue = new Set([
    'o',
    'output',
    'f',
    'filename',
    'l',
    'selector',
    'replicas',
    'image',
    'port',
    'type',
    'target-port',
    'name',
    'cpu-percent',
    'cpu',
    'min',
    'max',
    'to-revision',
    'n',
    'namespace',
    'tail',
    'timeout',
    'container',
    'c',
    'nodes',
  ]);
  const args: string[] = [];
  const flags: Record<string, string | true> = {};
  const files: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const m = /^--?([A-Za-z][\w-]*)(?:=(.*))?$/.exec(w);
    if (!m || w === '-') {
      args.push(w);
      continue;
    }
    const key = m[1]!;
    if (m[2] !== undefined) flags[key] = m[2];
    else if (withValue.has(key) && i + 1 < words.length) flags[key] = words[++i]!;
    else flags[key] = true;
    if ((key === 'f' || key === 'filename') && typeof flags[key] === 'string') files.push(flags[key] as string);
  }
  return { args, flags, files };
}

const flag = (p: Parsed, ...names: string[]): string | undefined => {
  for (const n of names) {
    const v = p.flags[n];
    if (typeof v === 'string') return v;
  }
  return undefined;
};

/** `deployment/web` or `deployment web`: the resource and the name. */
function target(p: Parsed): { resource: string; name: string | undefined } | string {
  const [first, second] = p.args;
  if (first === undefined)
    return 'error: You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.';
  const [type, slashName] = first.includes('/') ? first.split('/', 2) : [first, undefined];
  const resource = RESOURCES[(type ?? '').toLowerCase()];
  if (!resource) return `error: the server doesn't have a resource type "${(type ?? '').slice(0, 60)}"`;
  return { resource, name: slashName ?? second };
}

/** The CPU use of a deployment's pods, as a percentage of their requests (total demand shared by the replicas). */
function utilisation(c: ClusterState, name: string): number {
  const replicas = Math.max(1, c.deployments.find((d) => d.name === name)?.replicas ?? 1);
  return Math.round((c.load[name] ?? 0) / replicas);
}

/** A table again with `kind/` before each name (kubectl get deploy,rs and get all). */
function prefixed(text: string, prefix: string): string {
  const [head, ...rows] = text
    .trimEnd()
    .split('\n')
    .map((l) => l.split(/ {3,}/));
  return table([head ?? [], ...rows.map(([name, ...rest]) => [`${prefix}/${name ?? ''}`, ...rest])]);
}

const labelText = (l: Readonly<Record<string, string>>) =>
  Object.keys(l).length === 0
    ? '<none>'
    : Object.entries(l)
        .map(([k, v]) => `${k}=${v}`)
        .join(',');

function parseSelector(text: string | undefined): Record<string, string> | null | string {
  if (text === undefined) return null;
  const out: Record<string, string> = {};
  for (const part of text.split(',')) {
    const m = /^([\w./-]+)=(=?)([\w.-]*)$/.exec(part.trim());
    if (!m)
      return `error: unable to parse requirement: found '${part.slice(0, 30)}', expected: '=', '!=', '==', 'in', notin'`;
    out[m[1]!] = m[3]!;
  }
  return out;
}

function restartsText(v: { restarts: number; lastRestartMs?: number }, now: number): string {
  return v.restarts > 0 && v.lastRestartMs !== undefined
    ? `${v.restarts} (${age(now - v.lastRestartMs)} ago)`
    : String(v.restarts);
}

function podRows(
  st: KubernetesToolState,
  pods: readonly PodState[],
  now: number,
  wide: boolean,
  labels: boolean,
): string {
  const head = [
    'NAME',
    'READY',
    'STATUS',
    'RESTARTS',
    'AGE',
    ...(wide ? ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'] : []),
    ...(labels ? ['LABELS'] : []),
  ];
  const rows = pods.map((p) => {
    const v = podView(p, now);
    const n = p.template.containers.length;
    return [
      p.name,
      `${v.ready ? n : 0}/${n}`,
      v.status,
      restartsText(v, now),
      age(now - p.createdMs),
      ...(wide ? [p.ip ?? '<none>', p.node ?? '<none>', '<none>', '<none>'] : []),
      ...(labels ? [labelText(p.labels)] : []),
    ];
  });
  void st;
  return table([head, ...rows]);
}

function serviceExternal(st: KubernetesToolState, s: ServiceState): string {
  if (s.type !== 'LoadBalancer') return '<none>';
  return st.tunnel ? '127.0.0.1' : '<pending>';
}

function portsText(s: ServiceState): string {
  return s.ports
    .map((p) => (p.nodePort !== undefined ? `${p.port}:${p.nodePort}/${p.protocol}` : `${p.port}/${p.protocol}`))
    .join(',');
}

function endpointsOf(st: KubernetesToolState, s: ServiceState, now: number): string[] {
  if (Object.keys(s.selector).length === 0) return s.name === 'kubernetes' ? ['192.168.49.2:8443'] : [];
  return podsFor(st.cluster, s.selector)
    .filter((p) => podView(p, now).ready && p.ip)
    .flatMap((p) => s.ports.map((port) => `${p.ip}:${port.targetPort}`));
}

function deploymentRow(st: KubernetesToolState, d: DeploymentState, now: number, wide: boolean): string[] {
  const s = deploymentStatus(st.cluster, d, now);
  return [
    d.name,
    `${s.ready}/${d.replicas}`,
    String(s.updated),
    String(s.available),
    age(now - d.createdMs),
    ...(wide
      ? [
          d.template.containers.map((c) => c.name).join(','),
          d.template.containers.map((c) => c.image).join(','),
          labelText(d.selector),
        ]
      : []),
  ];
}

function nodeStatus(n: NodeState): string {
  return `${n.ready ? 'Ready' : 'NotReady'}${n.unschedulable ? ',SchedulingDisabled' : ''}`;
}

function getList(
  st: KubernetesToolState,
  resource: string,
  name: string | undefined,
  p: Parsed,
  now: number,
): CommandOutput {
  const out = flag(p, 'o', 'output');
  const wide = out === 'wide';
  const sel = parseSelector(flag(p, 'l', 'selector'));
  if (typeof sel === 'string') return err(sel);
  const c = st.cluster;
  const pick = <T extends { name: string }>(
    items: readonly T[],
    labelsOf: (x: T) => Readonly<Record<string, string>>,
  ): T[] | CommandOutput => {
    let list = [...items];
    if (sel) list = list.filter((x) => selects(sel, labelsOf(x)));
    if (name !== undefined) {
      list = list.filter((x) => x.name === name);
      if (list.length === 0) return err(`Error from server (NotFound): ${resource} "${name}" not found`);
    }
    return list;
  };
  const asJson = (kind: string, items: unknown[]): CommandOutput | null => {
    if (out === 'json' || out === 'yaml') {
      const value = name !== undefined && items.length === 1 ? items[0] : { apiVersion: 'v1', kind: 'List', items };
      return ok(out === 'json' ? `${JSON.stringify(value, null, 4)}\n` : toYaml(value));
    }
    if (out === 'name')
      return ok(items.map((i) => `${kind}/${(i as { metadata: { name: string } }).metadata.name}`).join('\n') + '\n');
    if (out !== undefined && out !== 'wide')
      return err(
        `error: unable to match a printer suitable for the output format "${out.slice(0, 40)}", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml`,
      );
    return null;
  };
  const empty = () =>
    ok('', undefined).stdout === '' ? { stderr: 'No resources found in default namespace.\n', exitCode: 0 } : ok('');
  switch (resource) {
    case 'pods': {
      const list = pick(c.pods, (x) => x.labels);
      if (!Array.isArray(list)) return list;
      const j = asJson(
        'pod',
        list.map((x) => podObject(x, now)),
      );
      if (j) return j;
      if (list.length === 0) return empty();
      return ok(podRows(st, list, now, wide, p.flags['show-labels'] === true));
    }
    case 'deployments': {
      const list = pick(c.deployments, (x) => x.labels);
      if (!Array.isArray(list)) return list;
      const j = asJson(
        'deployment.apps',
        list.map((d) => deploymentObject(st, d, now)),
      );
      if (j) return j;
      if (list.length === 0) return empty();
      return ok(
        table([
          ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE', ...(wide ? ['CONTAINERS', 'IMAGES', 'SELECTOR'] : [])],
          ...list.map((d) => deploymentRow(st, d, now, wide)),
        ]),
      );
    }
    case 'replicasets': {
      const list = pick(c.replicaSets, (x) => x.template.labels);
      if (!Array.isArray(list)) return list;
      const j = asJson(
        'replicaset.apps',
        list.map((r) => ({ metadata: { name: r.name }, spec: { replicas: r.replicas } })),
      );
      if (j) return j;
      if (list.length === 0) return empty();
      return ok(
        table([
          ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE', ...(wide ? ['CONTAINERS', 'IMAGES', 'SELECTOR'] : [])],
          ...list.map((r) => {
            const pods = c.pods.filter((x) => x.owner === r.name);
            return [
              r.name,
              String(r.replicas),
              String(pods.length),
              String(pods.filter((x) => podView(x, now).ready).length),
              age(now - r.createdMs),
              ...(wide
                ? [
                    r.template.containers.map((x) => x.name).join(','),
                    r.template.containers.map((x) => x.image).join(','),
                    labelText(r.template.labels),
                  ]
                : []),
            ];
          }),
        ]),
      );
    }
    case 'services': {
      const list = pick(c.services, () => ({}));
      if (!Array.isArray(list)) return list;
      const j = asJson(
        'service',
        list.map((s) => serviceObject(st, s)),
      );
      if (j) return j;
      return ok(
        table([
          ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE', ...(wide ? ['SELECTOR'] : [])],
          ...list.map((s) => [
            s.name,
            s.type,
            s.clusterIP,
            serviceExternal(st, s),
            portsText(s),
            age(now - s.createdMs),
            ...(wide ? [Object.keys(s.selector).length ? labelText(s.selector) : '<none>'] : []),
          ]),
        ]),
      );
    }
    case 'endpoints': {
      const list = pick(c.services, () => ({}));
      if (!Array.isArray(list)) return list;
      return ok(
        table([
          ['NAME', 'ENDPOINTS', 'AGE'],
          ...list.map((s) => [
            s.name,
            endpointsOf(st, s, now).slice(0, 3).join(',') +
              (endpointsOf(st, s, now).length > 3 ? ` + ${endpointsOf(st, s, now).length - 3} more...` : '') ||
              '<none>',
            age(now - s.createdMs),
          ]),
        ]),
      );
    }
    case 'nodes': {
      const list = pick(c.nodes, () => ({}));
      if (!Array.isArray(list)) return list;
      const j = asJson(
        'node',
        list.map((n) => ({
          apiVersion: 'v1',
          kind: 'Node',
          metadata: { name: n.name },
          spec: { unschedulable: n.unschedulable || undefined },
          status: { capacity: { cpu: String(n.cpuMilli / 1000), memory: `${n.memMi}Mi` } },
        })),
      );
      if (j) return j;
      return ok(
        table([
          [
            'NAME',
            'STATUS',
            'ROLES',
            'AGE',
            'VERSION',
            ...(wide ? ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME'] : []),
          ],
          ...list.map((n) => [
            n.name,
            nodeStatus(n),
            n.role === 'control-plane' ? 'control-plane' : '<none>',
            age(now - n.createdMs),
            K8S_VERSION,
            ...(wide ? [n.ip, '<none>', 'Debian GNU/Linux 12 (bookworm)', '6.8.0-simulated', 'docker://28.4.0'] : []),
          ]),
        ]),
      );
    }
    case 'horizontalpodautoscalers': {
      const list = pick(c.hpas, () => ({}));
      if (!Array.isArray(list)) return list;
      if (list.length === 0) return empty();
      return ok(
        table([
          ['NAME', 'REFERENCE', 'TARGETS', 'MINPODS', 'MAXPODS', 'REPLICAS', 'AGE'],
          ...list.map((h) => [
            h.name,
            `Deployment/${h.target}`,
            `cpu: ${utilisation(c, h.target)}%/${h.cpuPercent}%`,
            String(h.min),
            String(h.max),
            String(c.deployments.find((d) => d.name === h.target)?.replicas ?? 0),
            age(now - h.createdMs),
          ]),
        ]),
      );
    }
    case 'events': {
      const all = allEvents(st, now);
      if (all.length === 0) return empty();
      return ok(
        table([
          ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
          ...all.map((e) => [age(now - e.atMs), e.type, e.reason, e.object, e.message]),
        ]),
      );
    }
    default: {
      // all: pods, services, deployments, replica sets.
      const parts = ['pods', 'services', 'deployments', 'replicasets']
        .map((r) => {
          const res = getList(st, r, undefined, { args: [], flags: {} }, now);
          return res.stdout ? prefixed(res.stdout, GROUP[r] ?? r) : '';
        })
        .filter(Boolean);
      return ok(parts.join('\n'));
    }
  }
}

/** Every event, the controllers' and the kubelet's, oldest first (what `kubectl get events` lists). */
export function allEvents(st: KubernetesToolState, now: number): ClusterEvent[] {
  return [...st.cluster.events, ...st.cluster.pods.flatMap((p) => podEvents(p, now))].sort((a, b) => a.atMs - b.atMs);
}

/**
 * The newest `count` events, oldest first: exactly `allEvents(st, now).slice(-count)`, but only
 * the pods whose events can be among them are asked for theirs (a view showing the last few of
 * a 1,000-pod cluster's 7,000 events derives a handful).
 */
export function recentEvents(st: KubernetesToolState, now: number, count: number): ClusterEvent[] {
  if (count <= 0) return [];
  const c = st.cluster;
  // The count-th newest time among events known to exist: older events cannot be in the result.
  const top: number[] = [];
  const seen = (t: number, times: number) => {
    for (let k = 0; k < times; k++) {
      if (top.length === count && t <= top[count - 1]!) return;
      let i = Math.min(top.length, count - 1);
      if (top.length < count) top.push(t);
      while (i > 0 && top[i - 1]! < t) {
        top[i] = top[i - 1]!;
        i--;
      }
      top[i] = t;
    }
  };
  for (const e of c.events) seen(e.atMs, 1);
  for (const p of c.pods) {
    const b = podEventBounds(p);
    if (b.surelyMs <= now) seen(b.surelyMs, b.surely);
  }
  const floor = top.length === count ? top[count - 1]! : -Infinity;
  // allEvents' order (controllers' events, then each pod's in turn, sorted stably by time) is kept
  // among those left, and everything left out is older than `count` events that are kept.
  const kept = c.events.filter((e) => e.atMs >= floor);
  for (const p of c.pods) if (podEventBounds(p).latestMs >= floor) kept.push(...podEvents(p, now));
  return kept.sort((a, b) => a.atMs - b.atMs).slice(-count);
}

function podObject(p: PodState, now: number) {
  const v = podView(p, now);
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: p.name,
      namespace: 'default',
      labels: p.labels,
      ...(p.owner
        ? { ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: p.owner, controller: true }] }
        : {}),
    },
    spec: {
      containers: p.template.containers.map((c) => ({
        name: c.name,
        image: c.image,
        ports: c.ports.map((x) => ({ containerPort: x, protocol: 'TCP' })),
      })),
      ...(p.node ? { nodeName: p.node } : {}),
    },
    status: {
      phase: v.phase,
      ...(p.ip ? { podIP: p.ip } : {}),
      containerStatuses: p.template.containers.map((c) => ({
        name: c.name,
        image: c.image,
        ready: v.ready,
        restartCount: v.restarts,
      })),
    },
  };
}

function deploymentObject(st: KubernetesToolState, d: DeploymentState, now: number) {
  const s = deploymentStatus(st.cluster, d, now);
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: d.name, namespace: 'default', labels: d.labels },
    spec: {
      replicas: d.replicas,
      selector: { matchLabels: d.selector },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: d.maxSurge, maxUnavailable: d.maxUnavailable } },
      template: {
        metadata: { labels: d.template.labels },
        spec: { containers: d.template.containers.map((c) => ({ name: c.name, image: c.image })) },
      },
    },
    status: {
      replicas: s.replicas,
      readyReplicas: s.ready,
      updatedReplicas: s.updated,
      availableReplicas: s.available,
    },
  };
}

function serviceObject(st: KubernetesToolState, s: ServiceState) {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: s.name, namespace: 'default' },
    spec: { type: s.type, clusterIP: s.clusterIP, selector: s.selector, ports: s.ports },
    status: { loadBalancer: s.type === 'LoadBalancer' && st.tunnel ? { ingress: [{ ip: '127.0.0.1' }] } : {} },
  };
}

/** A small YAML printer for -o yaml (objects, arrays, scalars). */
function toYaml(v: unknown, indent = ''): string {
  if (Array.isArray(v)) {
    if (v.length === 0) return `${indent}[]\n`;
    return v
      .map((x) => {
        const body = toYaml(x, `${indent}  `);
        return `${indent}- ${body.trimStart()}`;
      })
      .join('');
  }
  if (typeof v === 'object' && v !== null) {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    if (entries.length === 0) return `${indent}{}\n`;
    return entries
      .map(([k, x]) => {
        if (typeof x === 'object' && x !== null && (Array.isArray(x) ? x.length > 0 : Object.keys(x).length > 0))
          return `${indent}${k}:\n${toYaml(x, Array.isArray(x) ? indent : `${indent}  `)}`;
        return `${indent}${k}: ${toYaml(x, '').trim()}\n`;
      })
      .join('');
  }
  if (typeof v === 'string')
    return `${/^[\w./:-]+$/.test(v) && !/^\d+$/.test(v) && v !== 'true' && v !== 'false' ? v : JSON.stringify(v)}\n`;
  return `${String(v)}\n`;
}

function describe(st: KubernetesToolState, p: Parsed, now: number): CommandOutput {
  const t = target(p);
  if (typeof t === 'string') return err(t);
  const c = st.cluster;
  const eventsFor = (obj: string) => {
    const list = allEvents(st, now).filter((e) => e.object === obj);
    if (list.length === 0) return 'Events:                <none>\n';
    return `Events:\n${table([['  Type', 'Reason', 'Age', 'From', 'Message'], ['  ----', '------', '----', '----', '-------'], ...list.map((e) => [`  ${e.type}`, e.reason, age(now - e.atMs), e.object.startsWith('pod/') ? (e.reason === 'Scheduled' || e.reason === 'FailedScheduling' ? 'default-scheduler' : 'kubelet') : e.object.startsWith('deployment/') ? 'deployment-controller' : 'replicaset-controller', e.message])])}`;
  };
  const names = (list: readonly { name: string }[]) =>
    list.filter((x) => t.name === undefined || x.name === t.name || x.name.startsWith(t.name));
  if (t.resource === 'pods') {
    const list = names(c.pods);
    if (list.length === 0) return err(`Error from server (NotFound): pods "${t.name ?? ''}" not found`);
    return ok(
      (list as PodState[])
        .map((pod) => {
          const v = podView(pod, now);
          const ctr = pod.template.containers[0];
          return `Name:             ${pod.name}\nNamespace:        default\nNode:             ${pod.node ? `${pod.node}/${c.nodes.find((n) => n.name === pod.node)?.ip ?? ''}` : '<none>'}\nLabels:           ${labelText(pod.labels).split(',').join('\n                  ')}\nStatus:           ${v.phase}\nIP:               ${pod.ip ?? ''}\n${pod.owner ? `Controlled By:    ReplicaSet/${pod.owner}\n` : ''}Containers:\n  ${ctr?.name ?? ''}:\n    Image:          ${ctr?.image ?? ''}\n    Port:           ${ctr?.ports[0] !== undefined ? `${ctr.ports[0]}/TCP` : '<none>'}\n    State:          ${v.status === 'Running' ? 'Running' : `Waiting\n      Reason:       ${v.status}`}\n    Ready:          ${v.ready ? 'True' : 'False'}\n    Restart Count:  ${v.restarts}\n    Requests:\n      cpu:          ${ctr?.cpuMilli ?? 0}m\n      memory:       ${ctr?.memMi ?? 0}Mi\n${eventsFor(`pod/${pod.name}`)}`;
        })
        .join('\n\n\n'),
    );
  }
  if (t.resource === 'deployments') {
    const list = names(c.deployments) as DeploymentState[];
    if (list.length === 0) return err(`Error from server (NotFound): deployments.apps "${t.name ?? ''}" not found`);
    return ok(
      list
        .map((d) => {
          const s = deploymentStatus(c, d, now);
          const rs = c.replicaSets.filter((r) => r.deployment === d.name);
          const cur = rs.find((r) => r.hash === templateHash(d.template));
          return `Name:                   ${d.name}\nNamespace:              default\nSelector:               ${labelText(d.selector)}\nReplicas:               ${d.replicas} desired | ${s.updated} updated | ${s.replicas} total | ${s.available} available | ${s.replicas - s.available} unavailable\nStrategyType:           RollingUpdate\nRollingUpdateStrategy:  ${d.maxUnavailable} max unavailable, ${d.maxSurge} max surge\nPod Template:\n  Labels:  ${labelText(d.template.labels)}\n  Containers:\n${d.template.containers.map((x) => `   ${x.name}:\n    Image:      ${x.image}\n    Port:       ${x.ports[0] !== undefined ? `${x.ports[0]}/TCP` : '<none>'}`).join('\n')}\nOldReplicaSets:  ${
            rs
              .filter((r) => r !== cur && r.replicas > 0)
              .map((r) => `${r.name} (${r.replicas}/${r.replicas} replicas created)`)
              .join(', ') || '<none>'
          }\nNewReplicaSet:   ${cur ? `${cur.name} (${cur.replicas}/${cur.replicas} replicas created)` : '<none>'}\n${eventsFor(`deployment/${d.name}`)}`;
        })
        .join('\n\n'),
    );
  }
  if (t.resource === 'services') {
    const list = names(c.services) as ServiceState[];
    if (list.length === 0) return err(`Error from server (NotFound): services "${t.name ?? ''}" not found`);
    return ok(
      list
        .map(
          (s) =>
            `Name:                     ${s.name}\nNamespace:                default\nSelector:                 ${Object.keys(s.selector).length ? labelText(s.selector) : '<none>'}\nType:                     ${s.type}\nIP:                       ${s.clusterIP}\n${s.type === 'LoadBalancer' ? `LoadBalancer Ingress:     ${st.tunnel ? '127.0.0.1' : ''}\n` : ''}${s.ports.map((p) => `Port:                     <unset>  ${p.port}/${p.protocol}\nTargetPort:               ${p.targetPort}/${p.protocol}\n${p.nodePort !== undefined ? `NodePort:                 <unset>  ${p.nodePort}/${p.protocol}\n` : ''}`).join('')}Endpoints:                ${endpointsOf(st, s, now).join(',') || '<none>'}\nEvents:                   <none>\n`,
        )
        .join('\n'),
    );
  }
  if (t.resource === 'nodes') {
    const list = names(c.nodes) as NodeState[];
    if (list.length === 0) return err(`Error from server (NotFound): nodes "${t.name ?? ''}" not found`);
    return ok(
      list
        .map((n) => {
          const pods = c.pods.filter((x) => x.node === n.name);
          const cpu = pods.reduce((s, x) => s + x.template.containers.reduce((a, b) => a + b.cpuMilli, 0), 0);
          const mem = pods.reduce((s, x) => s + x.template.containers.reduce((a, b) => a + b.memMi, 0), 0);
          return `Name:               ${n.name}\nRoles:              ${n.role === 'control-plane' ? 'control-plane' : '<none>'}\nUnschedulable:      ${n.unschedulable}\nConditions:\n  Type    Status\n  ----    ------\n  Ready   ${n.ready ? 'True' : 'Unknown'}\nAllocatable:\n  cpu:     ${n.cpuMilli / 1000}\n  memory:  ${n.memMi}Mi\nNon-terminated Pods:  (${pods.length} in total)\n${pods.map((x) => `  default   ${x.name}`).join('\n')}${pods.length ? '\n' : ''}Allocated resources:\n  cpu     ${cpu}m (${Math.round((100 * cpu) / n.cpuMilli)}%)\n  memory  ${mem}Mi (${Math.round((100 * mem) / n.memMi)}%)\n`;
        })
        .join('\n'),
    );
  }
  return err(`error: describe ${t.resource} is not simulated here; try pods, deployments, services or nodes`);
}

function nextClusterIp(c: ClusterState, name: string): string {
  let h = 0;
  for (const ch of `${c.seed}:${name}`) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  for (let i = 0; ; i++) {
    const ip = `10.${96 + ((h >> 16) % 16)}.${(h >> 8) % 256}.${((h + i) % 250) + 2}`;
    if (!c.services.some((s) => s.clusterIP === ip)) return ip;
  }
}

function nodePortFor(c: ClusterState, name: string, i: number): number {
  let h = 0;
  for (const ch of `${c.seed}:${name}:${i}`) h = (Math.imul(h, 33) + ch.charCodeAt(0)) >>> 0;
  for (let k = 0; ; k++) {
    const port = 30000 + ((h + k) % 2768);
    if (!c.services.some((s) => s.ports.some((p) => p.nodePort === port))) return port;
  }
}

/** Applies one manifest; returns the message kubectl prints and the new state. */
function applyOne(st: KubernetesToolState, m: Manifest, now: number): { st: KubernetesToolState; line: string } {
  const c = st.cluster;
  if (m.kind === 'Deployment') {
    const existing = c.deployments.find((d) => d.name === m.name);
    const next: DeploymentState = {
      name: m.name,
      replicas: m.replicas,
      selector: m.selector,
      template: m.template,
      maxSurge: m.maxSurge,
      maxUnavailable: m.maxUnavailable,
      labels: m.labels,
      createdMs: existing?.createdMs ?? now,
    };
    if (existing && existing.selector && JSON.stringify(existing.selector) !== JSON.stringify(m.selector))
      return {
        st,
        line: `The Deployment "${m.name}" is invalid: spec.selector: Invalid value: ${JSON.stringify(m.selector)}: field is immutable`,
      };
    const same =
      existing && JSON.stringify({ ...existing, createdMs: 0 }) === JSON.stringify({ ...next, createdMs: 0 });
    return {
      st: {
        ...st,
        cluster: {
          ...c,
          deployments: existing ? c.deployments.map((d) => (d.name === m.name ? next : d)) : [...c.deployments, next],
        },
      },
      line: `deployment.apps/${m.name} ${existing ? (same ? 'unchanged' : 'configured') : 'created'}`,
    };
  }
  if (m.kind === 'Service') {
    const existing = c.services.find((s) => s.name === m.name);
    const ports = m.ports.map((p, i) =>
      m.type === 'ClusterIP'
        ? p
        : { ...p, nodePort: p.nodePort ?? existing?.ports[i]?.nodePort ?? nodePortFor(c, m.name, i) },
    );
    const next: ServiceState = {
      name: m.name,
      type: m.type,
      selector: m.selector,
      ports,
      clusterIP: existing?.clusterIP ?? nextClusterIp(c, m.name),
      createdMs: existing?.createdMs ?? now,
    };
    const same = existing && JSON.stringify(existing) === JSON.stringify(next);
    return {
      st: {
        ...st,
        cluster: {
          ...c,
          services: existing ? c.services.map((s) => (s.name === m.name ? next : s)) : [...c.services, next],
        },
      },
      line: `service/${m.name} ${existing ? (same ? 'unchanged' : 'configured') : 'created'}`,
    };
  }
  if (m.kind === 'Pod') {
    if (c.pods.some((p) => p.name === m.name)) return { st, line: `pod/${m.name} unchanged` };
    const pod: PodState = {
      name: m.name,
      labels: m.template.labels,
      template: m.template,
      createdMs: now,
      outcome: 'runs',
    };
    return { st: { ...st, cluster: { ...c, pods: [...c.pods, pod] } }, line: `pod/${m.name} created` };
  }
  const existing = c.hpas.find((h) => h.name === m.name);
  const hpa = {
    name: m.name,
    target: m.target,
    min: m.min,
    max: m.max,
    cpuPercent: m.cpuPercent,
    createdMs: existing?.createdMs ?? now,
  };
  return {
    st: {
      ...st,
      cluster: { ...c, hpas: existing ? c.hpas.map((h) => (h.name === m.name ? hpa : h)) : [...c.hpas, hpa] },
    },
    line: `horizontalpodautoscaler.autoscaling/${m.name} ${existing ? 'configured' : 'created'}`,
  };
}

/** Fixes the image outcome of new bare pods (the ReplicaSet controller does it for the others). */
function finish(world: World, st: KubernetesToolState): World {
  const outcome = imageOutcome(world);
  const pods = st.cluster.pods.map((p) =>
    p.owner === undefined && p.scheduledMs === undefined
      ? { ...p, outcome: outcome(p.template.containers[0]?.image ?? '') }
      : p,
  );
  const cluster = settle({ ...st.cluster, pods, settledMs: world.clock.nowMs }, world.clock.nowMs, outcome);
  return save(world, { ...st, cluster });
}

function readFileArg(world: World, file: string): string | { error: string } {
  const abs = resolvePath(world, file);
  if (world.fs.dirs.includes(abs)) {
    const texts = Object.entries(world.fs.files)
      .filter(([p]) => p.startsWith(`${abs}/`) && /\.(ya?ml|json)$/.test(p) && !p.slice(abs.length + 1).includes('/'))
      .map(([, t]) => t);
    return texts.join('\n---\n');
  }
  const text = world.fs.files[abs];
  if (text === undefined) return { error: `error: the path "${file}" does not exist` };
  return text;
}

function apply(world: World, st: KubernetesToolState, p: Parsed, verb: 'apply' | 'create'): CommandOutput {
  const files = p.files ?? [];
  if (files.length === 0)
    return err(`error: must specify one of -f and -k\n\nSee 'kubectl ${verb} -h' for help and examples`);
  const docs: { file: string; text: string }[] = [];
  for (const f of files) {
    const text = readFileArg(world, f);
    if (typeof text !== 'string') return err(text.error);
    docs.push({ file: f, text });
  }
  let next = st;
  const lines: string[] = [];
  const errors: string[] = [];
  for (const r of docs.flatMap(({ file: f, text }) => readManifests(text, f).map((m) => ({ ...m, file: f })))) {
    const file = r.file;
    if (!r.ok) {
      errors.push(r.message);
      continue;
    }
    if (verb === 'create') {
      const exists =
        (r.manifest.kind === 'Deployment' && next.cluster.deployments.some((d) => d.name === r.manifest.name)) ||
        (r.manifest.kind === 'Service' && next.cluster.services.some((s) => s.name === r.manifest.name));
      if (exists) {
        errors.push(
          `Error from server (AlreadyExists): error when creating "${file}": ${r.manifest.kind === 'Deployment' ? 'deployments.apps' : 'services'} "${r.manifest.name}" already exists`,
        );
        continue;
      }
    }
    const a = applyOne(next, r.manifest, world.clock.nowMs);
    if (a.line.startsWith('The ')) errors.push(a.line);
    else {
      next = a.st;
      lines.push(verb === 'create' ? a.line.replace(/ (configured|unchanged)$/, ' created') : a.line);
    }
  }
  const w = finish(world, next);
  const stdout = lines.length ? `${lines.join('\n')}\n` : '';
  return errors.length ? { stdout, stderr: `${errors.join('\n')}\n`, exitCode: 1, world: w } : ok(stdout, w);
}

/** How long `get -w` watches, in simulated seconds, and how long it waits after the last change. */
const WATCH_MAX_S = 120;
const WATCH_QUIET_S = 15;

/**
 * `kubectl get ... -w`: the table, then each row again whenever it changes, as kubectl prints
 * them. A real watch runs until Ctrl-C; here virtual time runs a second at a time until nothing
 * has changed for 15 s (at most 2 minutes), and the clock stays where the watch stopped.
 */
function watch(world: World, st: KubernetesToolState, p: Parsed): CommandOutput {
  const t = target(p);
  if (typeof t === 'string') return err(t);
  const list = (s: KubernetesToolState, nowMs: number) => getList(s, t.resource, t.name, p, nowMs);
  const first = list(st, world.clock.nowMs);
  if (first.exitCode !== 0) return first;
  const rowsOf = (text: string) => {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    return { header: lines[0] ?? '', rows: new Map(lines.slice(1).map((l) => [l.split(/\s+/)[0] ?? l, l])) };
  };
  let seen = rowsOf(first.stdout ?? '').rows;
  const out = [(first.stdout ?? '').trimEnd()];
  let w = world;
  let cur = st;
  let quiet = 0;
  let watched = 0;
  while (watched < WATCH_MAX_S && quiet < WATCH_QUIET_S) {
    w = { ...w, clock: { nowMs: w.clock.nowMs + 1000 } };
    cur = { ...cur, cluster: settle(cur.cluster, w.clock.nowMs, imageOutcome(w)) };
    watched += 1;
    const now = rowsOf(list(cur, w.clock.nowMs).stdout ?? '').rows;
    // Rows whose status changed; AGE alone ticking is not a change kubectl would print.
    const changed = [...now].filter(([name, row]) => {
      const before = seen.get(name);
      return before === undefined || before.replace(/\S+$/, '') !== row.replace(/\S+$/, '');
    });
    for (const [, row] of changed) out.push(row);
    quiet = changed.length > 0 ? 0 : quiet + 1;
    seen = now;
  }
  out.push(
    `^C (simulated: watched ${watched} s of cluster time, stopping after ${WATCH_QUIET_S} s without a change; a real kubectl -w keeps watching until you press Ctrl-C)`,
  );
  return ok(`${out.join('\n')}\n`, save(w, cur));
}

function rolloutStatus(world: World, st: KubernetesToolState, name: string): CommandOutput {
  const d = st.cluster.deployments.find((x) => x.name === name);
  if (!d) return err(`Error from server (NotFound): deployments.apps "${name}" not found`);
  // kubectl waits; here virtual time runs on, a second at a time, for at most 5 minutes.
  let w = world;
  let cur = st;
  const lines: string[] = [];
  let lastLine = '';
  for (let i = 0; i <= 300; i++) {
    const dep = cur.cluster.deployments.find((x) => x.name === name)!;
    const s = deploymentStatus(cur.cluster, dep, w.clock.nowMs);
    if (s.complete) {
      lines.push(`deployment "${name}" successfully rolled out`);
      return ok(`${lines.join('\n')}\n`, save(w, cur));
    }
    const line =
      s.updated < dep.replicas
        ? `Waiting for deployment "${name}" rollout to finish: ${s.updated} out of ${dep.replicas} new replicas have been updated...`
        : s.replicas > s.updated
          ? `Waiting for deployment "${name}" rollout to finish: ${s.replicas - s.updated} old replicas are pending termination...`
          : `Waiting for deployment "${name}" rollout to finish: ${s.updatedReady} of ${dep.replicas} updated replicas are available...`;
    if (line !== lastLine) lines.push(line);
    lastLine = line;
    w = { ...w, clock: { nowMs: w.clock.nowMs + 1000 } };
    cur = { ...cur, cluster: settle(cur.cluster, w.clock.nowMs, imageOutcome(w)) };
  }
  lines.push(`error: deployment "${name}" exceeded its progress deadline`);
  return {
    stdout: `${lines.slice(0, -1).join('\n')}\n`,
    stderr: `${lines.at(-1)}\n`,
    exitCode: 1,
    world: save(w, cur),
  };
}

function rollout(world: World, st: KubernetesToolState, p: Parsed): CommandOutput {
  const [sub, ref, maybeName] = p.args;
  const name = ref?.includes('/') ? ref.split('/')[1] : maybeName;
  const kind = ref?.split('/')[0];
  if (!sub || !['status', 'history', 'undo', 'restart'].includes(sub))
    return err(
      `error: unknown command "${sub ?? ''}" for "kubectl rollout"\n\nAvailable Commands:\n  history     View rollout history\n  restart     Restart a resource\n  status      Show the status of the rollout\n  undo        Undo a previous rollout`,
    );
  if (!name || !kind || !['deployment', 'deployments', 'deploy'].includes(kind))
    return err(`error: required resource not specified`);
  const d = st.cluster.deployments.find((x) => x.name === name);
  if (!d) return err(`Error from server (NotFound): deployments.apps "${name}" not found`);
  const rss = st.cluster.replicaSets.filter((r) => r.deployment === name).sort((a, b) => a.revision - b.revision);
  if (sub === 'status') return rolloutStatus(world, st, name);
  if (sub === 'history')
    return ok(
      `deployment.apps/${name} \n${table([['REVISION', 'CHANGE-CAUSE'], ...rss.map((r) => [String(r.revision), '<none>'])])}`,
    );
  if (sub === 'restart') {
    const template = {
      ...d.template,
      labels: { ...d.template.labels },
      containers: d.template.containers.map((c) => ({ ...c })),
    };
    const restarted: DeploymentState = { ...d, template: { ...template, labels: { ...template.labels } } };
    // A restart changes an annotation of the template: a new ReplicaSet rolls out with the same image.
    const marked = {
      ...restarted,
      template: {
        ...restarted.template,
        containers: restarted.template.containers.map((c) => ({ ...c, name: c.name })),
      },
      restartedAt: world.clock.nowMs,
    } as DeploymentState;
    const next = {
      ...st,
      cluster: { ...st.cluster, deployments: st.cluster.deployments.map((x) => (x.name === name ? marked : x)) },
    };
    return ok(`deployment.apps/${name} restarted\n`, finish(world, next));
  }
  const current = rss.find((r) => r.hash === templateHash(d.template));
  const want = flag(p, 'to-revision');
  const to =
    want !== undefined ? rss.find((r) => String(r.revision) === want) : [...rss].reverse().find((r) => r !== current);
  if (!to)
    return err(
      want !== undefined
        ? `error: unable to find specified revision ${want} in history`
        : `error: no rollout history found for deployment "${name}"`,
    );
  if (to === current)
    return ok(`deployment.apps/${name} skipped rollback (current template already matches revision ${to.revision})\n`);
  const { 'pod-template-hash': _h, ...labels } = to.template.labels;
  void _h;
  const top = Math.max(...rss.map((r) => r.revision)) + 1;
  const cluster = {
    ...st.cluster,
    deployments: st.cluster.deployments.map((x) =>
      x.name === name ? { ...x, template: { ...to.template, labels } } : x,
    ),
    replicaSets: st.cluster.replicaSets.map((r) => (r.name === to.name ? { ...r, revision: top } : r)),
  };
  return ok(
    `deployment.apps/${name} rolled back\n`,
    finish(world, { ...st, cluster, rollbacks: { ...st.rollbacks, [name]: (st.rollbacks[name] ?? 0) + 1 } }),
  );
}

function del(world: World, st: KubernetesToolState, p: Parsed): CommandOutput {
  const file = flag(p, 'f', 'filename');
  const c = st.cluster;
  if (file !== undefined) {
    const text = readFileArg(world, file);
    if (typeof text !== 'string') return err(text.error);
    const lines: string[] = [];
    let cluster = c;
    for (const r of readManifests(text, file)) {
      if (!r.ok) continue;
      const m = r.manifest;
      if (m.kind === 'Deployment' && cluster.deployments.some((d) => d.name === m.name)) {
        cluster = removeDeployment(cluster, m.name);
        lines.push(`deployment.apps "${m.name}" deleted from default namespace`);
      } else if (m.kind === 'Service' && cluster.services.some((s) => s.name === m.name)) {
        cluster = { ...cluster, services: cluster.services.filter((s) => s.name !== m.name) };
        lines.push(`service "${m.name}" deleted from default namespace`);
      }
    }
    return ok(lines.join('\n') + (lines.length ? '\n' : ''), finish(world, { ...st, cluster }));
  }
  const t = target(p);
  if (typeof t === 'string') return err(t);
  const names = t.name !== undefined ? [t.name, ...p.args.slice(2)] : [];
  if (names.length === 0 && p.flags['all'] !== true)
    return err(`error: resource(s) were provided, but no name was specified`);
  let cluster = c;
  const lines: string[] = [];
  const errors: string[] = [];
  let deleted = st.deletedPods;
  const all = p.flags['all'] === true;
  if (t.resource === 'pods') {
    const victims = all ? cluster.pods.map((x) => x.name) : names;
    for (const n of victims) {
      const pod = cluster.pods.find((x) => x.name === n);
      if (!pod) {
        errors.push(`Error from server (NotFound): pods "${n}" not found`);
        continue;
      }
      cluster = {
        ...cluster,
        pods: cluster.pods.filter((x) => x.name !== n),
        events: [
          ...cluster.events,
          {
            atMs: world.clock.nowMs,
            type: 'Normal' as const,
            reason: 'Killing',
            object: `pod/${n}`,
            message: `Stopping container ${pod.template.containers[0]?.name ?? ''}`,
          },
        ],
      };
      deleted = [...deleted, { name: n, ...(pod.owner ? { owner: pod.owner } : {}) }];
      lines.push(`pod "${n}" deleted from default namespace`);
    }
  } else if (t.resource === 'deployments') {
    for (const n of names) {
      if (!cluster.deployments.some((d) => d.name === n))
        errors.push(`Error from server (NotFound): deployments.apps "${n}" not found`);
      else {
        cluster = removeDeployment(cluster, n);
        lines.push(`deployment.apps "${n}" deleted from default namespace`);
      }
    }
  } else if (t.resource === 'services') {
    for (const n of names) {
      if (!cluster.services.some((s) => s.name === n))
        errors.push(`Error from server (NotFound): services "${n}" not found`);
      else {
        cluster = { ...cluster, services: cluster.services.filter((s) => s.name !== n) };
        lines.push(`service "${n}" deleted from default namespace`);
      }
    }
  } else if (t.resource === 'horizontalpodautoscalers') {
    for (const n of names) {
      if (!cluster.hpas.some((h) => h.name === n))
        errors.push(`Error from server (NotFound): horizontalpodautoscalers.autoscaling "${n}" not found`);
      else {
        cluster = { ...cluster, hpas: cluster.hpas.filter((h) => h.name !== n) };
        lines.push(`horizontalpodautoscaler.autoscaling "${n}" deleted from default namespace`);
      }
    }
  } else return err(`error: deleting ${t.resource} is not simulated here`);
  const w = finish(world, { ...st, cluster, deletedPods: deleted.slice(-50) });
  const stdout = lines.length ? `${lines.join('\n')}\n` : '';
  return errors.length ? { stdout, stderr: `${errors.join('\n')}\n`, exitCode: 1, world: w } : ok(stdout, w);
}

function removeDeployment(c: ClusterState, name: string): ClusterState {
  const rs = new Set(c.replicaSets.filter((r) => r.deployment === name).map((r) => r.name));
  return {
    ...c,
    deployments: c.deployments.filter((d) => d.name !== name),
    replicaSets: c.replicaSets.filter((r) => !rs.has(r.name)),
    pods: c.pods.filter((p) => p.owner === undefined || !rs.has(p.owner)),
  };
}

function deploymentNamed(st: KubernetesToolState, ref: string | undefined, p: Parsed): DeploymentState | CommandOutput {
  const name = ref?.includes('/') ? ref.split('/')[1] : p.args[1];
  const kind = ref?.includes('/') ? ref.split('/')[0] : ref;
  if (!kind || !['deployment', 'deployments', 'deploy'].includes(kind) || !name)
    return err(`error: you must specify a deployment, as deployment/NAME or deployment NAME`);
  const d = st.cluster.deployments.find((x) => x.name === name);
  return d ?? err(`Error from server (NotFound): deployments.apps "${name}" not found`);
}

function scale(world: World, st: KubernetesToolState, p: Parsed): CommandOutput {
  const d = deploymentNamed(st, p.args[0], p);
  if (!('name' in d)) return d;
  const r = flag(p, 'replicas');
  if (r === undefined) return err(`error: required flag(s) "replicas" not set`);
  const n = Number(r);
  if (!/^\d+$/.test(r) || n > 50)
    return err(
      `error: invalid argument "${r.slice(0, 20)}" for "--replicas" flag: ${/^\d+$/.test(r) ? 'this simulated cluster runs at most 50 replicas' : 'strconv.ParseInt: parsing: invalid syntax'}`,
    );
  const cluster = {
    ...st.cluster,
    deployments: st.cluster.deployments.map((x) => (x.name === d.name ? { ...x, replicas: n } : x)),
  };
  return ok(`deployment.apps/${d.name} scaled\n`, finish(world, { ...st, cluster }));
}

function setImage(world: World, st: KubernetesToolState, p: Parsed): CommandOutput {
  if (p.args[0] !== 'image')
    return err(`error: unknown command "${p.args[0] ?? ''}" for "kubectl set"\n\nDid you mean this?\n\timage`);
  const rest: Parsed = { args: p.args.slice(1), flags: p.flags };
  const ref = rest.args[0];
  const d = deploymentNamed(st, ref, { args: rest.args, flags: p.flags });
  if (!('name' in d)) return d;
  const pairs = rest.args.slice(ref?.includes('/') ? 1 : 2);
  if (pairs.length === 0) return err(`error: at least one image update is required`);
  let containers = d.template.containers;
  for (const pair of pairs) {
    const [cname, image] = pair.split('=', 2);
    if (!cname || !image) return err(`error: invalid image update "${pair.slice(0, 60)}": expected CONTAINER=IMAGE`);
    if (cname !== '*' && !containers.some((c) => c.name === cname))
      return err(`error: unable to find container named "${cname}"`);
    containers = containers.map((c) => (cname === '*' || c.name === cname ? { ...c, image } : c));
  }
  const cluster = {
    ...st.cluster,
    deployments: st.cluster.deployments.map((x) =>
      x.name === d.name ? { ...x, template: { ...x.template, containers } } : x,
    ),
  };
  return ok(`deployment.apps/${d.name} image updated\n`, finish(world, { ...st, cluster }));
}

function createDeployment(world: World, st: KubernetesToolState, p: Parsed): CommandOutput {
  const [kind, name] = p.args;
  if (kind !== 'deployment' && kind !== 'deploy') {
    if (flag(p, 'f', 'filename') !== undefined) return apply(world, st, p, 'create');
    return err(`error: unknown command "${(kind ?? '').slice(0, 40)}" for "kubectl create"`);
  }
  if (!name) return err(`error: exactly one NAME is required, got 0`);
  const image = flag(p, 'image');
  if (!image) return err(`error: required flag(s) "image" not set`);
  if (st.cluster.deployments.some((d) => d.name === name))
    return err(`error: failed to create deployment: deployments.apps "${name}" already exists`);
  const replicas = Number(flag(p, 'replicas') ?? '1');
  const port = flag(p, 'port');
  const cname = (image.split('/').pop() ?? image).split(/[:@]/)[0] ?? name;
  const yaml = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${JSON.stringify(name)}\n  labels:\n    app: ${JSON.stringify(name)}\nspec:\n  replicas: ${Number.isInteger(replicas) ? replicas : 'x'}\n  selector:\n    matchLabels:\n      app: ${JSON.stringify(name)}\n  template:\n    metadata:\n      labels:\n        app: ${JSON.stringify(name)}\n    spec:\n      containers:\n        - name: ${JSON.stringify(cname)}\n          image: ${JSON.stringify(image)}\n${port ? `          ports:\n            - containerPort: ${Number(port)}\n` : ''}`;
  const [r] = readManifests(yaml, 'STDIN');
  if (!r || !r.ok) return err(r ? r.message.replace('error when creating "STDIN": ', '') : 'error: invalid deployment');
  const a = applyOne(st, r.manifest, world.clock.nowMs);
  return ok(`deployment.apps/${name} created\n`, finish(world, a.st));
}

function expose(world: World, st: KubernetesToolState, p: Parsed): CommandOutput {
  const d = deploymentNamed(st, p.args[0], p);
  if (!('name' in d)) return d;
  const type = flag(p, 'type') ?? 'ClusterIP';
  const portText =
    flag(p, 'port') ??
    (d.template.containers[0]?.ports[0] !== undefined ? String(d.template.containers[0].ports[0]) : undefined);
  if (portText === undefined)
    return err(
      `error: couldn't find port via --port flag or introspection\nSee 'kubectl expose -h' for help and examples`,
    );
  const name = flag(p, 'name') ?? d.name;
  if (st.cluster.services.some((s) => s.name === name))
    return err(`Error from server (AlreadyExists): services "${name}" already exists`);
  const target = flag(p, 'target-port') ?? portText;
  const yaml = `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${JSON.stringify(name)}\nspec:\n  type: ${JSON.stringify(type)}\n  selector:\n${Object.entries(
    d.selector,
  )
    .map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}\n`)
    .join(
      '',
    )}  ports:\n    - port: ${/^\d+$/.test(portText) ? portText : JSON.stringify(portText)}\n      targetPort: ${/^\d+$/.test(target) ? target : JSON.stringify(target)}\n`;
  const [r] = readManifests(yaml, 'STDIN');
  if (!r || !r.ok) return err(r ? r.message : 'error: invalid service');
  return ok(`service/${name} exposed\n`, finish(world, applyOne(st, r.manifest, world.clock.nowMs).st));
}

function autoscale(world: World, st: KubernetesToolState, p: Parsed): CommandOutput {
  const d = deploymentNamed(st, p.args[0], p);
  if (!('name' in d)) return d;
  const max = Number(flag(p, 'max'));
  const min = Number(flag(p, 'min') ?? '1');
  // Current kubectl replaced --cpu-percent with --cpu ("70%" for utilization, "500m" for an average
  // value); the old flag still works, with cobra's deprecation warning (kubectl's autoscale.go,
  // MarkDeprecated, read 2026-12-04). This simulation models utilization only.
  const cpuFlag = flag(p, 'cpu');
  const oldFlag = flag(p, 'cpu-percent');
  let warning = '';
  if (oldFlag !== undefined)
    warning =
      "Flag --cpu-percent has been deprecated, Use --cpu with percentage or resource quantity format (e.g., '70%' for utilization or '500m' for milliCPU).\n";
  if (cpuFlag !== undefined && !/^\d+%$/.test(cpuFlag))
    return err(
      `error: --cpu=${cpuFlag.slice(0, 20)}: this simulated cluster models CPU utilization only; give a percentage such as --cpu=70%`,
    );
  const cpu = Number(cpuFlag !== undefined ? cpuFlag.slice(0, -1) : (oldFlag ?? '80'));
  if (!Number.isInteger(max) || max < 1)
    return err(`error: --max=MAXPODS is required and must be at least 1 and --min=MINPODS`);
  if (!Number.isInteger(min) || min < 1 || min > max)
    return err(`error: --max=MAXPODS must be larger or equal to --min=MINPODS`);
  if (!Number.isInteger(cpu) || cpu < 1 || cpu > 1000) return err(`error: --cpu must be a percentage from 1% to 1000%`);
  if (st.cluster.hpas.some((h) => h.name === d.name))
    return err(`Error from server (AlreadyExists): horizontalpodautoscalers.autoscaling "${d.name}" already exists`);
  const hpa = {
    name: d.name,
    target: d.name,
    min,
    max: Math.min(max, 50),
    cpuPercent: cpu,
    createdMs: world.clock.nowMs,
  };
  return {
    ...ok(
      `horizontalpodautoscaler.autoscaling/${d.name} autoscaled\n`,
      finish(world, { ...st, cluster: { ...st.cluster, hpas: [...st.cluster.hpas, hpa] } }),
    ),
    ...(warning ? { stderr: warning } : {}),
  };
}

function cordon(
  world: World,
  st: KubernetesToolState,
  p: Parsed,
  verb: 'cordon' | 'uncordon' | 'drain',
): CommandOutput {
  const name = p.args[0];
  if (!name) return err(`error: USAGE: ${verb} NODE [flags]\nSee 'kubectl ${verb} -h' for help and examples`);
  const node = st.cluster.nodes.find((n) => n.name === name);
  if (!node) return err(`Error from server (NotFound): nodes "${name}" not found`);
  const want = verb !== 'uncordon';
  const lines: string[] = [];
  let cluster = {
    ...st.cluster,
    nodes: st.cluster.nodes.map((n) => (n.name === name ? { ...n, unschedulable: want } : n)),
  };
  lines.push(
    node.unschedulable === want
      ? `node/${name} already ${want ? 'cordoned' : 'uncordoned'}`
      : `node/${name} ${want ? 'cordoned' : 'uncordoned'}`,
  );
  if (verb === 'drain') {
    const pods = cluster.pods.filter((x) => x.node === name);
    const bare = pods.filter((x) => x.owner === undefined);
    if (bare.length > 0 && p.flags['force'] !== true) {
      return {
        stdout: `${lines.join('\n')}\n`,
        stderr: `error: unable to drain node "${name}" due to error: cannot delete cannot delete Pods that declare no controller (use --force to override): ${bare.map((x) => `default/${x.name}`).join(', ')}, continuing command...\nThere are pending nodes to be drained:\n ${name}\n`,
        exitCode: 1,
        world: finish(world, { ...st, cluster }),
      };
    }
    for (const x of pods) lines.push(`evicting pod default/${x.name}`);
    for (const x of pods) lines.push(`pod/${x.name} evicted`);
    cluster = { ...cluster, pods: cluster.pods.filter((x) => x.node !== name) };
    lines.push(`node/${name} drained`);
  }
  return ok(`${lines.join('\n')}\n`, finish(world, { ...st, cluster }));
}

function logs(st: KubernetesToolState, p: Parsed, now: number): CommandOutput {
  const ref = p.args[0];
  if (!ref)
    return err(
      `error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples`,
    );
  let pod: PodState | undefined;
  if (ref.startsWith('deployment/') || ref.startsWith('deploy/')) {
    const d = st.cluster.deployments.find((x) => x.name === ref.split('/')[1]);
    if (!d)
      return err(
        `error: error from server (NotFound): deployments.apps "${ref.split('/')[1] ?? ''}" not found in namespace "default"`,
      );
    pod = podsFor(st.cluster, d.selector)[0];
    if (!pod) return err(`error: timed out waiting for the condition`);
  } else pod = st.cluster.pods.find((x) => x.name === ref.replace(/^pods?\//, ''));
  if (!pod) return err(`error: error from server (NotFound): pods "${ref}" not found in namespace "default"`);
  const v = podView(pod, now);
  const image = pod.template.containers[0]?.image ?? '';
  if (v.status === 'ContainerCreating' || v.status === 'Pending' || v.status.includes('ImagePull'))
    return err(
      `Error from server (BadRequest): container "${pod.template.containers[0]?.name ?? ''}" in pod "${pod.name}" is waiting to start: ${v.status === 'ContainerCreating' || v.status === 'Pending' ? 'ContainerCreating' : `trying and failing to pull image`}`,
    );
  if (/nginx/.test(image))
    return ok(
      `/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration\n/docker-entrypoint.sh: Configuration complete; ready for start up\n2026/01/01 09:00:00 [notice] 1#1: nginx/1.29.3\n2026/01/01 09:00:00 [notice] 1#1: start worker processes\n`,
    );
  if (/python-app|flask/.test(image))
    return ok(
      ` * Serving Flask app 'app'\n * Debug mode: off\n * Running on all addresses (0.0.0.0)\n * Running on http://${pod.ip ?? '10.244.0.5'}:5000\nPress CTRL+C to quit\n`,
    );
  return ok('');
}

function top(st: KubernetesToolState, p: Parsed, now: number): CommandOutput {
  const what = p.args[0];
  if (what === 'pods' || what === 'pod' || what === 'po') {
    const rows = st.cluster.pods
      .filter((x) => podView(x, now).ready)
      .map((x) => {
        const d = st.cluster.deployments.find((dd) => selects(dd.selector, x.labels));
        const pct = d ? utilisation(st.cluster, d.name) : 0;
        const req = x.template.containers.reduce((s, c) => s + c.cpuMilli, 0) || 100;
        return [
          x.name,
          `${Math.round((req * pct) / 100)}m`,
          `${Math.max(1, Math.round(x.template.containers.reduce((s, c) => s + c.memMi, 0) * 0.6))}Mi`,
        ];
      });
    if (rows.length === 0) return { stderr: 'No resources found in default namespace.\n', exitCode: 0 };
    return ok(table([['NAME', 'CPU(cores)', 'MEMORY(bytes)'], ...rows]));
  }
  if (what === 'nodes' || what === 'node' || what === 'no')
    return ok(
      table([
        ['NAME', 'CPU(cores)', 'CPU(%)', 'MEMORY(bytes)', 'MEMORY(%)'],
        ...st.cluster.nodes.map((n) => {
          const pods = st.cluster.pods.filter((x) => x.node === n.name);
          const cpu = 150 + pods.length * 20;
          const mem = 600 + pods.reduce((s, x) => s + x.template.containers.reduce((a, c) => a + c.memMi, 0), 0);
          return [
            n.name,
            `${cpu}m`,
            `${Math.round((100 * cpu) / n.cpuMilli)}%`,
            `${mem}Mi`,
            `${Math.round((100 * mem) / n.memMi)}%`,
          ];
        }),
      ]),
    );
  return err(
    `error: unknown command "${what ?? ''}" for "kubectl top"\n\nAvailable Commands:\n  node          Display resource (CPU/memory) usage of nodes\n  pod           Display resource (CPU/memory) usage of pods`,
  );
}

const KUBECTL_HELP = `kubectl controls the Kubernetes cluster manager (simulated in this page).

Basic Commands:
  create          Create a resource from a file or from stdin
  expose          Take a deployment and expose it as a new Kubernetes service
  get             Display one or many resources
  set             Set specific features on objects (set image)
  delete          Delete resources by file names, resource and names, or by label selector

Deploy Commands:
  rollout         Manage the rollout of a resource (status, history, undo, restart)
  scale           Set a new size for a deployment
  autoscale       Auto-scale a deployment

Cluster Management Commands:
  top             Display resource (CPU/memory) usage
  cordon          Mark node as unschedulable
  uncordon        Mark node as schedulable
  drain           Drain node in preparation for maintenance

Troubleshooting and Debugging Commands:
  describe        Show details of a specific resource or group of resources
  logs            Print the logs for a container in a pod

Advanced Commands:
  apply           Apply a configuration to a resource by file name

Course-only command (not part of kubectl):
  load DEPLOYMENT PERCENT   set the CPU use the autoscaler sees, as a percentage of the pods' requests
`;

/** Runs `kubectl ...`. Never throws. */
export function runKubectl(input: CommandInput): CommandOutput {
  const [, verb, ...rest] = input.argv;
  if (verb === undefined || verb === 'help' || verb === '--help' || verb === '-h') return ok(KUBECTL_HELP);
  if (verb === 'version')
    return ok(`Client Version: ${K8S_VERSION}\nKustomize Version: v5.7.1\nServer Version: ${K8S_VERSION}\n`);
  const world = input.world;
  const st = kubernetesOf(world);
  const now = world.clock.nowMs;
  const p = parseArgs(rest);
  const ns = flag(p, 'n', 'namespace');
  if (ns !== undefined && ns !== 'default' && !(verb === 'get' && p.args[0]?.startsWith('po')))
    return err(`error: this simulated cluster has one namespace, "default" (asked for "${ns.slice(0, 40)}")`);
  const w = save(world, st);
  const withWorld = (r: CommandOutput): CommandOutput => (r.world ? r : { ...r, world: w });
  switch (verb) {
    case 'get': {
      if (p.flags['w'] === true || p.flags['watch'] === true) return withWorld(watch(world, st, p));
      // Several types at once (get deploy,rs,pods): one table after another, as kubectl prints them.
      const types =
        (p.args[0] ?? '').includes(',') && !(p.args[0] ?? '').includes('/') ? (p.args[0] ?? '').split(',') : null;
      if (types) {
        const parts: string[] = [];
        for (const ty of types) {
          const t = target({ args: [ty], flags: p.flags });
          if (typeof t === 'string') return err(t);
          const r = getList(st, t.resource, undefined, p, now);
          if (r.exitCode !== 0) return withWorld(r);
          if (r.stdout) parts.push(prefixed(r.stdout, GROUP[t.resource] ?? t.resource));
        }
        return withWorld(
          parts.length ? ok(parts.join('\n')) : { stderr: 'No resources found in default namespace.\n', exitCode: 0 },
        );
      }
      const t = target(p);
      if (typeof t === 'string') return err(t);
      return withWorld(getList(st, t.resource, t.name, p, now));
    }
    case 'describe':
      return withWorld(describe(st, p, now));
    case 'apply':
      return apply(world, st, p, 'apply');
    case 'create':
      return createDeployment(world, st, p);
    case 'delete':
      return del(world, st, p);
    case 'scale':
      return scale(world, st, p);
    case 'set':
      return setImage(world, st, p);
    case 'rollout':
      return rollout(world, st, p);
    case 'expose':
      return expose(world, st, p);
    case 'autoscale':
      return autoscale(world, st, p);
    case 'cordon':
    case 'uncordon':
    case 'drain':
      return cordon(world, st, p, verb);
    case 'logs':
      return withWorld(logs(st, p, now));
    case 'top':
      return withWorld(top(st, p, now));
    case 'cluster-info':
      return withWorld(
        ok(
          `Kubernetes control plane is running at https://192.168.49.2:8443\nCoreDNS is running at https://192.168.49.2:8443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n`,
        ),
      );
    case 'port-forward':
      return err(
        `error: port-forward opens a port on your own machine, which a simulation in a web page cannot do; use "minikube service NAME --url" here, or try it on a real cluster`,
      );
    case 'exec':
      return err(
        `error: exec is not simulated for Kubernetes pods here; "kubectl logs POD" shows what a container printed`,
      );
    default:
      return err(`error: unknown command "${verb.slice(0, 40)}" for "kubectl"\n\nRun 'kubectl --help' for usage.`);
  }
}

/** `load DEPLOYMENT PERCENT`: the course's way to set the CPU use an autoscaler reacts to. */
function runLoad(input: CommandInput): CommandOutput {
  const [, ref, pct] = input.argv;
  const st = kubernetesOf(input.world);
  const name = ref?.replace(/^(deployment|deploy)\//, '');
  if (!name || pct === undefined) return err(`usage: load DEPLOYMENT PERCENT   (e.g. load python-app 90)`);
  if (!st.cluster.deployments.some((d) => d.name === name))
    return err(`load: no deployment named "${name.slice(0, 40)}"`);
  const n = Number(pct.replace(/%$/, ''));
  if (!Number.isFinite(n) || n < 0 || n > 1000)
    return err(`load: PERCENT must be a number from 0 to 1000 (received "${pct.slice(0, 20)}")`);
  // The demand stays the same as pods are added: more replicas share it, so each one's use falls.
  const replicas = Math.max(1, st.cluster.deployments.find((d) => d.name === name)?.replicas ?? 1);
  const cluster = { ...st.cluster, load: { ...st.cluster.load, [name]: Math.round(n) * replicas } };
  return ok(
    `CPU use of ${name}'s ${replicas} pod(s) is now ${Math.round(n)}% of their requests. The demand stays the same if pods are added, so each one's share falls.\n`,
    save(input.world, { ...st, cluster }),
  );
}

/** `minikube`: start, status, service --url, tunnel, node list/stop/start. */
function runMinikube(input: CommandInput): CommandOutput {
  const [, verb, ...rest] = input.argv;
  const st = kubernetesOf(input.world);
  const p = parseArgs(rest);
  const w = input.world;
  switch (verb) {
    case 'start': {
      const head = `😄  minikube v1.37.0 (simulated in your browser)\n✨  Using the docker driver\n`;
      const done = `🏄  Done! kubectl is now configured to use "minikube" cluster and "default" namespace by default\n`;
      const primary = `👍  Starting "minikube" primary control-plane node in "minikube" cluster\n`;
      const want = flag(p, 'nodes');
      if (want === undefined || want === String(st.cluster.nodes.length)) return ok(head + primary + done, save(w, st));
      if (!/^\d+$/.test(want))
        return err(
          `Error: invalid argument "${String(want).slice(0, 20)}" for "-n, --nodes" flag: strconv.ParseInt: parsing "${String(want).slice(0, 20)}": invalid syntax\n`,
        );
      const n = Number(want);
      if (n < 1 || n > MAX_SIMULATED_NODES)
        return err(
          `❌  Exiting due to MK_USAGE: this simulated cluster has 1 to ${MAX_SIMULATED_NODES} nodes (received ${n})\n`,
        );
      // minikube keeps an existing cluster's nodes (k8s.io/minikube cmd/minikube/cmd/start_flags.go,
      // read 2026-12-04). Here a cluster with nothing deployed counts as new, as after \`minikube delete\`.
      const fresh = st.cluster.deployments.length === 0 && st.cluster.services.every((x) => x.name === 'kubernetes');
      if (!fresh)
        return ok(
          `${head}❗  You cannot change the number of nodes for an existing minikube cluster. Please use 'minikube node add' to add nodes to an existing cluster.\n${primary}${done}`,
          save(w, st),
        );
      const cluster = createCluster({ seed: w.seed, nowMs: w.clock.nowMs, nodes: n });
      const workers =
        n > 1
          ? `👍  Starting "minikube-m02" worker node in "minikube" cluster\n${n > 2 ? `   ... and ${n - 2} more worker nodes\n` : ''}`
          : '';
      return ok(head + primary + workers + done, save(w, { ...st, cluster }));
    }
    case 'status':
      return ok(
        `minikube\ntype: Control Plane\nhost: Running\nkubelet: Running\napiserver: Running\nkubeconfig: Configured\n`,
      );
    case 'service': {
      const name = p.args[0];
      const svc = st.cluster.services.find((s) => s.name === name);
      if (!name || !svc)
        return err(
          `❌  Exiting due to SVC_NOT_FOUND: Service '${name ?? ''}' was not found in 'default' namespace.\nYou may select another namespace by using 'minikube service ${name ?? ''} -n <namespace>'. Or list out all the services using 'minikube service list'`,
        );
      if (svc.type === 'ClusterIP')
        return err(`❌  Exiting due to SVC_UNREACHABLE: service not available: no node port`);
      if (endpointsOf(st, svc, w.clock.nowMs).length === 0)
        return err(
          `❌  Exiting due to SVC_UNREACHABLE: service not available: no running pod for service ${name} found`,
        );
      return ok(svc.ports.map((x) => `http://192.168.49.2:${x.nodePort ?? ''}`).join('\n') + '\n');
    }
    case 'tunnel':
      return ok(
        `✅  Tunnel successfully started\n\n📌  NOTE: Please do not close this terminal as this process must stay alive for the tunnel to be accessible ...\n\n🏃  Starting tunnel for LoadBalancer services (the simulation keeps it running in the background)\n`,
        save(w, { ...st, tunnel: true }),
      );
    case 'node': {
      const [sub, name] = p.args;
      if (sub === 'list') return ok(st.cluster.nodes.map((n) => `${n.name}\t${n.ip}`).join('\n') + '\n');
      const node = st.cluster.nodes.find((n) => n.name === name);
      if ((sub !== 'stop' && sub !== 'start') || !node)
        return err(
          `❌  Exiting due to GUEST_NODE_RETRIEVE: retrieving node: Could not find node ${name ?? ''}\n(usage: minikube node list | stop NAME | start NAME)`,
        );
      const ready = sub === 'start';
      const nodes = st.cluster.nodes.map((n) => {
        if (n.name !== name) return n;
        const { notReadySinceMs: _x, ...rest2 } = n;
        void _x;
        return ready ? { ...rest2, ready: true } : { ...n, ready: false, notReadySinceMs: w.clock.nowMs };
      });
      return ok(
        ready
          ? `😄  Starting "${name}" worker node in "minikube" cluster\n🏄  Successfully started node ${name}!\n`
          : `✋  Stopping node "${name}"  ...\n🛑  Successfully stopped node ${name}\n`,
        save(w, { ...st, cluster: { ...st.cluster, nodes } }),
      );
    }
    default:
      return err(
        `Error: unknown command "${(verb ?? '').slice(0, 40)}" for "minikube"\nRun 'minikube --help' for usage.`,
      );
  }
}

const KUBECTL_VERBS = [
  'get',
  'describe',
  'apply',
  'create',
  'delete',
  'scale',
  'set',
  'rollout',
  'expose',
  'autoscale',
  'cordon',
  'uncordon',
  'drain',
  'logs',
  'top',
  'version',
  'cluster-info',
];

export const KUBECTL_COMMAND: CommandDefinition = {
  name: 'kubectl',
  summary: 'control the simulated Kubernetes cluster (get, apply, describe, scale, rollout, drain ...)',
  run: (i) => {
    try {
      return runKubectl(i);
    } catch (e) {
      return err(
        `error: the simulated cluster could not run this command (${e instanceof Error ? e.message : String(e)})`,
      );
    }
  },
  complete({ argv, world }) {
    const words = argv.slice(1);
    if (words.length === 0) return KUBECTL_VERBS;
    const st = kubernetesOf(world);
    const verb = words[0];
    if (words.length === 1 && ['get', 'describe', 'delete'].includes(verb ?? ''))
      return ['pods', 'deployments', 'replicasets', 'services', 'nodes', 'events', 'hpa', 'endpoints', 'all'];
    if (verb === 'rollout' && words.length === 1) return ['status', 'history', 'undo', 'restart'];
    if (['cordon', 'uncordon', 'drain'].includes(verb ?? '')) return st.cluster.nodes.map((n) => n.name);
    const type = RESOURCES[words[1] ?? ''];
    if (type === 'pods' || verb === 'logs') return st.cluster.pods.map((x) => x.name);
    if (type === 'deployments') return st.cluster.deployments.map((d) => d.name);
    if (type === 'services') return st.cluster.services.map((s) => s.name);
    if (type === 'nodes') return st.cluster.nodes.map((n) => n.name);
    if (['rollout', 'scale', 'expose', 'autoscale', 'set'].includes(verb ?? ''))
      return st.cluster.deployments.map((d) => `deployment/${d.name}`);
    return ['-f', '-o', 'wide', 'yaml', 'json', '--replicas=', '--image=', '-l'];
  },
};

export const MINIKUBE_COMMAND: CommandDefinition = {
  name: 'minikube',
  summary: 'the local cluster (simulated): status, service NAME --url, tunnel, node stop/start',
  run: (i) => {
    try {
      return runMinikube(i);
    } catch (e) {
      return err(`minikube: the simulation could not run this command (${e instanceof Error ? e.message : String(e)})`);
    }
  },
  complete: ({ argv }) =>
    argv.length <= 1
      ? ['start', 'status', 'service', 'tunnel', 'node']
      : argv[1] === 'node'
        ? ['list', 'stop', 'start']
        : [],
};

export const LOAD_COMMAND: CommandDefinition = {
  name: 'load',
  summary: "(course only) set the CPU use of a deployment's pods, in % of their requests: load python-app 90",
  run: runLoad,
};

const CHECKS: Readonly<Record<string, readonly string[]>> = {
  'deployment-ready': ['name'],
  'pod-replaced': ['deployment'],
  'image-rolled': ['deployment', 'image'],
  'rolled-back': ['deployment'],
  'service-exposed': ['name'],
  'node-drained': ['node'],
  'scaled-to': ['deployment', 'replicas'],
  autoscaled: ['deployment'],
  'pod-pending': [],
  'image-pull-error': [],
};

export function validateKubectlCheck(check: TaskCheck): string | null {
  const need = CHECKS[check.kind];
  if (!need) return `unknown kubectl check kind "${check.kind}" (known: ${Object.keys(CHECKS).join(', ')})`;
  const missing = need.filter((k) => check[k] === undefined || check[k] === '');
  return missing.length ? `kubectl check ${check.kind} needs ${missing.join(', ')}` : null;
}

/** Answers a guided task from the cluster's state (never the text typed). */
export function kubectlCheck(world: World, check: TaskCheck): boolean {
  if (validateKubectlCheck(check) !== null) return false;
  const st = kubernetesOf(world);
  const c = st.cluster;
  const now = world.clock.nowMs;
  const dep = (n: unknown) => c.deployments.find((d) => d.name === n);
  switch (check.kind) {
    case 'deployment-ready': {
      const d = dep(check['name']);
      if (!d) return false;
      const s = deploymentStatus(c, d, now);
      return s.complete && (check['replicas'] === undefined || d.replicas === check['replicas']);
    }
    case 'pod-replaced': {
      const d = dep(check['deployment']);
      if (!d) return false;
      const rs = new Set(c.replicaSets.filter((r) => r.deployment === d.name).map((r) => r.name));
      return (
        st.deletedPods.some((x) => x.owner !== undefined && rs.has(x.owner)) && deploymentStatus(c, d, now).complete
      );
    }
    case 'image-rolled': {
      const d = dep(check['deployment']);
      return (
        !!d && d.template.containers.some((x) => x.image === check['image']) && deploymentStatus(c, d, now).complete
      );
    }
    case 'rolled-back':
      return (
        (st.rollbacks[String(check['deployment'])] ?? 0) > 0 &&
        !!dep(check['deployment']) &&
        deploymentStatus(c, dep(check['deployment'])!, now).complete
      );
    case 'service-exposed': {
      const s = c.services.find((x) => x.name === check['name']);
      return !!s && (check['type'] === undefined || s.type === check['type']) && endpointsOf(st, s, now).length > 0;
    }
    case 'node-drained': {
      const n = c.nodes.find((x) => x.name === check['node']);
      return !!n && n.unschedulable && !c.pods.some((x) => x.node === n.name);
    }
    case 'scaled-to': {
      const d = dep(check['deployment']);
      return !!d && d.replicas === check['replicas'] && deploymentStatus(c, d, now).complete;
    }
    case 'autoscaled': {
      const h = c.hpas.find((x) => x.target === check['deployment']);
      const d = dep(check['deployment']);
      return !!h && !!d && (check['atLeast'] === undefined || d.replicas >= Number(check['atLeast']));
    }
    case 'pod-pending':
      return c.pods.some((x) => x.node === undefined && x.unschedulable !== undefined);
    case 'image-pull-error':
      return c.pods.some((x) => /ImagePull/.test(podView(x, now).status));
    default:
      return false;
  }
}

/** The kubectl tool: kubectl, minikube and the course's load command, with their task checks. */
export const KUBECTL_TOOL: ToolDefinition = {
  name: 'kubectl',
  commands: [KUBECTL_COMMAND, MINIKUBE_COMMAND, LOAD_COMMAND],
  check: kubectlCheck,
  validateCheck: validateKubectlCheck,
};

export type { PodTemplate };
