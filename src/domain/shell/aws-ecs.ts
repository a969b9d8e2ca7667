/**
 * `aws ecs` and `aws ecr` for the simulated terminal, on the ECS simulator in src/domain/ecs.
 * State lives in world.tools.ecs ({ ecs: EcsState, repositories }); the ECS clock follows the
 * world's clock, so `sleep 5` lets PROVISIONING tasks reach RUNNING.
 *
 * Shapes follow the AWS CLI v2 / Amazon ECS and ECR API references (CreateCluster,
 * RegisterTaskDefinition, CreateService, DescribeServices, ListTasks, DescribeTasks, StopTask,
 * UpdateService, RunTask; ECR CreateRepository, DescribeRepositories), read 2026-12-03; fields
 * the lessons do not use are left out. Errors print as the CLI prints them:
 * "An error occurred (ClientException) when calling the RegisterTaskDefinition operation: ...",
 * exit 254; a --cli-input-json that is not JSON is the CLI's own
 * "Error parsing parameter 'cli-input-json': Invalid JSON: ..." (aws-cli
 * awscli/customizations/cliinputjson.py), exit 252.
 */
import {
  createEcsState,
  ecsStep,
  findService,
  findTaskDefinition,
  serviceCounts,
  type EcsEvent,
  type EcsInput,
  type EcsService,
  type EcsState,
  type EcsTask,
  type LaunchType,
  type TaskDefinitionRecord,
} from '../ecs';
import { AWS_EXIT, awsJson, awsServiceError, type AwsCall, type AwsOperation, type AwsService } from './aws';
import type { CommandOutput, TaskCheck, World } from './types';
import { toolState, withToolState } from './world';
import { createRepository } from '../containers/registry';

/** The simulated account (the documentation's example account). */
export const ACCOUNT_ID = '123456789012';

export interface EcrRepository {
  readonly name: string;
  readonly createdAt: number;
  readonly region: string;
}

/** What `aws ecs`/`aws ecr` keep in world.tools.ecs. */
export interface EcsToolState {
  readonly ecs: EcsState;
  readonly repositories: readonly EcrRepository[];
  /** CloudWatch Logs groups made with `aws logs create-log-group` (for the awslogs driver). */
  readonly logGroups?: readonly string[];
}

export const ECS_TOOL_KEY = 'ecs';

/** The ECS tool state of a world, its clock caught up with the world's. */
export function ecsToolState(world: World): EcsToolState {
  const s = toolState<EcsToolState>(world, ECS_TOOL_KEY, () => ({
    ecs: createEcsState(world.seed, world.clock.nowMs),
    repositories: [],
  }));
  const behind = world.clock.nowMs - s.ecs.nowMs;
  return behind > 0 ? { ...s, ecs: ecsStep(s.ecs, { type: 'tick', ms: behind }).state } : s;
}

const iso = (ms: number): string => new Date(ms).toISOString().replace('Z', '000+00:00');
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const arn = (region: string, kind: string, rest: string): string =>
  `arn:aws:ecs:${region}:${ACCOUNT_ID}:${kind}/${rest}`;
const clusterName = (v: unknown): string => (str(v) ?? 'default').replace(/^arn:aws:ecs:[^:]*:\d+:cluster\//, '');

type Op = (call: AwsCall, state: EcsToolState) => CommandOutput;

/** Runs one simulator input; an error event becomes the CLI's error. */
function step(
  call: AwsCall,
  state: EcsToolState,
  operation: string,
  input: EcsInput,
  ok: (s: EcsState, events: readonly EcsEvent[]) => unknown,
): CommandOutput {
  const r = ecsStep(state.ecs, input);
  const e = r.events.find((x) => x.kind === 'error');
  if (e !== undefined && e.kind === 'error') return clientError(operation, e.code, e.message);
  const world = withToolState(call.world, ECS_TOOL_KEY, { ...state, ecs: r.state });
  return awsJson(ok(r.state, r.events), world);
}

function clientError(operation: string, code: string, message: string): CommandOutput {
  // Parameter checks the CLI makes itself before calling ECS.
  if (message.startsWith('Missing required parameter') || message.startsWith('Invalid type for parameter'))
    return { stderr: `\nParameter validation failed:\n${message}\n`, exitCode: AWS_EXIT.usage };
  return awsServiceError(code, operation, message);
}

function clusterJson(s: EcsState, name: string, region: string) {
  const c = s.clusters[name]!;
  const tasks = s.tasks.filter((t) => t.cluster === name && t.desiredStatus === 'RUNNING');
  return {
    clusterArn: arn(region, 'cluster', name),
    clusterName: name,
    status: c.status,
    registeredContainerInstancesCount: c.instances.length,
    runningTasksCount: tasks.filter((t) => t.lastStatus === 'RUNNING').length,
    pendingTasksCount: tasks.filter((t) => t.lastStatus !== 'RUNNING').length,
    activeServicesCount: s.services.filter((v) => v.cluster === name && v.status === 'ACTIVE').length,
    statistics: [],
    tags: [],
    settings: [{ name: 'containerInsights', value: 'disabled' }],
    capacityProviders: [],
    defaultCapacityProviderStrategy: [],
  };
}

function taskDefinitionJson(t: TaskDefinitionRecord, region: string) {
  return {
    taskDefinitionArn: arn(region, 'task-definition', `${t.family}:${t.revision}`),
    ...t.source,
    family: t.family,
    revision: t.revision,
    status: t.status,
    compatibilities: t.compatibilities,
    requiresCompatibilities: t.requiresCompatibilities,
    registeredAt: iso(t.registeredAt),
    registeredBy: `arn:aws:iam::${ACCOUNT_ID}:user/learner`,
  };
}

function serviceJson(s: EcsState, v: EcsService, region: string) {
  const counts = serviceCounts(s, v);
  return {
    serviceArn: arn(region, 'service', `${v.cluster}/${v.name}`),
    serviceName: v.name,
    clusterArn: arn(region, 'cluster', v.cluster),
    loadBalancers: [],
    serviceRegistries: [],
    status: v.status,
    desiredCount: v.desiredCount,
    runningCount: counts.running,
    pendingCount: counts.pending,
    launchType: v.launchType,
    ...(v.launchType === 'FARGATE' ? { platformVersion: 'LATEST', platformFamily: 'Linux' } : {}),
    taskDefinition: arn(region, 'task-definition', v.taskDefinition),
    deploymentConfiguration: {
      deploymentCircuitBreaker: { enable: false, rollback: false },
      maximumPercent: v.maximumPercent,
      minimumHealthyPercent: v.minimumHealthyPercent,
    },
    deployments: v.deployments.map((d) => {
      const mine = s.tasks.filter(
        (t) => t.cluster === v.cluster && t.deploymentId === d.id && t.desiredStatus === 'RUNNING',
      );
      return {
        id: d.id,
        status: d.status,
        taskDefinition: arn(region, 'task-definition', d.taskDefinition),
        desiredCount: d.status === 'PRIMARY' ? v.desiredCount : 0,
        pendingCount: mine.filter((t) => t.lastStatus !== 'RUNNING').length,
        runningCount: mine.filter((t) => t.lastStatus === 'RUNNING').length,
        failedTasks: 0,
        createdAt: iso(d.createdAt),
        updatedAt: iso(d.updatedAt),
        launchType: v.launchType,
        rolloutState: d.rolloutState,
      };
    }),
    events: v.events.map((e) => ({ id: e.id, createdAt: iso(e.createdAt), message: e.message })),
    createdAt: iso(v.createdAt),
    placementConstraints: [],
    placementStrategy:
      v.launchType === 'FARGATE'
        ? []
        : [{ type: v.placement, field: v.placement === 'binpack' ? 'memory' : 'attribute:ecs.availability-zone' }],
    ...(v.subnets.length > 0
      ? {
          networkConfiguration: {
            awsvpcConfiguration: {
              subnets: v.subnets,
              securityGroups: v.securityGroups,
              assignPublicIp: v.assignPublicIp,
            },
          },
        }
      : {}),
    schedulingStrategy: 'REPLICA',
    createdBy: `arn:aws:iam::${ACCOUNT_ID}:user/learner`,
    enableECSManagedTags: false,
    propagateTags: 'NONE',
    enableExecuteCommand: false,
  };
}

function taskJson(t: EcsTask, region: string) {
  return {
    taskArn: arn(region, 'task', `${t.cluster}/${t.id}`),
    clusterArn: arn(region, 'cluster', t.cluster),
    taskDefinitionArn: arn(region, 'task-definition', t.taskDefinition),
    ...(t.instanceId === null
      ? {}
      : { containerInstanceArn: arn(region, 'container-instance', `${t.cluster}/${t.instanceId}`) }),
    lastStatus: t.lastStatus,
    desiredStatus: t.desiredStatus,
    cpu: String(t.cpu),
    memory: String(t.memory),
    group: t.group,
    launchType: t.launchType,
    createdAt: iso(t.createdAt),
    ...(t.startedAt === null ? {} : { startedAt: iso(t.startedAt) }),
    ...(t.stoppedAt === null ? {} : { stoppedAt: iso(t.stoppedAt) }),
    ...(t.stopCode === null ? {} : { stopCode: t.stopCode, stoppedReason: t.stoppedReason }),
    ...(t.deploymentId === null ? {} : { startedBy: t.deploymentId }),
    version: 1,
  };
}

/** Reads --network-configuration as JSON or the CLI's shorthand awsvpcConfiguration={subnets=[a,b],...}. */
function networkConfig(
  v: unknown,
): { subnets: string[]; securityGroups: string[]; assignPublicIp?: 'ENABLED' | 'DISABLED' } | string | null {
  const text = str(v);
  if (text === undefined) return null;
  if (text.trim().startsWith('{')) {
    try {
      const j = JSON.parse(text) as { awsvpcConfiguration?: Record<string, unknown> };
      const a = j.awsvpcConfiguration ?? {};
      const ip = a['assignPublicIp'];
      return {
        subnets: list(a['subnets']),
        securityGroups: list(a['securityGroups']),
        ...(ip === 'ENABLED' || ip === 'DISABLED' ? { assignPublicIp: ip } : {}),
      };
    } catch (e) {
      return `Error parsing parameter '--network-configuration': Invalid JSON: ${(e as Error).message}\nJSON received: ${text}`;
    }
  }
  const grab = (key: string): string[] => {
    const m = new RegExp(`${key}=\\[([^\\]]*)\\]`).exec(text) ?? new RegExp(`${key}=([^,}]+)`).exec(text);
    return m === null
      ? []
      : (m[1] ?? '')
          .split(',')
          .map((x) => x.trim())
          .filter((x) => x !== '');
  };
  const ip = grab('assignPublicIp')[0];
  return {
    subnets: grab('subnets'),
    securityGroups: grab('securityGroups'),
    ...(ip === 'ENABLED' || ip === 'DISABLED' ? { assignPublicIp: ip } : {}),
  };
}

const LAUNCH_TYPES: readonly string[] = ['FARGATE', 'EC2', 'EXTERNAL'];
function launchType(v: unknown): LaunchType | string {
  const t = str(v) ?? 'EC2';
  return LAUNCH_TYPES.includes(t)
    ? (t as LaunchType)
    : `Invalid value '${t}' for launchType: use FARGATE, EC2 or EXTERNAL.`;
}
function whole(v: unknown, name: string, fallback: number): number | string {
  if (v === undefined) return fallback;
  const n = typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : NaN;
  return Number.isSafeInteger(n)
    ? n
    : `Invalid value for parameter ${name}, value: ${String(v)}, type: <class 'str'>, valid types: <class 'int'>`;
}
const paramError = (message: string): CommandOutput => ({ stderr: `\n${message}\n`, exitCode: AWS_EXIT.usage });

const ops: Record<string, { accepts: string[]; required?: string[]; run: Op }> = {
  'create-cluster': {
    accepts: ['cluster-name', 'tags', 'settings', 'capacity-providers'],
    run: (call, st) => {
      const name = str(call.params['cluster-name']) ?? 'default';
      return step(call, st, 'CreateCluster', { type: 'create-cluster', name }, (s) => ({
        cluster: clusterJson(s, name, call.region),
      }));
    },
  },
  'describe-clusters': {
    accepts: ['clusters', 'include'],
    run: (call, st) => {
      const names = list(call.params['clusters']).map(clusterName);
      const want = names.length === 0 ? ['default'] : names;
      const found = want.filter((n) => st.ecs.clusters[n] !== undefined);
      return awsJson({
        clusters: found.map((n) => clusterJson(st.ecs, n, call.region)),
        failures: want
          .filter((n) => !found.includes(n))
          .map((n) => ({ arn: arn(call.region, 'cluster', n), reason: 'MISSING' })),
      });
    },
  },
  'list-clusters': {
    accepts: [],
    run: (call, st) =>
      awsJson({
        clusterArns: Object.values(st.ecs.clusters)
          .filter((c) => c.status === 'ACTIVE')
          .map((c) => arn(call.region, 'cluster', c.name)),
      }),
  },
  'register-task-definition': {
    accepts: [
      'cli-input-json',
      'family',
      'container-definitions',
      'requires-compatibilities',
      'network-mode',
      'cpu',
      'memory',
      'execution-role-arn',
    ],
    run: (call, st) => {
      const raw = call.params['cli-input-json'];
      let def: unknown;
      if (typeof raw === 'string') {
        try {
          def = JSON.parse(raw);
        } catch (e) {
          return paramError(
            `Error parsing parameter 'cli-input-json': Invalid JSON: ${(e as Error).message}\nJSON received: ${raw}`,
          );
        }
      } else {
        let containers: unknown;
        try {
          containers = JSON.parse(str(call.params['container-definitions']) ?? 'null');
        } catch (e) {
          return paramError(`Error parsing parameter '--container-definitions': Invalid JSON: ${(e as Error).message}`);
        }
        const p = call.params;
        def = {
          ...(str(p['family']) === undefined ? {} : { family: p['family'] }),
          ...(containers === null ? {} : { containerDefinitions: containers }),
          ...(p['requires-compatibilities'] === undefined
            ? {}
            : { requiresCompatibilities: list(p['requires-compatibilities']) }),
          ...(str(p['network-mode']) === undefined ? {} : { networkMode: p['network-mode'] }),
          ...(str(p['cpu']) === undefined ? {} : { cpu: p['cpu'] }),
          ...(str(p['memory']) === undefined ? {} : { memory: p['memory'] }),
          ...(str(p['execution-role-arn']) === undefined ? {} : { executionRoleArn: p['execution-role-arn'] }),
        };
      }
      return step(call, st, 'RegisterTaskDefinition', { type: 'register-task-definition', definition: def }, (s) => ({
        taskDefinition: taskDefinitionJson(s.taskDefinitions.at(-1)!, call.region),
      }));
    },
  },
  'describe-task-definition': {
    accepts: ['task-definition'],
    required: ['task-definition'],
    run: (call, st) => {
      const td = findTaskDefinition(st.ecs, str(call.params['task-definition']) ?? '');
      if (td === undefined)
        return awsServiceError('ClientException', 'DescribeTaskDefinition', 'Unable to describe task definition.');
      return awsJson({ taskDefinition: taskDefinitionJson(td, call.region), tags: [] });
    },
  },
  'create-service': {
    accepts: [
      'cluster',
      'service-name',
      'task-definition',
      'desired-count',
      'launch-type',
      'network-configuration',
      'deployment-configuration',
      'scheduling-strategy',
      'platform-version',
    ],
    required: ['service-name'],
    run: (call, st) => {
      const p = call.params;
      const lt = launchType(p['launch-type']);
      if (lt !== 'FARGATE' && lt !== 'EC2' && lt !== 'EXTERNAL')
        return awsServiceError('InvalidParameterException', 'CreateService', lt);
      const count = whole(p['desired-count'], 'desiredCount', 0);
      if (typeof count === 'string') return paramError(count);
      const net = networkConfig(p['network-configuration']);
      if (typeof net === 'string') return paramError(net);
      const td = str(p['task-definition']);
      if (td === undefined)
        return awsServiceError('InvalidParameterException', 'CreateService', 'TaskDefinition can not be blank.');
      const cluster = clusterName(p['cluster']);
      const name = str(p['service-name']) ?? '';
      return step(
        call,
        st,
        'CreateService',
        {
          type: 'create-service',
          cluster,
          name,
          taskDefinition: td.replace(/^arn:aws:ecs:[^:]*:\d+:task-definition\//, ''),
          desiredCount: count,
          launchType: lt,
          ...(net === null ? {} : net),
        },
        (s) => ({ service: serviceJson(s, findService(s, cluster, name)!, call.region) }),
      );
    },
  },
  'describe-services': {
    accepts: ['cluster', 'services', 'include'],
    required: ['services'],
    run: (call, st) => {
      const cluster = clusterName(call.params['cluster']);
      if (st.ecs.clusters[cluster]?.status !== 'ACTIVE')
        return awsServiceError('ClusterNotFoundException', 'DescribeServices', 'Cluster not found.');
      const names = list(call.params['services']).map((n) => n.replace(/^.*\//, ''));
      const found = names.map((n) => st.ecs.services.filter((v) => v.cluster === cluster && v.name === n).at(-1));
      return awsJson({
        services: found.filter((v) => v !== undefined).map((v) => serviceJson(st.ecs, v, call.region)),
        failures: names
          .filter((_, i) => found[i] === undefined)
          .map((n) => ({ arn: arn(call.region, 'service', `${cluster}/${n}`), reason: 'MISSING' })),
      });
    },
  },
  'list-services': {
    accepts: ['cluster', 'launch-type'],
    run: (call, st) => {
      const cluster = clusterName(call.params['cluster']);
      if (st.ecs.clusters[cluster]?.status !== 'ACTIVE')
        return awsServiceError('ClusterNotFoundException', 'ListServices', 'Cluster not found.');
      return awsJson({
        serviceArns: st.ecs.services
          .filter((v) => v.cluster === cluster && v.status === 'ACTIVE')
          .map((v) => arn(call.region, 'service', `${cluster}/${v.name}`)),
      });
    },
  },
  'update-service': {
    accepts: ['cluster', 'service', 'desired-count', 'task-definition', 'force-new-deployment'],
    required: ['service'],
    run: (call, st) => {
      const p = call.params;
      const cluster = clusterName(p['cluster']);
      const name = (str(p['service']) ?? '').replace(/^.*\//, '');
      const count = p['desired-count'] === undefined ? undefined : whole(p['desired-count'], 'desiredCount', 0);
      if (typeof count === 'string') return paramError(count);
      const td = str(p['task-definition']);
      if (findService(st.ecs, cluster, name) === undefined && st.ecs.clusters[cluster]?.status === 'ACTIVE')
        return awsServiceError('ServiceNotFoundException', 'UpdateService', 'Service not found.');
      return step(
        call,
        st,
        'UpdateService',
        {
          type: 'update-service',
          cluster,
          name,
          ...(count === undefined ? {} : { desiredCount: count }),
          ...(td === undefined ? {} : { taskDefinition: td }),
        },
        (s) => ({ service: serviceJson(s, findService(s, cluster, name)!, call.region) }),
      );
    },
  },
  'run-task': {
    accepts: ['cluster', 'task-definition', 'count', 'launch-type', 'network-configuration', 'platform-version'],
    required: ['task-definition'],
    run: (call, st) => {
      const p = call.params;
      const lt = launchType(p['launch-type']);
      if (lt !== 'FARGATE' && lt !== 'EC2' && lt !== 'EXTERNAL')
        return awsServiceError('InvalidParameterException', 'RunTask', lt);
      const count = whole(p['count'], 'count', 1);
      if (typeof count === 'string') return paramError(count);
      const net = networkConfig(p['network-configuration']);
      if (typeof net === 'string') return paramError(net);
      const cluster = clusterName(p['cluster']);
      const before = new Set(st.ecs.tasks.map((t) => t.id));
      const r = ecsStep(st.ecs, {
        type: 'run-task',
        cluster,
        taskDefinition: str(p['task-definition']) ?? '',
        count,
        launchType: lt,
        ...(net === null ? {} : { subnets: net.subnets }),
      });
      const e = r.events.find((x) => x.kind === 'error' && x.code !== 'failures');
      if (e !== undefined && e.kind === 'error') return awsServiceError(e.code, 'RunTask', e.message);
      const failures = r.events
        .filter((x) => x.kind === 'error' && x.code === 'failures')
        .map((x) => ({
          arn: arn(call.region, 'cluster', cluster),
          reason: (x as { message: string }).message,
        }));
      return awsJson(
        { tasks: r.state.tasks.filter((t) => !before.has(t.id)).map((t) => taskJson(t, call.region)), failures },
        withToolState(call.world, ECS_TOOL_KEY, { ...st, ecs: r.state }),
      );
    },
  },
  'list-tasks': {
    accepts: ['cluster', 'service-name', 'family', 'desired-status', 'launch-type'],
    run: (call, st) => {
      const p = call.params;
      const cluster = clusterName(p['cluster']);
      if (st.ecs.clusters[cluster]?.status !== 'ACTIVE')
        return awsServiceError('ClusterNotFoundException', 'ListTasks', 'Cluster not found.');
      const svc = str(p['service-name']);
      if (svc !== undefined && findService(st.ecs, cluster, svc) === undefined)
        return awsServiceError('ServiceNotFoundException', 'ListTasks', 'Service not found.');
      const desired = str(p['desired-status']) ?? 'RUNNING';
      if (desired !== 'RUNNING' && desired !== 'STOPPED' && desired !== 'PENDING')
        return awsServiceError('InvalidParameterException', 'ListTasks', `Invalid desiredStatus: ${desired}`);
      const fam = str(p['family']);
      return awsJson({
        taskArns: st.ecs.tasks
          .filter(
            (t) =>
              t.cluster === cluster &&
              (desired === 'STOPPED' ? t.desiredStatus === 'STOPPED' : t.desiredStatus === 'RUNNING') &&
              (svc === undefined || t.group === `service:${svc}`) &&
              (fam === undefined || t.taskDefinition.split(':')[0] === fam),
          )
          .map((t) => arn(call.region, 'task', `${cluster}/${t.id}`)),
      });
    },
  },
  'describe-tasks': {
    accepts: ['cluster', 'tasks', 'include'],
    required: ['tasks'],
    run: (call, st) => {
      const cluster = clusterName(call.params['cluster']);
      if (st.ecs.clusters[cluster]?.status !== 'ACTIVE')
        return awsServiceError('ClusterNotFoundException', 'DescribeTasks', 'Cluster not found.');
      const ids = list(call.params['tasks']);
      const found = ids.map((i) => st.ecs.tasks.find((t) => t.cluster === cluster && t.id === i.replace(/^.*\//, '')));
      return awsJson({
        tasks: found.filter((t) => t !== undefined).map((t) => taskJson(t, call.region)),
        failures: ids
          .filter((_, i) => found[i] === undefined)
          .map((i) => ({
            arn: i.startsWith('arn:') ? i : arn(call.region, 'task', `${cluster}/${i}`),
            reason: 'MISSING',
          })),
      });
    },
  },
  'stop-task': {
    accepts: ['cluster', 'task', 'reason'],
    required: ['task'],
    run: (call, st) => {
      const cluster = clusterName(call.params['cluster']);
      const id = (str(call.params['task']) ?? '').replace(/^.*\//, '');
      const reason = str(call.params['reason']);
      // ECS answers with the task as it stopped; the scheduler then starts its replacement.
      const r = ecsStep(st.ecs, { type: 'stop-task', cluster, task: id, ...(reason === undefined ? {} : { reason }) });
      const e = r.events.find((x) => x.kind === 'error');
      if (e !== undefined && e.kind === 'error') return awsServiceError(e.code, 'StopTask', e.message);
      const task = r.state.tasks.find((t) => t.id === id)!;
      return awsJson(
        { task: taskJson(task, call.region) },
        withToolState(call.world, ECS_TOOL_KEY, { ...st, ecs: r.state }),
      );
    },
  },
};

function wrap(defs: typeof ops): Record<string, AwsOperation> {
  const out: Record<string, AwsOperation> = {};
  for (const [name, d] of Object.entries(defs))
    out[name] = {
      accepts: d.accepts,
      ...(d.required === undefined ? {} : { required: d.required }),
      run: (call) => d.run(call, ecsToolState(call.world)),
    };
  return out;
}

/** `aws ecs ...`: register in AWS_SERVICES (src/domain/shell/tools.ts). */
export const ECS_SERVICE: AwsService = { name: 'ecs', operations: wrap(ops) };

const REPO_NAME = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const repoJson = (r: EcrRepository) => ({
  repositoryArn: `arn:aws:ecr:${r.region}:${ACCOUNT_ID}:repository/${r.name}`,
  registryId: ACCOUNT_ID,
  repositoryName: r.name,
  repositoryUri: `${ACCOUNT_ID}.dkr.ecr.${r.region}.amazonaws.com/${r.name}`,
  createdAt: iso(r.createdAt),
  imageTagMutability: 'MUTABLE',
  imageScanningConfiguration: { scanOnPush: false },
  encryptionConfiguration: { encryptionType: 'AES256' },
});

/** `aws ecr create-repository` / `describe-repositories`: register in AWS_SERVICES too. */
export const ECR_SERVICE: AwsService = {
  name: 'ecr',
  operations: {
    'create-repository': {
      accepts: ['repository-name', 'image-tag-mutability', 'image-scanning-configuration', 'tags'],
      required: ['repository-name'],
      run: (call) => {
        const st = ecsToolState(call.world);
        const name = str(call.params['repository-name']) ?? '';
        if (name.length < 2 || name.length > 256 || !REPO_NAME.test(name))
          return awsServiceError(
            'InvalidParameterException',
            'CreateRepository',
            `Invalid parameter at 'repositoryName' failed to satisfy constraint: 'must satisfy regular expression '(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*''`,
          );
        if (st.repositories.some((r) => r.name === name && r.region === call.region))
          return awsServiceError(
            'RepositoryAlreadyExistsException',
            'CreateRepository',
            `The repository with name '${name}' already exists in the registry with id '${ACCOUNT_ID}'`,
          );
        const repo = { name, createdAt: call.world.clock.nowMs, region: call.region };
        // The same repository in the registry model docker pushes to, so `docker push` to this
        // ECR registry succeeds once the repository exists (and fails before, as ECR does).
        const world = createRepository(call.world, `${ACCOUNT_ID}.dkr.ecr.${call.region}.amazonaws.com`, name);
        return awsJson(
          { repository: repoJson(repo) },
          withToolState(world, ECS_TOOL_KEY, { ...st, repositories: [...st.repositories, repo] }),
        );
      },
    },
    'get-login-password': {
      accepts: [],
      // Prints a registry password (valid 12 hours on AWS) for `docker login --username AWS --password-stdin`.
      run: (call) => {
        const seed = (call.world.seed ^ Math.floor(call.world.clock.nowMs / 3_600_000)) >>> 0;
        let h = seed;
        let token = '';
        for (let i = 0; i < 24; i++) {
          h = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + i) >>> 0;
          token += h.toString(36).padStart(7, '0');
        }
        const payload = `AWS:${token}`;
        const b64 = typeof btoa === 'function' ? btoa(payload) : payload;
        return { stdout: `${b64}\n`, exitCode: 0 };
      },
    },
    'describe-repositories': {
      accepts: ['repository-names'],
      run: (call) => {
        const st = ecsToolState(call.world);
        const mine = st.repositories.filter((r) => r.region === call.region);
        const names = list(call.params['repository-names']);
        const missing = names.find((n) => !mine.some((r) => r.name === n));
        if (missing !== undefined)
          return awsServiceError(
            'RepositoryNotFoundException',
            'DescribeRepositories',
            `The repository with name '${missing}' does not exist in the registry with id '${ACCOUNT_ID}'`,
          );
        return awsJson({
          repositories: mine.filter((r) => names.length === 0 || names.includes(r.name)).map(repoJson),
        });
      },
    },
  },
};

/**
 * `aws logs create-log-group` / `describe-log-groups`, just enough for the Fargate walkthrough's
 * awslogs driver (CloudWatch Logs API reference, read 2026-12-03). Register in AWS_SERVICES.
 */
export const LOGS_SERVICE: AwsService = {
  name: 'logs',
  operations: {
    'create-log-group': {
      accepts: ['log-group-name', 'tags', 'kms-key-id'],
      required: ['log-group-name'],
      run: (call) => {
        const st = ecsToolState(call.world);
        const name = str(call.params['log-group-name']) ?? '';
        if (!/^[.\-_/#A-Za-z0-9]{1,512}$/.test(name))
          return awsServiceError(
            'InvalidParameterException',
            'CreateLogGroup',
            `1 validation error detected: Value '${name}' at 'logGroupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+`,
          );
        const groups = st.logGroups ?? [];
        if (groups.includes(name))
          return awsServiceError(
            'ResourceAlreadyExistsException',
            'CreateLogGroup',
            'The specified log group already exists',
          );
        return { exitCode: 0, world: withToolState(call.world, ECS_TOOL_KEY, { ...st, logGroups: [...groups, name] }) };
      },
    },
    'describe-log-groups': {
      accepts: ['log-group-name-prefix'],
      run: (call) => {
        const prefix = str(call.params['log-group-name-prefix']) ?? '';
        const groups = (ecsToolState(call.world).logGroups ?? []).filter((g) => g.startsWith(prefix));
        return awsJson({
          logGroups: groups.map((g) => ({
            logGroupName: g,
            arn: `arn:aws:logs:${call.region}:${ACCOUNT_ID}:log-group:${g}:*`,
            storedBytes: 0,
          })),
        });
      },
    },
  },
};

/* ---------- guided-task checks (tool 'aws') ---------- */

const CHECK_KINDS: Record<string, readonly string[]> = {
  'ecs-cluster-exists': ['cluster'],
  'ecs-task-definition-registered': ['family'],
  'ecs-service-steady': ['service'],
  'ecs-task-replaced': ['service'],
  'ecr-repository-exists': ['repository'],
};

/** A message when an `aws` ECS/ECR check is malformed, else null (null too for kinds it does not own). */
export function validateEcsCheck(check: TaskCheck): string | null {
  const need = CHECK_KINDS[check.kind];
  if (need === undefined) return null;
  const missing = need.filter((k) => typeof check[k] !== 'string' || check[k] === '');
  if (missing.length > 0) return `check ${check.kind} needs ${missing.join(', ')} (a name)`;
  if (check['launchType'] !== undefined && !LAUNCH_TYPES.includes(String(check['launchType'])))
    return `check ${check.kind}: launchType must be FARGATE, EC2 or EXTERNAL`;
  return null;
}

/** True when `ecsCheckKinds` owns this kind. */
export const ecsCheckKinds: readonly string[] = Object.keys(CHECK_KINDS);

/**
 * Answers an ECS/ECR task check from the world's state: a cluster exists; a family has a revision
 * valid for `launchType`; a service has `count` (default: its desired count, at least 1) tasks
 * RUNNING and none pending; a service replaced a stopped task; a repository exists. False for
 * anything else; never throws.
 */
export function ecsCheck(world: World, check: TaskCheck): boolean {
  if (validateEcsCheck(check) !== null || !ecsCheckKinds.includes(check.kind)) return false;
  const st = ecsToolState(world);
  const cluster = typeof check['cluster'] === 'string' ? check['cluster'] : 'default';
  switch (check.kind) {
    case 'ecs-cluster-exists':
      return st.ecs.clusters[cluster]?.status === 'ACTIVE';
    case 'ecs-task-definition-registered': {
      const lt = check['launchType'];
      return st.ecs.taskDefinitions.some(
        (t) => t.family === check['family'] && (typeof lt !== 'string' || t.compatibilities.includes(lt)),
      );
    }
    case 'ecs-service-steady': {
      const svc = findService(st.ecs, cluster, String(check['service']));
      if (svc === undefined) return false;
      const c = serviceCounts(st.ecs, svc);
      const want = typeof check['count'] === 'number' ? check['count'] : Math.max(1, svc.desiredCount);
      return c.running === want && c.pending === 0 && svc.desiredCount === want;
    }
    case 'ecs-task-replaced': {
      const svc = findService(st.ecs, cluster, String(check['service']));
      if (svc === undefined) return false;
      const mine = st.ecs.tasks.filter((t) => t.cluster === cluster && t.group === `service:${svc.name}`);
      return (
        mine.some((t) => t.lastStatus === 'STOPPED') &&
        serviceCounts(st.ecs, svc).running === svc.desiredCount &&
        svc.desiredCount > 0
      );
    }
    case 'ecr-repository-exists':
      return st.repositories.some((r) => r.name === check['repository']);
    default:
      return false;
  }
}
