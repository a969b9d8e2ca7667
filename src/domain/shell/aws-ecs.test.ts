import { describe, expect, it } from 'vitest';
import { badInputs } from '../../../tests/support/bad-inputs';
import { createAwsCommand } from './aws';
import { createShell } from './index';
import { ECR_SERVICE, ECS_SERVICE, LOGS_SERVICE, ecsCheck, validateEcsCheck } from './aws-ecs';
import type { CommandOutput, World } from './types';
import { createWorld, later } from './world';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the CLI's JSON, read in assertions
type Json = Record<string, any>;
const aws = createAwsCommand([ECS_SERVICE, ECR_SERVICE, LOGS_SERVICE]);
const NOTES = {
  family: 'my-nginx-app',
  containerDefinitions: [
    {
      name: 'nginx-container',
      image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/my-nginx-app:latest',
      memory: 512,
      cpu: 256,
      essential: true,
      portMappings: [{ containerPort: 80, hostPort: 80 }],
    },
  ],
};
const FIXED = {
  family: 'my-nginx-app',
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'awsvpc',
  cpu: '256',
  memory: '512',
  containerDefinitions: [
    {
      name: 'nginx-container',
      image: 'nginx:1.28',
      essential: true,
      portMappings: [{ containerPort: 80, hostPort: 80 }],
    },
  ],
};

/** Runs one `aws ...` line (words already split) and carries the world on. */
function session(files: Record<string, string> = {}) {
  let world: World = createWorld({ files });
  return {
    run(line: string): CommandOutput {
      const argv = line.match(/'[^']*'|\S+/g)!.map((w) => w.replace(/^'|'$/g, ''));
      const out = aws.run({ argv, stdin: '', world });
      if (out.world !== undefined) world = out.world;
      return out;
    },
    json(line: string): Json {
      const out = this.run(line);
      expect(out.stderr ?? '').toBe('');
      expect(out.exitCode).toBe(0);
      return JSON.parse(out.stdout ?? '') as Json;
    },
    wait(ms: number) {
      world = later(world, ms);
    },
    get world() {
      return world;
    },
  };
}

const SERVICE =
  'aws ecs create-service --cluster demo --service-name web --task-definition my-nginx-app --desired-count 2 --launch-type FARGATE --network-configuration awsvpcConfiguration={subnets=[subnet-0abc],securityGroups=[sg-0abc],assignPublicIp=ENABLED}';

describe('aws ecs: the Fargate deployment from the notes, end to end', () => {
  it('registers the notes’ definition, which Fargate then refuses, and the fixed one, which runs', () => {
    const sh = session({ 'notes.json': JSON.stringify(NOTES), 'task.json': JSON.stringify(FIXED) });
    expect(sh.json('aws ecs create-cluster --cluster-name demo').cluster).toMatchObject({
      clusterName: 'demo',
      status: 'ACTIVE',
      clusterArn: 'arn:aws:ecs:eu-west-2:123456789012:cluster/demo',
    });
    const notes = sh.json('aws ecs register-task-definition --cli-input-json file://notes.json').taskDefinition;
    expect(notes).toMatchObject({ family: 'my-nginx-app', revision: 1, compatibilities: ['EC2', 'EXTERNAL'] });
    // As written, the notes' definition is EC2-only: Fargate needs awsvpc and task-level cpu/memory.
    const refused = sh.run(SERVICE);
    expect(refused).toEqual({
      stderr:
        '\nAn error occurred (InvalidParameterException) when calling the CreateService operation: Task definition does not support launch_type FARGATE.\n',
      exitCode: 254,
    });
    expect(sh.json('aws ecs register-task-definition --cli-input-json file://task.json').taskDefinition).toMatchObject({
      revision: 2,
      compatibilities: ['EC2', 'FARGATE'],
    });
    const svc = sh.json(SERVICE).service;
    expect(svc).toMatchObject({
      serviceName: 'web',
      desiredCount: 2,
      runningCount: 0,
      pendingCount: 2,
      launchType: 'FARGATE',
    });
    expect(svc.networkConfiguration.awsvpcConfiguration).toEqual({
      subnets: ['subnet-0abc'],
      securityGroups: ['sg-0abc'],
      assignPublicIp: 'ENABLED',
    });
    expect(ecsCheck(sh.world, { tool: 'aws', kind: 'ecs-service-steady', cluster: 'demo', service: 'web' })).toBe(
      false,
    );
    sh.wait(5000);
    const described = sh.json('aws ecs describe-services --cluster demo --services web').services[0];
    expect(described).toMatchObject({ runningCount: 2, pendingCount: 0 });
    expect(described.events[0].message).toBe('(service web) has reached a steady state.');
    expect(ecsCheck(sh.world, { tool: 'aws', kind: 'ecs-service-steady', cluster: 'demo', service: 'web' })).toBe(true);
  });

  it('keeps the desired count: a stopped task is replaced; update-service scales', () => {
    const sh = session({ 'task.json': JSON.stringify(FIXED) });
    sh.run('aws ecs create-cluster --cluster-name demo');
    sh.run('aws ecs register-task-definition --cli-input-json file://task.json');
    sh.run(SERVICE);
    sh.wait(5000);
    const arns: string[] = sh.json('aws ecs list-tasks --cluster demo --service-name web').taskArns;
    expect(arns).toHaveLength(2);
    const stopped = sh.json(`aws ecs stop-task --cluster demo --task ${arns[0]}`).task;
    expect(stopped).toMatchObject({
      lastStatus: 'STOPPED',
      desiredStatus: 'STOPPED',
      stoppedReason: 'Task stopped by user',
    });
    const after: string[] = sh.json('aws ecs list-tasks --cluster demo --service-name web').taskArns;
    expect(after).toHaveLength(2);
    expect(after).not.toContain(arns[0]);
    sh.wait(5000);
    sh.json('aws ecs describe-services --cluster demo --services web');
    expect(ecsCheck(sh.world, { tool: 'aws', kind: 'ecs-task-replaced', cluster: 'demo', service: 'web' })).toBe(true);
    expect(sh.json('aws ecs list-tasks --cluster demo --desired-status STOPPED').taskArns).toEqual([arns[0]]);
    expect(sh.json('aws ecs update-service --cluster demo --service web --desired-count 3').service.desiredCount).toBe(
      3,
    );
    sh.wait(5000);
    expect(sh.json('aws ecs describe-services --cluster demo --services web').services[0].runningCount).toBe(3);
    const tasks = sh.json(`aws ecs describe-tasks --cluster demo --tasks ${after[0]} nope`);
    expect(tasks.tasks).toHaveLength(1);
    expect(tasks.failures[0].reason).toBe('MISSING');
  });

  it('prints ECS’s errors as the CLI does', () => {
    const sh = session({ 'bad.json': '{ "family": ', 'nofamily.json': '{"containerDefinitions": []}' });
    expect(sh.run('aws ecs describe-services --cluster nope --services web')).toEqual({
      stderr:
        '\nAn error occurred (ClusterNotFoundException) when calling the DescribeServices operation: Cluster not found.\n',
      exitCode: 254,
    });
    const bad = sh.run('aws ecs register-task-definition --cli-input-json file://bad.json');
    expect(bad.exitCode).toBe(252);
    expect(bad.stderr).toMatch(/^\nError parsing parameter 'cli-input-json': Invalid JSON: /);
    expect(sh.run('aws ecs register-task-definition --cli-input-json file://nofamily.json')).toEqual({
      stderr: '\nParameter validation failed:\nMissing required parameter in input: "family"\n',
      exitCode: 252,
    });
    expect(sh.run('aws ecs register-task-definition --cli-input-json file://missing.json').stderr).toMatch(
      /Unable to load paramfile file:\/\/missing.json/,
    );
    const big = { ...FIXED, memory: '4096' };
    const sh2 = session({ 'big.json': JSON.stringify(big) });
    const r = sh2.run('aws ecs register-task-definition --cli-input-json file://big.json');
    expect(r.exitCode).toBe(254);
    expect(r.stderr).toMatch(
      /^\nAn error occurred \(ClientException\) when calling the RegisterTaskDefinition operation: /,
    );
    expect(sh.run('aws ecs update-service --cluster default --service web --desired-count -1').exitCode).not.toBe(0);
    expect(sh.run('aws ecs create-service --service-name x --task-definition y --launch-type MOON').stderr).toMatch(
      /InvalidParameterException/,
    );
  });

  it('never crashes on bad input: every line gets an exit code and, on failure, a message', () => {
    const sh = session({ 'x.json': '{}' });
    for (const bad of badInputs('json')) {
      const s2 = session({ 'x.json': bad });
      const out = s2.run('aws ecs register-task-definition --cli-input-json file://x.json');
      expect(out.exitCode).not.toBe(0);
      expect((out.stderr ?? '').length).toBeGreaterThan(10);
    }
    for (const bad of badInputs('shell').slice(0, 40)) {
      const out = aws.run({ argv: ['aws', 'ecs', ...bad.split(' ')], stdin: '', world: sh.world });
      expect(typeof out.exitCode).toBe('number');
    }
  });
});

describe('the Fargate lesson’s step 4, exactly as written', () => {
  it('runs with the lesson’s task-definition.json and reaches two running tasks', () => {
    const lessonDef = {
      family: 'my-nginx-app',
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: '256',
      memory: '512',
      runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'X86_64' },
      executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
      containerDefinitions: [
        {
          name: 'nginx-container',
          image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/my-nginx-app:1.0',
          essential: true,
          portMappings: [{ containerPort: 80, protocol: 'tcp' }],
          logConfiguration: {
            logDriver: 'awslogs',
            options: {
              'awslogs-group': '/ecs/my-nginx-app',
              'awslogs-region': 'us-east-1',
              'awslogs-stream-prefix': 'nginx',
            },
          },
        },
      ],
    };
    let world = createWorld({ files: { 'task-definition.json': JSON.stringify(lessonDef, null, 2) } });
    const lines: string[][] = [
      ['aws', 'logs', 'create-log-group', '--log-group-name', '/ecs/my-nginx-app'],
      ['aws', 'ecs', 'create-cluster', '--cluster-name', 'my-cluster'],
      ['aws', 'ecs', 'register-task-definition', '--cli-input-json', 'file://task-definition.json'],
      [
        'aws',
        'ecs',
        'create-service',
        '--cluster',
        'my-cluster',
        '--service-name',
        'my-nginx-app',
        '--task-definition',
        'my-nginx-app',
        '--desired-count',
        '2',
        '--launch-type',
        'FARGATE',
        '--network-configuration',
        'awsvpcConfiguration={subnets=[subnet-0a1b2c3d],securityGroups=[sg-0a1b2c3d],assignPublicIp=ENABLED}',
      ],
    ];
    for (const argv of lines) {
      const out = aws.run({ argv, stdin: '', world });
      expect(out.stderr ?? '', argv.join(' ')).toBe('');
      expect(out.exitCode).toBe(0);
      world = out.world ?? world;
    }
    expect(aws.run({ argv: lines[0]!, stdin: '', world }).stderr).toMatch(/ResourceAlreadyExistsException/);
    world = later(world, 5000);
    expect(
      ecsCheck(world, {
        tool: 'aws',
        kind: 'ecs-service-steady',
        cluster: 'my-cluster',
        service: 'my-nginx-app',
        count: 2,
      }),
    ).toBe(true);
  });
});

describe('aws ecr', () => {
  it('creates and describes repositories, with the registry URI docker push uses', () => {
    const sh = session();
    const repo = sh.json('aws ecr create-repository --repository-name my-nginx-app').repository;
    expect(repo.repositoryUri).toBe('123456789012.dkr.ecr.eu-west-2.amazonaws.com/my-nginx-app');
    expect(sh.run('aws ecr create-repository --repository-name my-nginx-app').stderr).toBe(
      "\nAn error occurred (RepositoryAlreadyExistsException) when calling the CreateRepository operation: The repository with name 'my-nginx-app' already exists in the registry with id '123456789012'\n",
    );
    expect(sh.json('aws ecr describe-repositories').repositories).toHaveLength(1);
    const pw = sh.run('aws ecr get-login-password --region eu-west-2');
    expect(pw.exitCode).toBe(0);
    expect(pw.stdout).toMatch(/^[A-Za-z0-9+/=]{100,}\n$/);
    expect(sh.run('aws ecr get-login-password').stdout).toBe(pw.stdout);
    expect(sh.run('aws ecr describe-repositories --repository-names nope').stderr).toMatch(
      /RepositoryNotFoundException/,
    );
    expect(sh.run('aws ecr create-repository --repository-name Bad_Name!').stderr).toMatch(/InvalidParameterException/);
    expect(ecsCheck(sh.world, { tool: 'aws', kind: 'ecr-repository-exists', repository: 'my-nginx-app' })).toBe(true);
  });

  it('validates checks a lesson writes', () => {
    expect(validateEcsCheck({ tool: 'aws', kind: 'ecs-service-steady' })).toMatch(/needs service/);
    expect(validateEcsCheck({ tool: 'aws', kind: 'ecs-service-steady', service: 'web' })).toBeNull();
    expect(ecsCheck(createWorld(), { tool: 'aws', kind: 'who-knows' })).toBe(false);
  });
});

describe('docker push to the simulated ECR', () => {
  it('is refused before the repository exists and the login, then pushed', () => {
    const sh = createShell({ tools: ['docker', 'aws'], files: { 'site/Dockerfile': 'FROM nginx\n' } });
    const R = '123456789012.dkr.ecr.eu-west-2.amazonaws.com';
    sh.run('docker build -t web site');
    sh.run(`docker tag web ${R}/web:1.0`);
    expect(sh.run(`docker push ${R}/web:1.0`).exitCode).not.toBe(0);
    sh.run('aws ecr create-repository --repository-name web');
    expect(
      sh.run(`aws ecr get-login-password --region eu-west-2 | docker login --username AWS --password-stdin ${R}`)
        .stdout,
    ).toBe('Login Succeeded\n');
    const pushed = sh.run(`docker push ${R}/web:1.0`);
    expect(pushed.exitCode).toBe(0);
    expect(pushed.stdout).toMatch(/^1\.0: digest: sha256:[0-9a-f]{64} size: \d+$/m);
  });
});
