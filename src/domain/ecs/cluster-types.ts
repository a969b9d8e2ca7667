/** The plain-data state of the ECS simulator (see cluster.ts): clusters, instances, services, tasks. */
import type { LaunchType } from './task-definition';

/** An EC2 (or external) machine registered in a cluster. */
export interface ContainerInstance {
  readonly id: string;
  readonly type: string;
  readonly cpu: number;
  readonly memory: number;
  /** Most awsvpc tasks (ENIs - 1); 0 for external instances (no awsvpc). */
  readonly awsvpcLimit: number;
  readonly external: boolean;
}

export interface EcsCluster {
  readonly name: string;
  readonly status: 'ACTIVE' | 'INACTIVE';
  readonly instances: readonly ContainerInstance[];
}

/** One container of a registered definition, normalised. */
export interface ContainerSpec {
  readonly name: string;
  readonly image: string;
  readonly essential: boolean;
  /** Host ports the container reserves on an instance (bridge/host with a fixed hostPort, or awsvpc). */
  readonly ports: readonly number[];
}

export interface TaskDefinitionRecord {
  readonly family: string;
  readonly revision: number;
  /** Task CPU units and MiB: the task-level values, or the sum over containers on EC2. */
  readonly cpu: number;
  readonly memory: number;
  readonly networkMode: 'bridge' | 'host' | 'awsvpc' | 'none';
  readonly compatibilities: readonly string[];
  readonly requiresCompatibilities: readonly string[];
  readonly containers: readonly ContainerSpec[];
  /** The JSON as registered (for describe-task-definition style output). */
  readonly source: Readonly<Record<string, unknown>>;
  readonly status: 'ACTIVE' | 'INACTIVE';
  readonly registeredAt: number;
}

export type TaskStatus = 'PROVISIONING' | 'PENDING' | 'RUNNING' | 'STOPPED';

export interface EcsTask {
  readonly id: string;
  readonly cluster: string;
  /** "family:revision". */
  readonly taskDefinition: string;
  /** "service:NAME" or "family:FAMILY", as ECS fills `group`. */
  readonly group: string;
  readonly launchType: LaunchType;
  readonly instanceId: string | null;
  readonly cpu: number;
  readonly memory: number;
  readonly ports: readonly number[];
  readonly awsvpc: boolean;
  readonly lastStatus: TaskStatus;
  readonly desiredStatus: 'RUNNING' | 'STOPPED';
  readonly createdAt: number;
  readonly startedAt: number | null;
  readonly stoppedAt: number | null;
  readonly stopCode: string | null;
  readonly stoppedReason: string | null;
  /** The service deployment that started it, or null. */
  readonly deploymentId: string | null;
}

export interface ServiceEvent {
  readonly id: string;
  readonly createdAt: number;
  readonly message: string;
}

export interface Deployment {
  readonly id: string;
  readonly status: 'PRIMARY' | 'ACTIVE' | 'INACTIVE';
  readonly taskDefinition: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly rolloutState: 'IN_PROGRESS' | 'COMPLETED';
}

export type PlacementStrategy = 'binpack' | 'spread';

export interface EcsService {
  readonly name: string;
  readonly cluster: string;
  readonly taskDefinition: string;
  readonly desiredCount: number;
  readonly launchType: LaunchType;
  readonly minimumHealthyPercent: number;
  readonly maximumPercent: number;
  readonly placement: PlacementStrategy;
  readonly subnets: readonly string[];
  readonly securityGroups: readonly string[];
  readonly assignPublicIp: 'ENABLED' | 'DISABLED';
  readonly status: 'ACTIVE' | 'DRAINING' | 'INACTIVE';
  readonly createdAt: number;
  /** Newest first, at most 100 (ECS keeps the last 100). */
  readonly events: readonly ServiceEvent[];
  /** PRIMARY first. */
  readonly deployments: readonly Deployment[];
}

export interface EcsState {
  readonly nowMs: number;
  readonly seed: number;
  /** Ids handed out so far: the next id is derived from (seed, counter). */
  readonly counter: number;
  readonly clusters: Readonly<Record<string, EcsCluster>>;
  readonly taskDefinitions: readonly TaskDefinitionRecord[];
  readonly services: readonly EcsService[];
  readonly tasks: readonly EcsTask[];
}

/** What the simulator is asked to do. */
export type EcsInput =
  | { readonly type: 'tick'; readonly ms: number }
  | { readonly type: 'create-cluster'; readonly name: string }
  | {
      readonly type: 'add-instance';
      readonly cluster: string;
      readonly instanceType: string;
      readonly external?: boolean;
    }
  | { readonly type: 'register-task-definition'; readonly definition: unknown }
  | {
      readonly type: 'create-service';
      readonly cluster: string;
      readonly name: string;
      readonly taskDefinition: string;
      readonly desiredCount: number;
      readonly launchType: LaunchType;
      readonly minimumHealthyPercent?: number;
      readonly maximumPercent?: number;
      readonly placement?: PlacementStrategy;
      readonly subnets?: readonly string[];
      readonly securityGroups?: readonly string[];
      readonly assignPublicIp?: 'ENABLED' | 'DISABLED';
    }
  | {
      readonly type: 'update-service';
      readonly cluster: string;
      readonly name: string;
      readonly desiredCount?: number;
      readonly taskDefinition?: string;
    }
  | {
      readonly type: 'run-task';
      readonly cluster: string;
      readonly taskDefinition: string;
      readonly count: number;
      readonly launchType: LaunchType;
      readonly subnets?: readonly string[];
    }
  | { readonly type: 'stop-task'; readonly cluster: string; readonly task: string; readonly reason?: string }
  | { readonly type: 'fail-task'; readonly task: string; readonly reason?: string }
  | { readonly type: 'delete-service'; readonly cluster: string; readonly name: string; readonly force?: boolean }
  | { readonly type: 'delete-cluster'; readonly name: string };

/** What happened: an error ECS would return, or something a learner sees in the service's events. */
export type EcsEvent =
  | { readonly kind: 'error'; readonly code: string; readonly message: string; readonly path?: string }
  | { readonly kind: 'registered'; readonly taskDefinition: string }
  | { readonly kind: 'task-started'; readonly task: string; readonly service: string | null }
  | { readonly kind: 'task-running'; readonly task: string }
  | { readonly kind: 'task-stopped'; readonly task: string; readonly reason: string }
  | { readonly kind: 'service-event'; readonly service: string; readonly message: string };
