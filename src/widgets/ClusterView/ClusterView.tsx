/**
 * A picture of the simulated cluster beside a terminal: each node with its pods (name, status,
 * readiness), the Deployments and Services, redrawn whenever the terminal publishes its world
 * (src/stores/simulation.ts, under the terminal's id). Every fact comes from the kubernetes
 * domain (kubernetesOf, podView, deploymentStatus); the lists are the text alternative, and the
 * picture is the same lists laid out by node.
 */
import { Component } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { sendCommand, simulationStore } from '../../stores/simulation';
import type { World } from '../../domain/shell/types';
import { age } from '../../domain/kubernetes/kubectl';
import { allEvents, deploymentStatus, kubernetesOf, podView, type ClusterState } from '../../domain/kubernetes';

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

interface Props {
  /** The id of the Terminal whose simulation this shows. */
  terminal: string;
  uid: string;
}

const tone = (status: string, ready: boolean) =>
  ready ? 'ok' : /BackOff|Err|Failed|Pending/.test(status) ? 'bad' : 'wait';

/** One pod of a node, as the view writes it. */
interface PodRow {
  readonly name: string;
  readonly text: string;
  readonly tone: string;
}

interface NodeProps {
  /** Everything the card shows, as text: the card is redrawn only when it changes. */
  signature: string;
  node: ClusterState['nodes'][number];
  pods: readonly PodRow[];
}

/**
 * A node and its pods. With 1,000 pods on 100 nodes, an update (a pod replaced, a node stopped)
 * changes one or two cards: the others are not diffed again (issue 11's cluster-view bench).
 */
class NodeCard extends Component<NodeProps> {
  override shouldComponentUpdate(next: NodeProps): boolean {
    return next.signature !== this.props.signature;
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

export default function ClusterView({ terminal, uid }: Props) {
  const world = useWorld(terminal);
  const [lastDrill, setLastDrill] = useState('');
  if (!world) return <p class="cv2-muted">The cluster appears here once the terminal above has started.</p>;
  const st = kubernetesOf(world);
  const c = st.cluster;
  const now = world.clock.nowMs;
  const unscheduled = c.pods.filter((p) => p.node === undefined);
  // Each node's pods in words, grouped in one pass (not one scan of every pod per node).
  const rows = new Map<string, PodRow[]>();
  for (const p of c.pods) {
    if (p.node === undefined) continue;
    const v = podView(p, now);
    const text = `${v.status}${v.ready ? ', ready' : ', not ready'}${v.restarts > 0 ? `, ${v.restarts} restarts` : ''}`;
    const list = rows.get(p.node) ?? [];
    list.push({ name: p.name, text, tone: tone(v.status, v.ready) });
    rows.set(p.node, list);
  }
  return (
    <div class="cv2" aria-labelledby={`${uid}-title`}>
      <p class="cv2-title" id={`${uid}-title`}>
        The cluster now ({c.nodes.length} nodes, {c.pods.length} pods)
      </p>
      <ul class="cv2-nodes" aria-label="Nodes and their pods">
        {c.nodes.map((n) => {
          const pods = rows.get(n.name) ?? [];
          return (
            <NodeCard
              key={n.name}
              signature={`${n.ready}|${n.unschedulable}|${pods.map((r) => `${r.name} ${r.text} ${r.tone}`).join('|')}`}
              node={n}
              pods={pods}
            />
          );
        })}
      </ul>
      {unscheduled.length > 0 && (
        <p class="cv2-pending">
          Not scheduled: {unscheduled.map((p) => p.name).join(', ')} (no node has room, or every node is cordoned or not
          ready).
        </p>
      )}
      <ul class="cv2-objects" aria-label="Deployments and Services">
        {c.deployments.map((d) => {
          const s = deploymentStatus(c, d, now);
          return (
            <li key={d.name}>
              Deployment <strong>{d.name}</strong>: {s.ready} of {d.replicas} ready, image{' '}
              <code>{d.template.containers[0]?.image ?? ''}</code>
            </li>
          );
        })}
        {c.services
          .filter((s) => s.name !== 'kubernetes')
          .map((s) => (
            <li key={s.name}>
              Service <strong>{s.name}</strong> ({s.type}): sends port {s.ports[0]?.port} to{' '}
              {
                c.pods.filter(
                  (p) => Object.entries(s.selector).every(([k, v]) => p.labels[k] === v) && podView(p, now).ready,
                ).length
              }{' '}
              ready pod(s) on port {s.ports[0]?.targetPort}
            </li>
          ))}
        {c.deployments.length === 0 && <li class="cv2-muted">No Deployments yet: apply one in the terminal.</li>}
      </ul>
      <div class="cv2-drills" role="group" aria-labelledby={`${uid}-drills`}>
        <p id={`${uid}-drills`} class="cv2-drills-title">
          Drills (each runs its command in the terminal above):
        </p>
        {drills(c).map((drill) => (
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
          {allEvents(st, now)
            .slice(-8)
            .reverse()
            .map((e, i) => (
              <li key={`${e.atMs}-${i}`}>
                {age(now - e.atMs)} ago, {e.type === 'Warning' ? 'warning' : 'normal'}: {e.reason} on {e.object}:{' '}
                {e.message}
              </li>
            ))}
        </ol>
      </details>
    </div>
  );
}
