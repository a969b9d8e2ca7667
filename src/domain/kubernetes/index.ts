/**
 * Kubernetes rules that widgets, simulators and quizzes share: the public door of
 * src/domain/kubernetes. Import from here only; the other files are internals.
 */
export { MAX_REPLICAS, MAX_SURGE_PERCENT, MAX_METRIC } from './limits';
export {
  rollingUpdateBounds,
  type IntOrPercent,
  type RollingUpdateSpec,
  type RollingUpdateBounds,
} from './rolling-update';
export {
  hpaDecision,
  hpaDesiredReplicas,
  hpaScaleUpLimit,
  HPA_SCALE_UP_PERIOD_MS,
  type HpaInput,
  type HpaDecision,
  type HpaLimit,
} from './hpa';
export {
  createCluster,
  settle,
  podView,
  podViewIsFinal,
  podEvents,
  templateHash,
  deploymentStatus,
  deploymentStatuses,
  type DeploymentStatus,
  type ClusterState,
  type PodState,
  type NodeState,
  type DeploymentState,
  type ServiceState,
  type PodView,
} from './cluster';
export { readManifests, parseQuantity, type Manifest, type ManifestResult } from './manifest';
export {
  KUBECTL_TOOL,
  kubernetesOf,
  kubectlCheck,
  validateKubectlCheck,
  allEvents,
  recentEvents,
  type KubernetesToolState,
} from './kubectl';
