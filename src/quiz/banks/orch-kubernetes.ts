import { hpaDecision } from '../../domain/kubernetes';
import type { QuizBank } from '../types';
import { count } from './deploy-shared';

/** Components and what they do. */
const PARTS = [
  {
    id: 'apiserver',
    label: 'API server',
    job: 'Every command and every component reads and writes cluster state through it.',
  },
  { id: 'etcd', label: 'etcd', job: "Stores the cluster's entire state as keys and values." },
  { id: 'scheduler', label: 'Scheduler', job: 'Chooses a node for each new pod.' },
  {
    id: 'controllers',
    label: 'Controller manager',
    job: 'Runs the loops that create or remove objects until actual state matches desired state.',
  },
  {
    id: 'kubelet',
    label: 'kubelet',
    job: 'On each node, starts the pods assigned to that node and reports their status.',
  },
  {
    id: 'kube-proxy',
    label: 'kube-proxy',
    job: "On each node, programs network rules so a Service's address reaches its pods.",
  },
] as const;

/** Quiz of the lesson "How Kubernetes orchestrates". */
export const bank: QuizBank = {
  id: 'orch-kubernetes',
  title: 'Check your understanding',
  questions: [
    {
      id: 'hpa',
      parameterised: true,
      build(rng) {
        const current = rng.pick([2, 3, 4, 5, 6, 8]);
        const target = rng.pick([50, 60, 70, 80]);
        const min = 2;
        const max = 20;
        // Above the target: the question is about scaling up (scaling down waits for a 5-minute window).
        let metric = rng.pick([90, 95, 120, 150, 200]);
        let d = hpaDecision({ current, currentMetric: metric, targetMetric: target, min, max });
        // Keep the question about the formula, not the tolerance band.
        if (d.withinTolerance) {
          metric += 30;
          d = hpaDecision({ current, currentMetric: metric, targetMetric: target, min, max });
        }
        // The first step, not only the formula: the default scale-up policies cap one 15 s step
        // at max(current + 4, 2 × current) (kubernetes/kubernetes autoscaling/v2 defaults).
        const wanted = d.firstStep;
        return {
          kind: 'numeric',
          id: 'hpa',
          prompt: `A Deployment runs ${current} replicas at ${metric}% average CPU (of their requests). Its HorizontalPodAutoscaler targets ${target}%, with minReplicas ${min}, maxReplicas ${max} and the default scaling behaviour. How many replicas does the HPA set in its first step?`,
          answer: wanted,
          answerText: `${wanted} replicas`,
          units: ['replicas', 'replica', 'pods', 'pod'],
          tolerance: { abs: 0 },
          explanation: `ceil(${current} × ${metric} ÷ ${target}) = ceil(${count(d.unrounded, 2)}) = ${d.proposed}${d.limitedBy === 'none' ? '' : `, clamped to the range ${min} to ${max}`}: the HPA wants ${d.desired}.${
            d.firstStep < d.desired
              ? ` Scaling up, the default behaviour allows at most max(${current} + 4, 2 × ${current}) = ${d.firstStep} replicas per 15-second period, so the first step sets ${d.firstStep}, and the next steps go on to ${d.desired}.`
              : d.desired > current
                ? ` That is within what one 15-second step may add (at most max(${current} + 4, 2 × ${current})), so it sets ${wanted} at once.`
                : ''
          }`,
        };
      },
    },
    {
      id: 'which-part',
      parameterised: true,
      build(rng) {
        const p = rng.pick(PARTS);
        return {
          kind: 'single',
          id: 'which-part',
          prompt: `Which component is this? "${p.job}"`,
          choices: PARTS.map((c) => ({ id: c.id, label: c.label })),
          answer: p.id,
          explanation: `${p.label}: ${p.job}`,
        };
      },
    },
    {
      id: 'pod-design',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'pod-design',
        prompt: 'Which pair of containers belongs in the same pod?',
        choices: [
          { id: 'sidecar', label: 'A web application and a log-shipping sidecar that reads its log files' },
          { id: 'db', label: 'A web application and its PostgreSQL database' },
          { id: 'two-services', label: 'The payments service and the orders service' },
          { id: 'all', label: 'Every container of the application, so they share one IP address' },
        ],
        answer: 'sidecar',
        explanation:
          'Containers in a pod are scheduled, scaled and restarted together. A helper that only exists for its main container fits; a database or an independent service must scale and fail on its own.',
      }),
    },
    {
      id: 'dockershim',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'dockershim',
        prompt: 'Since Kubernetes 1.24 removed dockershim, what is true?',
        choices: [
          {
            id: 'images-fine',
            label: 'Images built with docker build still run; nodes run them through containerd or CRI-O',
          },
          { id: 'no-docker-images', label: 'Images built with Docker no longer run on Kubernetes' },
          { id: 'docker-required', label: 'Every node must run Docker Engine' },
          { id: 'no-containers', label: 'Kubernetes now runs virtual machines instead of containers' },
        ],
        answer: 'images-fine',
        explanation:
          'Docker builds standard OCI images. Only the node-level adapter to Docker Engine went; the runtime underneath (containerd) is the same one Docker uses.',
      }),
    },
    {
      id: 'first-command',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'first-command',
        prompt: 'A pod stays in Pending. Which command shows the scheduler\'s reason, such as "Insufficient cpu"?',
        choices: [
          { id: 'describe', label: 'kubectl describe pod <pod-name>' },
          { id: 'logs', label: 'kubectl logs <pod-name>' },
          { id: 'get-nodes', label: 'kubectl get nodes' },
          { id: 'delete', label: 'kubectl delete pod <pod-name>' },
        ],
        answer: 'describe',
        explanation:
          "describe lists the pod's events, including FailedScheduling and its reason. A Pending pod has not started, so it has no logs yet.",
      }),
    },
  ],
};
