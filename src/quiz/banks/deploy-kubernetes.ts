import {
  createCluster,
  deploymentStatus,
  rollingUpdateBounds,
  settle,
  templateHash,
  type DeploymentState,
} from '../../domain/kubernetes';
import type { QuizBank } from '../types';
import { count } from './deploy-shared';

/** The one-container `web` Deployment the questions run through the cluster simulator. */
function webDeployment(
  replicas: number,
  image: string,
  cpuMilli: number,
  maxSurge = '25%',
  maxUnavailable = '25%',
): DeploymentState {
  return {
    name: 'web',
    replicas,
    selector: { app: 'web' },
    template: { labels: { app: 'web' }, containers: [{ name: 'web', image, ports: [80], cpuMilli, memMi: 64 }] },
    maxSurge,
    maxUnavailable,
    createdMs: 0,
    labels: {},
  };
}

/** Quiz of the lesson "Deploying to Kubernetes: a Deployment and a Service". */
export const bank: QuizBank = {
  id: 'deploy-kubernetes',
  title: 'Check your understanding',
  questions: [
    {
      id: 'replicas-that-fit',
      parameterised: true,
      build(rng) {
        // Graded by the cluster simulator: schedule the Deployment and count the pods that run.
        const nodes = rng.pick([2, 3, 4]);
        const cpu = rng.pick([300, 400, 500, 700, 900]);
        const asked = 30;
        const d = webDeployment(asked, 'nginx', cpu);
        const cluster = settle({ ...createCluster({ nowMs: 0, nodes }), deployments: [d] }, 60_000, () => 'runs');
        const running = deploymentStatus(cluster, d, 60_000).ready;
        const perNode = Math.floor(2000 / cpu);
        return {
          kind: 'numeric',
          id: 'replicas-that-fit',
          prompt: `A cluster has ${nodes} nodes, each with 2 CPUs (2000m) allocatable and nothing else running. You apply a Deployment with replicas: ${asked} whose pods request cpu: ${cpu}m (memory is plentiful). How many of its pods end up Running?`,
          answer: running,
          answerText: `${running} pods`,
          units: ['pods', 'pod'],
          tolerance: { abs: 0 },
          explanation: `The scheduler places a pod only where its request fits in what is left: floor(2000 ÷ ${cpu}) = ${perNode} pods per node, ${perNode} × ${nodes} = ${running}. The other ${asked - running} stay Pending with "Insufficient cpu" until a node is added or requests shrink.`,
        };
      },
    },
    {
      id: 'after-delete',
      parameterised: true,
      build(rng) {
        // Graded by the simulator: run the Deployment, delete one pod, look a second later.
        const replicas = rng.pick([2, 3, 4, 5]);
        const d = webDeployment(replicas, 'nginx', 100);
        const steady = settle({ ...createCluster({ nowMs: 0, nodes: 3 }), deployments: [d] }, 30_000, () => 'runs');
        const victim = steady.pods[0]?.name ?? '';
        const after = settle({ ...steady, pods: steady.pods.filter((p) => p.name !== victim) }, 31_000, () => 'runs');
        const exist = after.pods.length;
        return {
          kind: 'numeric',
          id: 'after-delete',
          prompt: `A Deployment runs ${replicas} ready replicas. You run kubectl delete pod on one of them. How many pods of the Deployment exist one second later (count every pod, ready or not)?`,
          answer: exist,
          answerText: `${exist} pods`,
          units: ['pods', 'pod'],
          tolerance: { abs: 0 },
          explanation: `The ReplicaSet controller sees ${replicas - 1} pods where ${replicas} are wanted and creates a replacement at once: ${exist} pods exist, the new one still ContainerCreating (not ready) for a few seconds. Nobody restarts the deleted pod; a new one with a new name and IP takes its place.`,
        };
      },
    },
    {
      id: 'max-pods',
      parameterised: true,
      build(rng) {
        const replicas = rng.pick([2, 3, 4, 5, 6, 8, 10, 12, 15, 20]);
        const maxSurge = rng.pick([25, 30, 50]);
        const b = rollingUpdateBounds({ replicas, maxSurge: `${maxSurge}%` });
        const extra = b.surge;
        const total = b.maxPods;
        return {
          kind: 'numeric',
          id: 'max-pods',
          prompt: `A Deployment has replicas: ${replicas} and a rolling update with maxSurge: ${maxSurge}%. At most how many pods of the Deployment can exist at once while a new version rolls out?`,
          answer: total,
          answerText: `${total} pods`,
          units: ['pods', 'pod'],
          tolerance: { abs: 0 },
          explanation: `maxSurge rounds up: ${maxSurge}% of ${replicas} is ${count(b.surgeBeforeRounding, 2)}, rounded up to ${extra}. So at most ${replicas} + ${extra} = ${total} pods.`,
        };
      },
    },
    {
      id: 'min-ready',
      parameterised: true,
      build(rng) {
        const replicas = rng.pick([2, 3, 4, 5, 6, 8, 10, 12, 15, 20]);
        const maxUnavailable = rng.pick([25, 30, 50]);
        const b = rollingUpdateBounds({ replicas, maxUnavailable: `${maxUnavailable}%` });
        const down = b.unavailable;
        const ready = b.minAvailable;
        return {
          kind: 'numeric',
          id: 'min-ready',
          prompt: `A Deployment has replicas: ${replicas} and a rolling update with maxUnavailable: ${maxUnavailable}%. During a rollout, how many pods are guaranteed to be ready at every moment?`,
          answer: ready,
          answerText: `${ready} pods`,
          units: ['pods', 'pod'],
          tolerance: { abs: 0 },
          explanation: `maxUnavailable rounds down: ${maxUnavailable}% of ${replicas} is ${count(b.unavailableBeforeRounding, 2)}, rounded down to ${down}. So at least ${replicas} − ${down} = ${ready} pods stay ready.`,
        };
      },
    },
    {
      id: 'rollout-first-step',
      parameterised: true,
      build(rng) {
        // Graded by the simulator: run the Deployment, change its image, look a moment later,
        // before any new pod can be ready, and count the pods of each version.
        const [replicas, maxSurge, maxUnavailable] = rng.pick([
          [4, 25, 25],
          [10, 30, 20],
          [8, 0, 25],
          [6, 50, 0],
          [5, 25, 25],
          [12, 25, 50],
        ] as const);
        const d = webDeployment(replicas, 'nginx:1.28', 100, `${maxSurge}%`, `${maxUnavailable}%`);
        const steady = settle({ ...createCluster({ nowMs: 0, nodes: 3 }), deployments: [d] }, 60_000, () => 'runs');
        const next: DeploymentState = {
          ...d,
          template: { ...d.template, containers: d.template.containers.map((c) => ({ ...c, image: 'nginx:1.29' })) },
        };
        const moment = settle({ ...steady, deployments: [next] }, 60_001, () => 'runs');
        const byHash = (t: DeploymentState['template']) =>
          moment.pods.filter((p) => p.labels['pod-template-hash'] === templateHash(t)).length;
        const fresh = byHash(next.template);
        const old = byHash(d.template);
        const b = rollingUpdateBounds({
          replicas,
          maxSurge: `${maxSurge}%`,
          maxUnavailable: `${maxUnavailable}%`,
        });
        return {
          kind: 'numeric',
          id: 'rollout-first-step',
          prompt: `A Deployment runs ${replicas} ready replicas of nginx:1.28, with a rolling update of maxSurge: ${maxSurge}% and maxUnavailable: ${maxUnavailable}%. You run kubectl set image to nginx:1.29. A moment later, before any new pod has become ready, how many pods of the new version exist?`,
          answer: fresh,
          answerText: `${fresh} pods`,
          units: ['pods', 'pod'],
          tolerance: { abs: 0 },
          explanation: `maxSurge allows ${b.surge} extra pod(s) (at most ${b.maxPods} in all) and maxUnavailable lets ${b.unavailable} old pod(s) go at once (at least ${b.minAvailable} ready). The controller scales the old ReplicaSet down to ${old} and the new one up to ${b.maxPods} − ${old} = ${fresh}. No more can go until new pods become ready: the rollout then continues in steps of the same size.`,
        };
      },
    },
    {
      id: 'image-pull',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'image-pull',
        prompt:
          'You apply a Deployment with image: python-app:latest, built on your laptop, to a cloud cluster. The pods show ImagePullBackOff. Why?',
        choices: [
          { id: 'registry', label: 'The nodes try to pull python-app:latest from a registry, where it does not exist' },
          { id: 'selector', label: 'The selector does not match the labels' },
          { id: 'port', label: 'containerPort 5000 is not allowed' },
          { id: 'replicas', label: 'Two replicas need two nodes' },
        ],
        answer: 'registry',
        explanation:
          "An image built locally lives only in your laptop's Docker engine. Push it to a registry the nodes can reach and refer to it by that address and a version tag.",
      }),
    },
    {
      id: 'service-ports',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'service-ports',
        prompt: 'In the Service, port is 80 and targetPort is 5000. What does that mean?',
        choices: [
          {
            id: 'right',
            label: 'Clients connect to the Service on port 80; it forwards to port 5000 on the selected pods',
          },
          { id: 'reverse', label: 'The pods listen on 80; clients use 5000' },
          { id: 'node', label: 'Every node opens port 5000 to the internet' },
          { id: 'two', label: 'The Service listens on both ports for the same traffic' },
        ],
        answer: 'right',
        explanation:
          'port is what callers use; targetPort is the container port the traffic is sent to, here the app on 5000.',
      }),
    },
    {
      id: 'who-heals',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'who-heals',
        prompt: 'You delete one of the two pods by hand. What brings the count back to two?',
        choices: [
          {
            id: 'replicaset',
            label: "The Deployment's ReplicaSet, which sees one pod where two are desired and creates another",
          },
          { id: 'service', label: 'The Service, which starts a pod when it has too few' },
          { id: 'kubelet', label: 'The kubelet restarts the deleted pod on the same node' },
          { id: 'nobody', label: 'Nothing: you must apply the manifest again' },
        ],
        answer: 'replicaset',
        explanation:
          'Controllers compare desired with actual state. The ReplicaSet wants 2 pods, counts 1, and creates a replacement (with a new name and IP). The Service only routes traffic.',
      }),
    },
    {
      id: 'labels',
      parameterised: false,
      build: () => ({
        kind: 'multiple',
        id: 'labels',
        prompt: 'Which statements about labels and selectors are true? Choose all that apply.',
        choices: [
          { id: 'match', label: "A Deployment's selector must match its pod template's labels, or the API rejects it" },
          { id: 'service', label: 'A Service sends traffic to every ready pod whose labels match its selector' },
          { id: 'names', label: 'A Service finds pods by their names' },
          { id: 'ip', label: 'A Service must be updated by hand when a pod gets a new IP address' },
        ],
        answer: ['match', 'service'],
        explanation:
          'Selection is by label, never by name or IP, which is what lets pods be replaced freely: the Service follows the label to whichever pods exist now.',
      }),
    },
  ],
};
