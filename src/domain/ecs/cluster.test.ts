import { describe, expect, it } from 'vitest';
import { replay } from '../shared/simulation';
import {
  createEcsState,
  ecsStep,
  findService,
  serviceCounts,
  TASK_START_MS,
  type EcsInput,
  type EcsState,
} from './index';

const FARGATE_DEF = {
  family: 'web',
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'awsvpc',
  cpu: '256',
  memory: '512',
  containerDefinitions: [{ name: 'web', image: 'nginx:1.28', portMappings: [{ containerPort: 80 }] }],
};
const EC2_DEF = {
  family: 'api',
  containerDefinitions: [
    { name: 'api', image: 'api:1', cpu: 512, memory: 1024, portMappings: [{ containerPort: 8080, hostPort: 8080 }] },
  ],
};
const run = (inputs: EcsInput[], from: EcsState = createEcsState(7)) => replay(ecsStep, from, inputs);
const tick: EcsInput = { type: 'tick', ms: TASK_START_MS };
const svcInput = (over: Partial<Extract<EcsInput, { type: 'create-service' }>> = {}): EcsInput => ({
  type: 'create-service',
  cluster: 'demo',
  name: 'web',
  taskDefinition: 'web',
  desiredCount: 2,
  launchType: 'FARGATE',
  subnets: ['subnet-1'],
  ...over,
});
const setup: EcsInput[] = [
  { type: 'create-cluster', name: 'demo' },
  { type: 'register-task-definition', definition: FARGATE_DEF },
];

describe('ECS service scheduler', () => {
  it('starts the desired count on Fargate, then reports a steady state', () => {
    const { state, events } = run([...setup, svcInput(), tick]);
    const svc = findService(state, 'demo', 'web');
    expect(svc && serviceCounts(state, svc)).toEqual({ running: 2, pending: 0 });
    expect(svc?.events.map((e) => e.message.replace(/\(task \w+\)/g, '(task …)'))).toEqual([
      '(service web) has reached a steady state.',
      '(service web) has started 2 tasks: (task …) (task …).',
    ]);
    expect(events.filter((e) => e.kind === 'task-started')).toHaveLength(2);
  });

  it('replaces a task that stops: the service is back at its desired count', () => {
    const a = run([...setup, svcInput(), tick]);
    const victim = a.state.tasks[0]!;
    const b = run([{ type: 'fail-task', task: victim.id }], a.state);
    expect(b.state.tasks.find((t) => t.id === victim.id)).toMatchObject({
      lastStatus: 'STOPPED',
      stopCode: 'EssentialContainerExited',
      stoppedReason: 'Essential container in task exited',
    });
    const svc = findService(b.state, 'demo', 'web')!;
    expect(serviceCounts(b.state, svc)).toEqual({ running: 1, pending: 1 });
    const c = run([tick], b.state);
    expect(serviceCounts(c.state, findService(c.state, 'demo', 'web')!)).toEqual({ running: 2, pending: 0 });
  });

  it('rolls out a new revision within maximumPercent 200 / minimumHealthyPercent 100', () => {
    const a = run([
      ...setup,
      svcInput(),
      tick,
      { type: 'register-task-definition', definition: { ...FARGATE_DEF, cpu: '512', memory: '1024' } },
      { type: 'update-service', cluster: 'demo', name: 'web', taskDefinition: 'web:2' },
    ]);
    const live = (s: EcsState) => s.tasks.filter((t) => t.desiredStatus === 'RUNNING');
    // Two new tasks start beside the two old ones (4 = 200% of 2); none old stopped yet.
    expect(
      live(a.state)
        .map((t) => t.taskDefinition)
        .sort(),
    ).toEqual(['web:1', 'web:1', 'web:2', 'web:2']);
    const b = run([tick], a.state);
    expect(live(b.state).map((t) => t.taskDefinition)).toEqual(['web:2', 'web:2']);
    expect(findService(b.state, 'demo', 'web')!.deployments).toMatchObject([
      { taskDefinition: 'web:2', rolloutState: 'COMPLETED' },
    ]);
  });

  it('scales in and out with update-service --desired-count', () => {
    const a = run([
      ...setup,
      svcInput(),
      tick,
      { type: 'update-service', cluster: 'demo', name: 'web', desiredCount: 5 },
      tick,
    ]);
    expect(serviceCounts(a.state, findService(a.state, 'demo', 'web')!).running).toBe(5);
    const b = run([{ type: 'update-service', cluster: 'demo', name: 'web', desiredCount: 1 }], a.state);
    expect(serviceCounts(b.state, findService(b.state, 'demo', 'web')!).running).toBe(1);
  });

  it('places EC2 tasks within free CPU, memory and host ports, and says when none fits', () => {
    const { state } = run([
      { type: 'create-cluster', name: 'demo' },
      { type: 'add-instance', cluster: 'demo', instanceType: 'm5.large' },
      { type: 'register-task-definition', definition: EC2_DEF },
      svcInput({ name: 'api', taskDefinition: 'api', launchType: 'EC2', desiredCount: 2, subnets: [] }),
    ]);
    // Host port 8080 can be taken once per instance.
    expect(state.tasks.filter((t) => t.desiredStatus === 'RUNNING')).toHaveLength(1);
    expect(findService(state, 'demo', 'api')!.events[0]!.message).toMatch(
      /^\(service api\) was unable to place a task/,
    );
    const more = run(
      [
        { type: 'add-instance', cluster: 'demo', instanceType: 'm5.large' },
        { type: 'tick', ms: 1 },
      ],
      state,
    );
    expect(new Set(more.state.tasks.map((t) => t.instanceId)).size).toBe(2);
  });

  it('binpack fills one instance first, spread balances', () => {
    const def = { family: 'w', containerDefinitions: [{ name: 'w', image: 'w', cpu: 256, memory: 256 }] };
    const base: EcsInput[] = [
      { type: 'create-cluster', name: 'demo' },
      { type: 'add-instance', cluster: 'demo', instanceType: 'm5.large' },
      { type: 'add-instance', cluster: 'demo', instanceType: 'm5.large' },
      { type: 'register-task-definition', definition: def },
    ];
    const per = (s: EcsState) =>
      Object.values(Object.groupBy(s.tasks, (t) => t.instanceId ?? '')).map((g) => g?.length);
    expect(
      per(
        run([
          ...base,
          svcInput({ taskDefinition: 'w', launchType: 'EC2', desiredCount: 4, placement: 'binpack', subnets: [] }),
        ]).state,
      ),
    ).toEqual([4]);
    expect(
      per(
        run([
          ...base,
          svcInput({ taskDefinition: 'w', launchType: 'EC2', desiredCount: 4, placement: 'spread', subnets: [] }),
        ]).state,
      ),
    ).toEqual([2, 2]);
  });

  it('limits awsvpc tasks on EC2 by the instance’s ENIs (m5.large: 3 ENIs, 2 tasks)', () => {
    const def = { ...FARGATE_DEF, requiresCompatibilities: ['EC2'] };
    const { state } = run([
      { type: 'create-cluster', name: 'demo' },
      { type: 'add-instance', cluster: 'demo', instanceType: 'm5.large' },
      { type: 'register-task-definition', definition: def },
      svcInput({ launchType: 'EC2', desiredCount: 3 }),
    ]);
    expect(state.tasks).toHaveLength(2);
  });

  it('refuses what ECS refuses, with its error code and message', () => {
    const notes = {
      family: 'n',
      containerDefinitions: [
        { name: 'n', image: 'nginx', cpu: 256, memory: 512, portMappings: [{ containerPort: 80, hostPort: 80 }] },
      ],
    };
    const errorOf = (inputs: EcsInput[]) => run(inputs).events.find((e) => e.kind === 'error');
    expect(
      errorOf([
        { type: 'create-cluster', name: 'demo' },
        { type: 'register-task-definition', definition: notes },
        svcInput({ taskDefinition: 'n' }),
      ]),
    ).toEqual({
      kind: 'error',
      code: 'InvalidParameterException',
      message: 'Task definition does not support launch_type FARGATE.',
    });
    expect(errorOf([...setup, svcInput({ subnets: [] })])?.message).toBe(
      "Network Configuration must be provided when networkMode 'awsvpc' is specified.",
    );
    expect(errorOf([svcInput()])).toMatchObject({ code: 'ClusterNotFoundException', message: 'Cluster not found.' });
    expect(errorOf([...setup, svcInput(), { type: 'delete-service', cluster: 'demo', name: 'web' }])?.message).toBe(
      'The service cannot be stopped while it is scaled above 0.',
    );
    expect(errorOf([...setup, svcInput(), { type: 'delete-cluster', name: 'demo' }])?.code).toBe(
      'ClusterContainsServicesException',
    );
  });

  it('is deterministic: the same inputs give the same ids', () => {
    const inputs = [...setup, svcInput(), tick];
    expect(run(inputs).state).toEqual(run(inputs).state);
  });
});
