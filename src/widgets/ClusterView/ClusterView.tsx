/**
 * A picture of the simulated cluster beside a terminal: each node with its pods (name, status,
 * readiness), the Deployments and Services, redrawn whenever the terminal publishes its world
 * (src/stores/simulation.ts, under the terminal's id). Every fact comes from the kubernetes
 * domain (kubernetesOf, podView, deploymentStatus); the lists are the text alternative, and the
 * picture is the same lists laid out by node.
 */
import { Component } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { sendCommand, simulationStore } from '../../stores/simulation';
import type { World } from '../../domain/shell/types';
import { age } from '../../domain/kubernetes/kubectl';
import {
  deploymentStatuses,
  kubernetesOf,
  podView,
  podViewIsFinal,
  recentEvents,
  type ClusterState,
  type NodeState,
  type PodState,
} from '../../domain/kubernetes';

/** A drill: what the button says, and the command it runs in the terminal (null: not possible now). */
export interface Drill {
  readonly label: string;
  readonly command: string | null;
}

/**
 * The drills a learner should try on the cluster, each as the command a person would type, so the
 * terminal shows it and its output (and the guided tasks see it). Pure: exported for tests.
 */
export function drills(c: ClusterState): Drill[] {
  const d = c.deployments[0];
  const pod = d ? c.pods.find((p) => Object.entries(d.selector).every(([k, v]) => p.labels[k] === v)) : undefined;
  const stopped = c.nodes.find((n) => !n.ready);
  const worker = [...c.nodes].reverse().find((n) => n.ready);
  const container = d?.template.containers[0];
  const repo = container ? (container.image.split('/').pop() ?? '').replace(/[:@].*$/, '') : '';
  const scaleTo = d && d.replicas === 5 ? 2 : 5;
  return [
    { label: 'Delete a pod', command: pod ? `kubectl delete pod ${pod.name}` : null },
    stopped
      ? { label: `Start node ${stopped.name} again`, command: `minikube node start ${stopped.name}` }
      : { label: 'Stop a node', command: worker ? `minikube node stop ${worker.name}` : null },
    { label: `Scale to ${scaleTo}`, command: d ? `kubectl scale deployment/${d.name} --replicas=${scaleTo}` : null },
    {
      label: 'Roll out a bad image',
      command: d && container ? `kubectl set image deployment/${d.name} ${container.name}=${repo}:no-such-tag` : null,
    },
    { label: 'Undo the last rollout', command: d ? `kubectl rollout undo deployment/${d.name}` : null },
  ];
}

const NO_PODS: readonly PodRow[] = [];

interface Props {
  /** The id of the Terminal whose simulation this shows. */
  terminal: string;
  uid: string;
}

const tone = (status: string, ready: boolean) =>
  ready ? 'ok' : /BackOff|Err|Failed|Pending/.test(status) ? 'bad' : 'wait';

/** One pod, as the view writes it. */
interface PodRow {
  readonly name: string;
  readonly text: string;
  readonly tone: string;
  readonly ready: boolean;
}

/** What was drawn for a pod, at which time, and whether it holds from then on (podViewIsFinal). */
interface Drawn {
  readonly now: number;
  readonly row: PodRow;
  readonly final: boolean;
}

/**
 * A pod's row at `now`. Pods are immutable: the same PodState at the same time, or later once its
 * view is final, gives the same row object, so a node card can tell that nothing changed by
 * identity (with 1,000 pods, one tick redraws the few that move, not every pod's words).
 */
function podRow(cache: WeakMap<PodState, Drawn>, p: PodState, now: number): PodRow {
  const hit = cache.get(p);
  if (hit && (hit.now === now || (hit.final && now >= hit.now))) return hit.row;
  const v = podView(p, now);
  const text = `${v.status}${v.ready ? ', ready' : ', not ready'}${v.restarts > 0 ? `, ${v.restarts} restarts` : ''}`;
  const row = { name: p.name, text, tone: tone(v.status, v.ready), ready: v.ready };
  cache.set(p, { now, row, final: podViewIsFinal(p, now) });
  return row;
}

interface NodeProps {
  node: NodeState;
  /** The node's pods: the same array while every row is the same (derive keeps it). */
  pods: readonly PodRow[];
}

/** A node and its pods, redrawn only when the node or one of its pods' rows changed. */
class NodeCard extends Component<NodeProps> {
  override shouldComponentUpdate(next: NodeProps): boolean {
    return next.node !== this.props.node || next.pods !== this.props.pods;
  }

  override render() {
    const { node: n, pods } = this.props;
    return (
      <li class="cv2-node" data-ready={n.ready ? 'true' : 'false'} data-node={n.name}>
        <span class="cv2-node-name">
          {n.name}{' '}
          <span class="cv2-node-state">
            ({n.ready ? 'Ready' : 'NotReady'}
            {n.unschedulable ? ', cordoned' : ''})
          </span>
        </span>
        {pods.length === 0 ? (
          <span class="cv2-muted">no pods</span>
        ) : (
          <ul class="cv2-pods">
            {pods.map((p) => (
              <li key={p.name} class={`cv2-pod cv2-${p.tone}`} data-pod={p.name}>
                <span class="cv2-pod-name">{p.name}</span>
                <span class="cv2-pod-status">{p.text}</span>
              </li>
            ))}
          </ul>
        )}
      </li>
    );
  }
}

interface DeploymentProps {
  name: string;
  ready: number;
  replicas: number;
  image: string;
}

/** A Deployment's line, desired vs ready: redrawn only when one of its facts changes. */
class DeploymentRow extends Component<DeploymentProps> {
  override shouldComponentUpdate(next: DeploymentProps): boolean {
    const p = this.props;
    return next.name !== p.name || next.ready !== p.ready || next.replicas !== p.replicas || next.image !== p.image;
  }

  override render() {
    const { name, ready, replicas, image } = this.props;
    return (
      <li>
        Deployment <strong>{name}</strong>: {ready} of {replicas} ready, image <code>{image}</code>
      </li>
    );
  }
}

/** Node cards per group: an update re-renders the group holding a changed node, not every card. */
const NODES_PER_GROUP = 10;

interface GroupProps {
  nodes: readonly NodeState[];
  byNode: ReadonlyMap<string, readonly PodRow[]>;
}

/**
 * A run of node cards (a fragment: the cards stay direct children of the list). With 1,000 pods
 * on 101 nodes, an update (a pod replaced, a node stopped) changes one or two cards; Preact then
 * compares 11 groups and the cards of one or two of them, not 101 cards (issue 11's cluster-view
 * bench).
 */
class NodeGroup extends Component<GroupProps> {
  override shouldComponentUpdate(next: GroupProps): boolean {
    const a = this.props;
    return (
      next.nodes.length !== a.nodes.length ||
      next.nodes.some((n, i) => n !== a.nodes[i] || next.byNode.get(n.name) !== a.byNode.get(n.name))
    );
  }

  override render() {
    const { nodes, byNode } = this.props;
    return (
      <>
        {nodes.map((n) => (
          <NodeCard key={n.name} node={n} pods={byNode.get(n.name) ?? NO_PODS} />
        ))}
      </>
    );
  }
}

/**
 * The world the terminal last published. The view re-renders in the task that publishes it
 * (Preact batches state changes into a microtask), so the terminal's command and the picture
 * change in the same frame; `useStore` from @nanostores/preact defers its re-render to a
 * `setTimeout`, one task and often one frame later.
 */
function useWorld(id: string): World | undefined {
  const store = simulationStore(id);
  const [world, setWorld] = useState(() => store.get());
  useEffect(() => {
    setWorld(store.get());
    return store.listen((w) => setWorld(w));
  }, [store]);
  return world;
}

/**
 * Everything the view shows of one world, each derived in one pass over the pods. A node's list
 * of rows is the array of `before` (the last world's) when every row in it is the same.
 */
function derive(world: World, cache: WeakMap<PodState, Drawn>, before: ReadonlyMap<string, readonly PodRow[]>) {
  const st = kubernetesOf(world);
  const c = st.cluster;
  const now = world.clock.nowMs;
  const groups = new Map<string, PodRow[]>();
  for (const p of c.pods) {
    if (p.node === undefined) continue;
    const row = podRow(cache, p, now);
    const list = groups.get(p.node);
    if (list) list.push(row);
    else groups.set(p.node, [row]);
  }
  const byNode = new Map<string, readonly PodRow[]>();
  for (const [node, rows] of groups) {
    const was = before.get(node);
    byNode.set(node, was && was.length === rows.length && was.every((r, i) => r === rows[i]) ? was : rows);
  }
  return {
    c,
    now,
    byNode,
    unscheduled: c.pods.filter((p) => p.node === undefined),
    statuses: deploymentStatuses(c, now, (p) => podRow(cache, p, now).ready),
    // Ready pods each Service sends to (the cluster's own `kubernetes` Service is not drawn).
    endpoints: c.services.map((s) =>
      s.name === 'kubernetes'
        ? 0
        : c.pods.filter(
            (p) => Object.entries(s.selector).every(([k, v]) => p.labels[k] === v) && podRow(cache, p, now).ready,
          ).length,
    ),
    events: recentEvents(st, now, 8).reverse(),
    drills: drills(c),
  };
}

export default function ClusterView({ terminal, uid }: Props) {
  const world = useWorld(terminal);
  const [lastDrill, setLastDrill] = useState('');
  const cache = useRef(new WeakMap<PodState, Drawn>()).current;
  const drawn = useRef<ReadonlyMap<string, readonly PodRow[]>>(new Map());
  const view = useMemo(() => {
    if (!world) return null;
    const v = derive(world, cache, drawn.current);
    drawn.current = v.byNode;
    return v;
  }, [world, cache]);
  if (!view) return <p class="cv2-muted">The cluster appears here once the terminal above has started.</p>;
  const { c, now, byNode, unscheduled, statuses, endpoints, events } = view;
  return (
    <div class="cv2" aria-labelledby={`${uid}-title`}>
      <p class="cv2-title" id={`${uid}-title`}>
        The cluster now ({c.nodes.length} nodes, {c.pods.length} pods)
      </p>
      <ul class="cv2-nodes" aria-label="Nodes and their pods">
        {Array.from({ length: Math.ceil(c.nodes.length / NODES_PER_GROUP) }, (_, i) => (
          <NodeGroup key={i} nodes={c.nodes.slice(i * NODES_PER_GROUP, (i + 1) * NODES_PER_GROUP)} byNode={byNode} />
        ))}
      </ul>
      {unscheduled.length > 0 && (
        <p class="cv2-pending">
          Not scheduled: {unscheduled.map((p) => p.name).join(', ')} (no node has room, or every node is cordoned or not
          ready).
        </p>
      )}
      <ul class="cv2-objects" aria-label="Deployments and Services">
        {c.deployments.map((d) => (
          <DeploymentRow
            key={d.name}
            name={d.name}
            ready={statuses.get(d.name)?.ready ?? 0}
            replicas={d.replicas}
            image={d.template.containers[0]?.image ?? ''}
          />
        ))}
        {c.services.map((s, i) =>
          s.name === 'kubernetes' ? null : (
            <li key={s.name}>
              Service <strong>{s.name}</strong> ({s.type}): sends port {s.ports[0]?.port} to {endpoints[i]} ready pod(s)
              on port {s.ports[0]?.targetPort}
            </li>
          ),
        )}
        {c.deployments.length === 0 && <li class="cv2-muted">No Deployments yet: apply one in the terminal.</li>}
      </ul>
      <div class="cv2-drills" role="group" aria-labelledby={`${uid}-drills`}>
        <p id={`${uid}-drills`} class="cv2-drills-title">
          Drills (each runs its command in the terminal above):
        </p>
        {view.drills.map((drill) => (
          <button
            key={drill.label}
            type="button"
            disabled={drill.command === null}
            title={drill.command ?? 'Apply a Deployment first'}
            onClick={() => {
              if (!drill.command) return;
              sendCommand(terminal, drill.command);
              setLastDrill(drill.command);
            }}
          >
            {drill.label}
          </button>
        ))}
      </div>
      <p class="cv2-drill-status" role="status">
        {lastDrill && (
          <>
            Ran in the terminal: <code>{lastDrill}</code>
          </>
        )}
      </p>
      <details class="cv2-events">
        <summary>Recent events (what kubectl get events shows)</summary>
        <ol>
          {/* Newest first: each row's text changes with every tick (its age), so rows are kept by
              position, and each is one text node. */}
          {events.map((e, i) => (
            <li key={i}>
              {`${age(now - e.atMs)} ago, ${e.type === 'Warning' ? 'warning' : 'normal'}: ${e.reason} on ${e.object}: ${e.message}`}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
