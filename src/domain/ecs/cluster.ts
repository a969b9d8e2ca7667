/**
 * The ECS control plane as a pure step model: step(state, input) -> { state, events }. Clusters
 * hold capacity (Fargate always; EC2 or external instances when added); services keep their
 * desired count of tasks running, replace stopped ones, place tasks on EC2 by binpack or spread
 * within free CPU, memory, ports and ENIs, and roll out a new task definition within
 * minimumHealthyPercent / maximumPercent. Time moves only with `tick`.
 * Service event wording follows ECS ("(service web) has started 2 tasks: (task …).",
 * "(service web) has reached a steady state.").
 */
import type { StepResult } from '../shared/simulation';
import type {
  ContainerInstance,
  Deployment,
  EcsEvent,
  EcsInput,
  EcsService,
  EcsState,
  EcsTask,
  TaskDefinitionRecord,
} from './cluster-types';
import { ecsId } from './ids';
import { awsvpcTaskLimit, instanceType } from './instances';
import { toRecord } from './register';

/** Milliseconds from a task's creation until it is RUNNING (PENDING from half-way). */
export const TASK_START_MS = 4000;

/** An empty control plane at `nowMs`. */
export function createEcsState(seed = 1, nowMs = 0): EcsState {
  return { nowMs, seed: seed >>> 0, counter: 0, clusters: {}, taskDefinitions: [], services: [], tasks: [] };
}

type Out = { state: EcsState; events: EcsEvent[] };
const err = (s: EcsState, code: string, message: string): Out => ({
  state: s,
  events: [{ kind: 'error', code, message }],
});

/** The task definition named "family" (latest ACTIVE) or "family:revision". */
export function findTaskDefinition(s: EcsState, ref: string): TaskDefinitionRecord | undefined {
  const name = ref.replace(/^arn:aws:ecs:[^:]*:\d+:task-definition\//, '');
  const [family, rev] = name.split(':');
  const all = s.taskDefinitions.filter((t) => t.family === family && t.status === 'ACTIVE');
  if (rev === undefined) return all.at(-1);
  return all.find((t) => String(t.revision) === rev);
}

/** The service `name` in `cluster` that is not INACTIVE. */
export function findService(s: EcsState, cluster: string, name: string): EcsService | undefined {
  return s.services.find((v) => v.cluster === cluster && v.name === name && v.status !== 'INACTIVE');
}

const tdName = (t: TaskDefinitionRecord): string => `${t.family}:${t.revision}`;
const live = (t: EcsTask): boolean => t.desiredStatus === 'RUNNING';

/** One input, then the scheduler's pass over every service. */
export function ecsStep(state: EcsState, input: EcsInput): StepResult<EcsState, EcsEvent> {
  const first = apply(state, input);
  if (first.events.some((e) => e.kind === 'error')) return first;
  const r = reconcile(first.state);
  return { state: r.state, events: [...first.events, ...r.events] };
}

function apply(s: EcsState, input: EcsInput): Out {
  switch (input.type) {
    case 'tick':
      if (!Number.isFinite(input.ms) || input.ms < 0)
        return err(s, 'InvalidParameterException', `time can only move forward (received ${input.ms} ms)`);
      return { state: { ...s, nowMs: s.nowMs + Math.round(input.ms) }, events: [] };
    case 'create-cluster': {
      if (!/^[A-Za-z0-9_-]{1,255}$/.test(input.name))
        return err(
          s,
          'InvalidParameterException',
          'Cluster name is invalid. Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed.',
        );
      const existing = s.clusters[input.name];
      if (existing !== undefined && existing.status === 'ACTIVE') return { state: s, events: [] };
      return {
        state: {
          ...s,
          clusters: { ...s.clusters, [input.name]: { name: input.name, status: 'ACTIVE', instances: [] } },
        },
        events: [],
      };
    }
    case 'add-instance': {
      const c = s.clusters[input.cluster];
      if (c === undefined || c.status !== 'ACTIVE') return err(s, 'ClusterNotFoundException', 'Cluster not found.');
      const type = instanceType(input.instanceType);
      if (type === undefined)
        return err(s, 'InvalidParameterException', `Unknown instance type '${input.instanceType}'.`);
      const external = input.external === true;
      const inst: ContainerInstance = {
        id: ecsId(s.seed, s.counter),
        type: type.name,
        cpu: type.vcpu * 1024,
        memory: type.registeredMemoryMiB,
        awsvpcLimit: external ? 0 : awsvpcTaskLimit(type),
        external,
      };
      return {
        state: {
          ...s,
          counter: s.counter + 1,
          clusters: { ...s.clusters, [c.name]: { ...c, instances: [...c.instances, inst] } },
        },
        events: [],
      };
    }
    case 'register-task-definition': {
      const r = toRecord(input.definition, (f) => s.taskDefinitions.filter((t) => t.family === f).length + 1, s.nowMs);
      if (!r.ok) {
        const e = r.errors[0];
        return {
          state: s,
          events: r.errors.map((x) => ({ kind: 'error', code: 'ClientException', message: x.message, path: x.path })),
          ...(e === undefined ? {} : {}),
        };
      }
      return {
        state: { ...s, taskDefinitions: [...s.taskDefinitions, r.record] },
        events: [{ kind: 'registered', taskDefinition: tdName(r.record) }],
      };
    }
    case 'create-service':
      return createService(s, input);
    case 'update-service': {
      const svc = findService(s, input.cluster, input.name);
      if (s.clusters[input.cluster]?.status !== 'ACTIVE')
        return err(s, 'ClusterNotFoundException', 'Cluster not found.');
      if (svc === undefined || svc.status !== 'ACTIVE')
        return err(s, 'ServiceNotActiveException', 'Service was not ACTIVE.');
      let next = svc;
      if (input.desiredCount !== undefined) {
        if (!Number.isInteger(input.desiredCount) || input.desiredCount < 0 || input.desiredCount > 5000)
          return err(s, 'InvalidParameterException', 'desiredCount must be a whole number from 0 to 5,000.');
        next = { ...next, desiredCount: input.desiredCount };
      }
      if (input.taskDefinition !== undefined) {
        const td = findTaskDefinition(s, input.taskDefinition);
        if (td === undefined) return err(s, 'ClientException', 'TaskDefinition not found.');
        const problem = launchProblem(td, svc.launchType, svc.subnets.length > 0);
        if (problem !== null) return err(s, 'InvalidParameterException', problem);
        if (tdName(td) !== svc.taskDefinition) {
          const dep: Deployment = {
            id: `ecs-svc/${ecsId(s.seed, s.counter).slice(0, 19)}`,
            status: 'PRIMARY',
            taskDefinition: tdName(td),
            createdAt: s.nowMs,
            updatedAt: s.nowMs,
            rolloutState: 'IN_PROGRESS',
          };
          next = {
            ...next,
            taskDefinition: tdName(td),
            deployments: [
              dep,
              ...svc.deployments
                .filter((d) => d.status !== 'INACTIVE')
                .map((d) => ({ ...d, status: 'ACTIVE' as const })),
            ],
          };
          s = { ...s, counter: s.counter + 1 };
        }
      }
      return { state: replaceService(s, next), events: [] };
    }
    case 'run-task': {
      if (s.clusters[input.cluster]?.status !== 'ACTIVE')
        return err(s, 'ClusterNotFoundException', 'Cluster not found.');
      const td = findTaskDefinition(s, input.taskDefinition);
      if (td === undefined) return err(s, 'ClientException', 'Unable to describe task definition.');
      const problem = launchProblem(td, input.launchType, (input.subnets ?? []).length > 0);
      if (problem !== null) return err(s, 'InvalidParameterException', problem);
      if (!Number.isInteger(input.count) || input.count < 1 || input.count > 10)
        return err(s, 'InvalidParameterException', 'count must be between 1 and 10.');
      let st = s;
      const events: EcsEvent[] = [];
      for (let i = 0; i < input.count; i++) {
        const placed = launch(st, td, input.cluster, input.launchType, `family:${td.family}`, null, 'spread', null);
        if (placed === null) {
          events.push({ kind: 'error', code: 'failures', message: 'RESOURCE:MEMORY' });
          break;
        }
        st = placed.state;
        events.push({ kind: 'task-started', task: placed.task.id, service: null });
      }
      return { state: st, events };
    }
    case 'stop-task':
    case 'fail-task': {
      const cluster = input.type === 'stop-task' ? input.cluster : null;
      if (cluster !== null && s.clusters[cluster]?.status !== 'ACTIVE')
        return err(s, 'ClusterNotFoundException', 'Cluster not found.');
      const id = input.task.replace(/^.*\//, '');
      const task = s.tasks.find((t) => t.id === id && (cluster === null || t.cluster === cluster));
      if (task === undefined) return err(s, 'InvalidParameterException', 'The referenced task was not found.');
      if (!live(task)) return { state: s, events: [] };
      const user = input.type === 'stop-task';
      const reason = input.reason ?? (user ? 'Task stopped by user' : 'Essential container in task exited');
      return {
        state: stopTask(s, task.id, user ? 'UserInitiated' : 'EssentialContainerExited', reason),
        events: [{ kind: 'task-stopped', task: task.id, reason }],
      };
    }
    case 'delete-service': {
      if (s.clusters[input.cluster]?.status !== 'ACTIVE')
        return err(s, 'ClusterNotFoundException', 'Cluster not found.');
      const svc = findService(s, input.cluster, input.name);
      if (svc === undefined) return err(s, 'ServiceNotFoundException', 'Service not found.');
      if (svc.desiredCount > 0 && input.force !== true)
        return err(s, 'InvalidParameterException', 'The service cannot be stopped while it is scaled above 0.');
      return { state: replaceService(s, { ...svc, status: 'DRAINING', desiredCount: 0 }), events: [] };
    }
    case 'delete-cluster': {
      const c = s.clusters[input.name];
      if (c === undefined || c.status !== 'ACTIVE') return err(s, 'ClusterNotFoundException', 'Cluster not found.');
      if (s.services.some((v) => v.cluster === c.name && v.status === 'ACTIVE'))
        return err(s, 'ClusterContainsServicesException', 'The Cluster cannot be deleted while Services are active.');
      if (s.tasks.some((t) => t.cluster === c.name && t.lastStatus !== 'STOPPED'))
        return err(s, 'ClusterContainsTasksException', 'The Cluster cannot be deleted while Tasks are active.');
      if (c.instances.length > 0)
        return err(
          s,
          'ClusterContainsContainerInstancesException',
          'The Cluster cannot be deleted while Container Instances are active or draining.',
        );
      return { state: { ...s, clusters: { ...s.clusters, [c.name]: { ...c, status: 'INACTIVE' } } }, events: [] };
    }
  }
}

/** Why `td` cannot run with `launchType`, as ECS words it, or null. */
function launchProblem(
  td: TaskDefinitionRecord,
  launchType: EcsService['launchType'],
  hasNetwork: boolean,
): string | null {
  if (!td.compatibilities.includes(launchType)) return `Task definition does not support launch_type ${launchType}.`;
  if (td.networkMode === 'awsvpc' && !hasNetwork)
    return "Network Configuration must be provided when networkMode 'awsvpc' is specified.";
  return null;
}

function createService(s: EcsState, input: Extract<EcsInput, { type: 'create-service' }>): Out {
  if (s.clusters[input.cluster]?.status !== 'ACTIVE') return err(s, 'ClusterNotFoundException', 'Cluster not found.');
  if (!/^[A-Za-z0-9_-]{1,255}$/.test(input.name))
    return err(
      s,
      'InvalidParameterException',
      'Service name is invalid. Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed.',
    );
  if (findService(s, input.cluster, input.name) !== undefined)
    return err(s, 'InvalidParameterException', 'Creation of service was not idempotent.');
  const td = findTaskDefinition(s, input.taskDefinition);
  if (td === undefined) return err(s, 'ClientException', 'TaskDefinition not found.');
  const problem = launchProblem(td, input.launchType, (input.subnets ?? []).length > 0);
  if (problem !== null) return err(s, 'InvalidParameterException', problem);
  if (!Number.isInteger(input.desiredCount) || input.desiredCount < 0 || input.desiredCount > 5000)
    return err(s, 'InvalidParameterException', 'desiredCount must be a whole number from 0 to 5,000.');
  const min = input.minimumHealthyPercent ?? 100;
  const max = input.maximumPercent ?? 200;
  if (!Number.isInteger(min) || min < 0 || min > 100)
    return err(s, 'InvalidParameterException', 'minimumHealthyPercent must be between 0 and 100.');
  if (!Number.isInteger(max) || max < 100 || max > 200 || max <= min)
    return err(
      s,
      'InvalidParameterException',
      'maximumPercent must be between 100 and 200 and greater than minimumHealthyPercent.',
    );
  const svc: EcsService = {
    name: input.name,
    cluster: input.cluster,
    taskDefinition: tdName(td),
    desiredCount: input.desiredCount,
    launchType: input.launchType,
    minimumHealthyPercent: min,
    maximumPercent: max,
    placement: input.placement ?? 'spread',
    subnets: input.subnets ?? [],
    securityGroups: input.securityGroups ?? [],
    assignPublicIp: input.assignPublicIp ?? 'DISABLED',
    status: 'ACTIVE',
    createdAt: s.nowMs,
    events: [],
    deployments: [
      {
        id: `ecs-svc/${ecsId(s.seed, s.counter).slice(0, 19)}`,
        status: 'PRIMARY',
        taskDefinition: tdName(td),
        createdAt: s.nowMs,
        updatedAt: s.nowMs,
        rolloutState: 'IN_PROGRESS',
      },
    ],
  };
  return { state: { ...s, counter: s.counter + 1, services: [...s.services, svc] }, events: [] };
}

function replaceService(s: EcsState, svc: EcsService): EcsState {
  return {
    ...s,
    services: s.services.map((v) =>
      v.cluster === svc.cluster && v.name === svc.name && v.status !== 'INACTIVE' ? svc : v,
    ),
  };
}

function stopTask(s: EcsState, id: string, stopCode: string, reason: string): EcsState {
  return {
    ...s,
    tasks: s.tasks.map((t) =>
      t.id === id
        ? { ...t, desiredStatus: 'STOPPED', lastStatus: 'STOPPED', stoppedAt: s.nowMs, stopCode, stoppedReason: reason }
        : t,
    ),
  };
}

/** Free room on an instance: CPU, memory, ports and awsvpc ENIs not taken by live tasks. */
function room(s: EcsState, inst: ContainerInstance) {
  const on = s.tasks.filter((t) => t.instanceId === inst.id && live(t));
  return {
    cpu: inst.cpu - on.reduce((a, t) => a + t.cpu, 0),
    memory: inst.memory - on.reduce((a, t) => a + t.memory, 0),
    ports: new Set(on.filter((t) => !t.awsvpc).flatMap((t) => t.ports)),
    enis: inst.awsvpcLimit - on.filter((t) => t.awsvpc).length,
    count: on.length,
    sameGroup: (g: string) => on.filter((t) => t.group === g).length,
  };
}

/** Starts one task, placed by `strategy`; null when no instance has room (EC2/EXTERNAL). */
function launch(
  s: EcsState,
  td: TaskDefinitionRecord,
  cluster: string,
  launchType: EcsService['launchType'],
  group: string,
  deploymentId: string | null,
  strategy: EcsService['placement'],
  _service: string | null,
): { state: EcsState; task: EcsTask } | null {
  const awsvpc = td.networkMode === 'awsvpc';
  const ports = td.containers.flatMap((c) => c.ports);
  let instanceId: string | null = null;
  if (launchType !== 'FARGATE') {
    const c = s.clusters[cluster];
    const fits = (c?.instances ?? [])
      .filter((i) => i.external === (launchType === 'EXTERNAL'))
      .map((i) => ({ i, r: room(s, i) }))
      .filter(
        ({ r }) =>
          r.cpu >= td.cpu && r.memory >= td.memory && (awsvpc ? r.enis > 0 : ports.every((p) => !r.ports.has(p))),
      );
    if (fits.length === 0) return null;
    fits.sort((a, b) =>
      strategy === 'binpack'
        ? a.r.memory - b.r.memory || a.i.id.localeCompare(b.i.id)
        : a.r.sameGroup(group) - b.r.sameGroup(group) || a.r.count - b.r.count || a.i.id.localeCompare(b.i.id),
    );
    instanceId = (fits[0] as { i: ContainerInstance }).i.id;
  }
  const task: EcsTask = {
    id: ecsId(s.seed, s.counter),
    cluster,
    taskDefinition: tdName(td),
    group,
    launchType,
    instanceId,
    cpu: td.cpu,
    memory: td.memory,
    ports,
    awsvpc,
    lastStatus: 'PROVISIONING',
    desiredStatus: 'RUNNING',
    createdAt: s.nowMs,
    startedAt: null,
    stoppedAt: null,
    stopCode: null,
    stoppedReason: null,
    deploymentId,
  };
  return { state: { ...s, counter: s.counter + 1, tasks: [...s.tasks, task] }, task };
}

function addEvent(s: EcsState, svc: EcsService, message: string): { state: EcsState; svc: EcsService } {
  const ev = { id: ecsId(s.seed, s.counter).slice(0, 8) + '-' + s.counter, createdAt: s.nowMs, message };
  const next = { ...svc, events: [ev, ...svc.events].slice(0, 100) };
  return { state: replaceService({ ...s, counter: s.counter + 1 }, next), svc: next };
}

/** Moves task lifecycles on with time, then brings every service towards its desired count. */
function reconcile(start: EcsState): Out {
  let s: EcsState = {
    ...start,
    tasks: start.tasks.map((t) => {
      if (t.lastStatus === 'STOPPED' || t.desiredStatus !== 'RUNNING') return t;
      const age = start.nowMs - t.createdAt;
      if (age >= TASK_START_MS)
        return t.lastStatus === 'RUNNING' ? t : { ...t, lastStatus: 'RUNNING', startedAt: t.createdAt + TASK_START_MS };
      if (age >= TASK_START_MS / 2 && t.lastStatus === 'PROVISIONING') return { ...t, lastStatus: 'PENDING' };
      return t;
    }),
  };
  const events: EcsEvent[] = [];
  for (const original of start.services) {
    if (original.status === 'INACTIVE') continue;
    let svc = findService(s, original.cluster, original.name) as EcsService;
    const group = `service:${svc.name}`;
    const mine = () => s.tasks.filter((t) => t.cluster === svc.cluster && t.group === group && live(t));
    const primary = svc.deployments[0] as Deployment;
    const td = findTaskDefinition(s, svc.taskDefinition);
    const stopped: string[] = [];
    const stop = (t: EcsTask, reason: string) => {
      s = stopTask(s, t.id, 'ServiceSchedulerInitiated', reason);
      stopped.push(t.id);
      events.push({ kind: 'task-stopped', task: t.id, reason });
    };
    if (svc.status === 'DRAINING') {
      for (const t of mine()) stop(t, 'Scaling activity initiated by deployment ' + primary.id);
      s = replaceService(s, { ...svc, status: 'INACTIVE' });
      continue;
    }
    const D = svc.desiredCount;
    const maxTotal = Math.max(1, Math.floor((D * svc.maximumPercent) / 100));
    const minHealthy = Math.ceil((D * svc.minimumHealthyPercent) / 100);
    // Too many new tasks (scaled in): stop the youngest first.
    const current = () => mine().filter((t) => t.taskDefinition === svc.taskDefinition);
    const older = () => mine().filter((t) => t.taskDefinition !== svc.taskDefinition);
    for (const t of current()
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, Math.max(0, current().length - D)))
      stop(t, 'Scaling activity initiated by (deployment ' + primary.id + ')');
    // Old revision: stop tasks while enough stay healthy (not-yet-running ones first).
    for (const t of older().sort((a, b) => Number(a.lastStatus === 'RUNNING') - Number(b.lastStatus === 'RUNNING'))) {
      const running = mine().filter((x) => x.lastStatus === 'RUNNING').length;
      const newRunning = current().filter((x) => x.lastStatus === 'RUNNING').length;
      if (t.lastStatus !== 'RUNNING' || running - 1 >= minHealthy || newRunning >= D)
        stop(t, 'Scaling activity initiated by (deployment ' + primary.id + ')');
    }
    if (stopped.length > 0) {
      // addEvent writes the service back into the state it returns.
      const r = addEvent(
        s,
        svc,
        `(service ${svc.name}) has stopped ${stopped.length} running tasks: ${stopped.map((id) => `(task ${id})`).join(' ')}.`,
      );
      s = r.state;
      svc = r.svc;
    }
    // Start new tasks up to the desired count, within maximumPercent.
    const started: string[] = [];
    let unplaced = false;
    while (td !== undefined && current().length < D && mine().length < Math.max(maxTotal, D - older().length)) {
      const r = launch(s, td, svc.cluster, svc.launchType, group, primary.id, svc.placement, svc.name);
      if (r === null) {
        unplaced = true;
        break;
      }
      s = r.state;
      started.push(r.task.id);
      events.push({ kind: 'task-started', task: r.task.id, service: svc.name });
    }
    svc = findService(s, svc.cluster, svc.name) as EcsService;
    if (started.length > 0)
      ({ state: s, svc } = addEvent(
        s,
        svc,
        `(service ${svc.name}) has started ${started.length} tasks: ${started.map((id) => `(task ${id})`).join(' ')}.`,
      ));
    const placeMsg = `(service ${svc.name}) was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster or none has enough CPU, memory, ports or network interfaces free.`;
    if (unplaced && svc.events[0]?.message !== placeMsg) ({ state: s, svc } = addEvent(s, svc, placeMsg));
    const steady = older().length === 0 && current().length === D && current().every((t) => t.lastStatus === 'RUNNING');
    const steadyMsg = `(service ${svc.name}) has reached a steady state.`;
    if (steady && svc.events[0]?.message !== steadyMsg) {
      ({ state: s, svc } = addEvent(s, svc, steadyMsg));
      svc = {
        ...svc,
        deployments: svc.deployments
          .filter((d) => d.status === 'PRIMARY')
          .map((d) => ({ ...d, rolloutState: 'COMPLETED' as const, updatedAt: s.nowMs })),
      };
      s = replaceService(s, svc);
      events.push({ kind: 'service-event', service: svc.name, message: steadyMsg });
    }
  }
  return { state: s, events };
}

/** Counts for describe-services: running and pending tasks of a service. */
export function serviceCounts(s: EcsState, svc: EcsService): { running: number; pending: number } {
  const mine = s.tasks.filter((t) => t.cluster === svc.cluster && t.group === `service:${svc.name}` && live(t));
  return {
    running: mine.filter((t) => t.lastStatus === 'RUNNING').length,
    pending: mine.filter((t) => t.lastStatus !== 'RUNNING').length,
  };
}
