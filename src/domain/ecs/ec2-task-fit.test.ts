import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { badInputs } from '../../../tests/support/bad-inputs';
import {
  awsvpcTaskLimit,
  EC2_NETWORK_MODES,
  EC2_TASK_LIMITS,
  ec2Options,
  INSTANCE_TYPES,
  instanceType,
  tasksPerEc2Instance,
  TRUNKED_AWSVPC_TASK_LIMITS,
  trunkedAwsvpcTaskLimit,
  type Ec2TaskShape,
} from './index';

const small = (networkMode: Ec2TaskShape['networkMode'], hostPorts?: number[]): Ec2TaskShape => ({
  cpuUnits: 256,
  memoryMiB: 512,
  networkMode,
  ...(hostPorts === undefined ? {} : { hostPorts }),
});

describe('tasksPerEc2Instance: the lesson’s m5.large with 0.25 vCPU / 512 MiB tasks', () => {
  it('awsvpc without trunking: ENIs bind at 2 although CPU allows 8 and memory 15', () => {
    expect(tasksPerEc2Instance('m5.large', small('awsvpc'))).toEqual({
      instance: 'm5.large',
      tasks: 2,
      limitedBy: 'eni',
      binding: ['eni'],
      perResource: { cpu: 8, memory: 15, eni: 2, port: null },
      eniTrunking: 'off',
    });
  });

  it('awsvpc with ENI trunking: the ENI ceiling rises to 10 and CPU binds at 8', () => {
    const r = tasksPerEc2Instance('m5.large', small('awsvpc'), { eniTrunking: true });
    expect(r.perResource.eni).toBe(10);
    expect(r).toMatchObject({ tasks: 8, limitedBy: 'cpu', eniTrunking: 'on' });
  });

  it('host mode on port 80: one task per instance', () => {
    expect(tasksPerEc2Instance('m5.large', small('host', [80]))).toMatchObject({
      tasks: 1,
      limitedBy: 'port',
      perResource: { cpu: 8, memory: 15, eni: null, port: 1 },
    });
  });

  it('bridge mode: a fixed host port caps at one, a dynamic port (0) does not', () => {
    expect(tasksPerEc2Instance('m5.large', small('bridge', [80]))).toMatchObject({ tasks: 1, limitedBy: 'port' });
    expect(tasksPerEc2Instance('m5.large', small('bridge', [0]))).toMatchObject({
      tasks: 8,
      limitedBy: 'cpu',
      perResource: { port: null, eni: null },
    });
    expect(tasksPerEc2Instance('m5.large', small('bridge'))).toMatchObject({ tasks: 8 });
  });

  it('awsvpc tasks on port 80 do not collide: each has its own ENI', () => {
    expect(tasksPerEc2Instance('m5.large', small('awsvpc', [80])).perResource.port).toBeNull();
  });
});

describe('ENI trunking per instance type', () => {
  it('t3 types are not in AWS’s trunking table: asking for trunking keeps ENIs - 1 and says so', () => {
    for (const name of ['t3.small', 't3.medium', 't3.xlarge']) {
      const r = tasksPerEc2Instance(name, small('awsvpc'), { eniTrunking: true });
      expect(r.eniTrunking).toBe('unsupported');
      expect(r.perResource.eni).toBe(awsvpcTaskLimit(instanceType(name)!));
    }
  });

  it('the table’s "without trunking" column is ENIs - 1 for every listed type, and trunking only raises it', () => {
    const withoutColumn: Record<string, number> = {
      'm5.large': 2,
      'm5.xlarge': 3,
      'm5.2xlarge': 3,
      'm5.4xlarge': 7,
      'c5.xlarge': 3,
    };
    for (const [name, limit] of Object.entries(TRUNKED_AWSVPC_TASK_LIMITS)) {
      const type = instanceType(name)!;
      expect(awsvpcTaskLimit(type)).toBe(withoutColumn[name]);
      expect(limit).toBeGreaterThan(awsvpcTaskLimit(type));
      expect(trunkedAwsvpcTaskLimit(type)).toBe(limit);
    }
  });

  it('trunking changes nothing outside awsvpc mode', () => {
    const plain = tasksPerEc2Instance('m5.xlarge', small('bridge', [8080]));
    expect(tasksPerEc2Instance('m5.xlarge', small('bridge', [8080]), { eniTrunking: true })).toEqual(plain);
  });

  it('agrees with the cost comparison, which assumes awsvpc without trunking', () => {
    for (const option of ec2Options(512, 1024, 10, INSTANCE_TYPES)) {
      const r = tasksPerEc2Instance(option.instance, { cpuUnits: 512, memoryMiB: 1024, networkMode: 'awsvpc' });
      expect(r.tasks).toBe(option.tasksPerInstance);
    }
  });
});

describe('tasksPerEc2Instance refuses bad input, naming the field', () => {
  it('every bad number in every numeric field is a RangeError, never NaN', () => {
    for (const text of badInputs('numbers')) {
      const n = Number(text);
      if (Number.isInteger(n) && n >= 1 && n <= 65_535) continue; // a valid value for every field
      const cases: [() => unknown, RegExp][] = [
        [() => tasksPerEc2Instance('m5.large', { ...small('awsvpc'), cpuUnits: n }), /^task\.cpuUnits must be/],
        [() => tasksPerEc2Instance('m5.large', { ...small('awsvpc'), memoryMiB: n }), /^task\.memoryMiB must be/],
        [() => tasksPerEc2Instance('m5.large', small('host', [n])), /^task\.hostPorts\[0\] must be/],
        [
          () => tasksPerEc2Instance('m5.large', { ...small('awsvpc'), cpuUnits: text as unknown as number }),
          /cpuUnits/,
        ],
        [() => tasksPerEc2Instance(text, small('awsvpc')), /^type must be one of t3\.small/],
      ];
      for (const [call, message] of cases) {
        expect(call).toThrow(RangeError);
        expect(call).toThrow(message);
      }
    }
  });

  it('says what is wrong with modes, ports and options', () => {
    expect(() => tasksPerEc2Instance('m5.large', { ...small('awsvpc'), networkMode: 'nat' as 'awsvpc' })).toThrow(
      new RangeError("task.networkMode must be one of awsvpc, bridge, host (received 'nat')"),
    );
    expect(() => tasksPerEc2Instance('m5.large', small('host', [0]))).toThrow(/host mode has no dynamic ports/);
    expect(() => tasksPerEc2Instance('m5.large', small('bridge', [80, 80]))).toThrow(
      /task\.hostPorts\[1\] must be a port the task does not already use/,
    );
    expect(() => tasksPerEc2Instance('m5.large', small('bridge', [70_000]))).toThrow(/0 to 65,535/);
    expect(() =>
      tasksPerEc2Instance('m5.large', small('awsvpc'), { eniTrunking: 'yes' as unknown as boolean }),
    ).toThrow(/options\.eniTrunking must be true or false/);
    expect(() => tasksPerEc2Instance('m9.huge', small('awsvpc'))).toThrow(/type must be one of .*m5\.large/);
  });
});

describe('tasksPerEc2Instance properties', () => {
  it('never exceeds any single ceiling, equals the smallest, and names it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INSTANCE_TYPES),
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: 1, max: 70_000 }),
        fc.constantFrom(...EC2_NETWORK_MODES),
        fc.uniqueArray(fc.integer({ min: 0, max: 65_535 }), { maxLength: 3 }),
        fc.boolean(),
        (type, cpuUnits, memoryMiB, networkMode, rawPorts, eniTrunking) => {
          const hostPorts = networkMode === 'host' ? rawPorts.filter((p) => p !== 0) : rawPorts;
          const r = tasksPerEc2Instance(type, { cpuUnits, memoryMiB, networkMode, hostPorts }, { eniTrunking });
          const ceilings = EC2_TASK_LIMITS.map((k) => r.perResource[k]).filter((c): c is number => c !== null);
          for (const c of ceilings) expect(r.tasks).toBeLessThanOrEqual(c);
          expect(r.tasks).toBe(Math.min(...ceilings));
          expect(r.perResource[r.limitedBy]).toBe(r.tasks);
          expect(r.binding[0]).toBe(r.limitedBy);
          expect(Number.isInteger(r.tasks) && r.tasks >= 0).toBe(true);
          // The tasks really fit: CPU and memory are not overcommitted.
          expect(r.tasks * cpuUnits).toBeLessThanOrEqual(type.vcpu * 1024);
          expect(r.tasks * memoryMiB).toBeLessThanOrEqual(type.registeredMemoryMiB);
          // Trunking never lowers the count.
          const without = tasksPerEc2Instance(type, { cpuUnits, memoryMiB, networkMode, hostPorts });
          expect(r.tasks).toBeGreaterThanOrEqual(without.tasks);
        },
      ),
    );
  });
});
