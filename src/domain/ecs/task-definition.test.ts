import { describe, expect, it } from 'vitest';
import { badInputs } from '../../../tests/support/bad-inputs';
import { validateTaskDefinition } from './index';

/** The notes' task definition, as written (course notes, module 5). */
export const NOTES_DEF = {
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
    { name: 'nginx-container', image: 'nginx:1.28', essential: true, portMappings: [{ containerPort: 80 }] },
  ],
};

describe('validateTaskDefinition', () => {
  it('accepts the lesson’s corrected Fargate definition', () => {
    expect(validateTaskDefinition(FIXED, 'FARGATE')).toEqual([]);
  });
  it('accepts the notes’ definition on EC2 (bridge mode, container memory)', () => {
    expect(validateTaskDefinition(NOTES_DEF, 'EC2')).toEqual([]);
  });
  it('explains why Fargate refuses the notes’ definition, each error with its field path', () => {
    expect(validateTaskDefinition(NOTES_DEF, 'FARGATE').map((e) => [e.path, e.message])).toEqual([
      ['requiresCompatibilities', 'Task definition does not support launch_type FARGATE.'],
      ['networkMode', 'Fargate only supports network mode ‘awsvpc’.'],
      ['cpu', "Fargate requires that 'cpu' be defined at the task level."],
      ['memory', "Fargate requires that 'memory' be defined at the task level."],
    ]);
  });
  it('checks the cpu/memory pair against the Fargate table, with a hint listing the valid memory', () => {
    const e = validateTaskDefinition({ ...FIXED, memory: '4096' }, 'FARGATE');
    expect(e).toEqual([
      {
        path: 'cpu',
        message: "Invalid 'cpu' setting for task.",
        hint: 'With cpu 256, Fargate allows memory 512, 1024, 2048 MiB (received 4096).',
      },
    ]);
  });
  it('accepts "1 vCPU" and "2 GB" as ECS converts them', () => {
    expect(validateTaskDefinition({ ...FIXED, cpu: '1 vCPU', memory: '2 GB' }, 'FARGATE')).toEqual([]);
  });
  it('names the port mapping when awsvpc host and container ports differ', () => {
    const def = {
      ...FIXED,
      containerDefinitions: [{ name: 'web', image: 'nginx', portMappings: [{ containerPort: 80, hostPort: 8080 }] }],
    };
    expect(validateTaskDefinition(def, 'FARGATE')).toEqual([
      {
        path: 'containerDefinitions[0].portMappings[0].hostPort',
        message: 'When networkMode=awsvpc, the host ports and container ports in port mappings must match.',
        hint: 'Remove hostPort, or set it to 80.',
      },
    ]);
  });
  it('refuses containers asking for more than the task has', () => {
    const def = { ...FIXED, containerDefinitions: [{ name: 'web', image: 'nginx', memory: 1024, cpu: 512 }] };
    expect(validateTaskDefinition(def, 'FARGATE').map((e) => e.message)).toEqual([
      "The sum of all container 'cpu' values cannot be greater than the value of the task 'cpu'.",
      "The sum of all container 'memory' values cannot be greater than the value of the task 'memory'.",
    ]);
  });
  it('on EC2 without task memory, asks for container memory by container name', () => {
    const def = { family: 'x', containerDefinitions: [{ name: 'web', image: 'nginx' }] };
    expect(validateTaskDefinition(def, 'EC2')).toEqual([
      {
        path: 'containerDefinitions[0].memory',
        message:
          "Invalid setting for container 'web'. At least one of 'memory' or 'memoryReservation' must be specified.",
      },
    ]);
  });
  it('finds a host port mapped twice, a missing image, and no essential container', () => {
    const def = {
      family: 'x',
      memory: '512',
      containerDefinitions: [
        { name: 'a', image: 'nginx', essential: false, portMappings: [{ containerPort: 80, hostPort: 80 }] },
        { name: 'b', image: '', essential: false, portMappings: [{ containerPort: 81, hostPort: 80 }] },
      ],
    };
    expect(validateTaskDefinition(def, 'EC2').map((e) => e.path + ': ' + e.message)).toEqual([
      'containerDefinitions[1].image: Container.image should not be null or empty.',
      "containerDefinitions[1].portMappings[0].hostPort: TCP host port '80' is mapped multiple times in task.",
      'containerDefinitions: A task definition must have at least one essential container.',
    ]);
  });
  it('refuses awsvpc on external instances (ECS Anywhere)', () => {
    expect(
      validateTaskDefinition({ ...FIXED, requiresCompatibilities: ['EXTERNAL'] }, 'EXTERNAL').map((e) => e.path),
    ).toEqual(['networkMode']);
  });
  it('never throws on garbage, and always explains with a path', () => {
    const samples: unknown[] = [
      null,
      42,
      'x',
      [],
      {},
      { containerDefinitions: 'no' },
      { family: 1, containerDefinitions: [null, 3, { portMappings: [null, { containerPort: 'x' }] }] },
    ];
    for (const text of [...badInputs('json'), ...badInputs('text')]) {
      try {
        samples.push(JSON.parse(text));
      } catch {
        samples.push(text);
      }
    }
    for (const s of samples)
      for (const lt of ['FARGATE', 'EC2', 'EXTERNAL'] as const) {
        const errors = validateTaskDefinition(s, lt);
        expect(errors.length).toBeGreaterThan(0);
        for (const e of errors) {
          expect(typeof e.path).toBe('string');
          expect(e.message).not.toMatch(/undefined|NaN|\[object Object\]/);
        }
      }
  });
});
