import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tasksPerInstance, vcpuToCpuUnits } from './index';

const input = (instanceCpuUnits: number, instanceMemoryMiB: number, taskCpuUnits: number, taskMemoryMiB: number) => ({
  instanceCpuUnits,
  instanceMemoryMiB,
  taskCpuUnits,
  taskMemoryMiB,
});

describe('tasksPerInstance', () => {
  it.each([
    // instance CPU units, MiB, task CPU units, MiB, byCpu, byMemory, fit, limitedBy
    [2048, 3584, 512, 1024, 4, 3, 3, 'memory'],
    [4096, 15_360, 1024, 2048, 4, 7, 4, 'cpu'],
    [8192, 31_232, 256, 512, 32, 61, 32, 'cpu'],
    [4096, 7168, 1024, 1024, 4, 7, 4, 'cpu'],
    [2048, 4096, 512, 1024, 4, 4, 4, 'both'],
    [1024, 512, 2048, 1024, 0, 0, 0, 'both'],
    [0, 0, 256, 512, 0, 0, 0, 'both'],
  ] as const)(
    '%i units and %i MiB, tasks of %i units and %i MiB',
    (ic, im, tc, tm, byCpu, byMemory, fit, limitedBy) => {
      expect(tasksPerInstance(input(ic, im, tc, tm))).toMatchObject({ byCpu, byMemory, fit, limitedBy });
    },
  );

  it('gives the worked example of the lesson on Amazon ECS: 4 tasks, about 3.5 GiB unused', () => {
    expect(tasksPerInstance(input(2048, 7680, 512, 1024))).toEqual({
      byCpu: 4,
      byMemory: 7,
      fit: 4,
      limitedBy: 'cpu',
      spare: { cpuUnits: 0, memoryMiB: 3584 },
    });
  });

  it('reports what is left on the instance', () => {
    expect(tasksPerInstance(input(2048, 3584, 512, 1024)).spare).toEqual({ cpuUnits: 512, memoryMiB: 512 });
  });

  it('refuses bad input with a message naming the argument', () => {
    expect(() => tasksPerInstance(input(-1, 1024, 256, 512))).toThrow(
      new RangeError('instanceCpuUnits must be a whole number from 0 to 1,048,576 (received -1)'),
    );
    expect(() => tasksPerInstance(input(1024, 1024.5, 256, 512))).toThrow(
      new RangeError('instanceMemoryMiB must be a whole number from 0 to 33,554,432 (received 1024.5)'),
    );
    expect(() => tasksPerInstance(input(1024, 1024, 0, 512))).toThrow(
      new RangeError('taskCpuUnits must be a whole number from 1 to 1,048,576 (received 0)'),
    );
    expect(() => tasksPerInstance(input(1024, 1024, 256, Number.NaN))).toThrow(
      new RangeError('taskMemoryMiB must be a whole number from 1 to 33,554,432 (received NaN)'),
    );
  });

  it('has fit = min(byCpu, byMemory), never negative, and never overcommits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        (ic, im, tc, tm) => {
          const r = tasksPerInstance(input(ic, im, tc, tm));
          expect(r.fit).toBe(Math.min(r.byCpu, r.byMemory));
          expect(r.fit).toBeGreaterThanOrEqual(0);
          expect(r.fit * tc).toBeLessThanOrEqual(ic);
          expect(r.fit * tm).toBeLessThanOrEqual(im);
          // One more task would not fit.
          expect((r.fit + 1) * tc > ic || (r.fit + 1) * tm > im).toBe(true);
          expect(r.spare.cpuUnits).toBeGreaterThanOrEqual(0);
          expect(r.spare.memoryMiB).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('vcpuToCpuUnits', () => {
  it('converts with 1 vCPU = 1,024 CPU units', () => {
    expect(vcpuToCpuUnits(2)).toBe(2048);
    expect(vcpuToCpuUnits(0.25)).toBe(256);
    expect(vcpuToCpuUnits(0)).toBe(0);
  });

  it('refuses values that are not a whole number of CPU units', () => {
    expect(() => vcpuToCpuUnits(0.1)).toThrow(
      new RangeError('vcpu must be a whole number of CPU units (a multiple of 1/1,024 vCPU) (received 0.1)'),
    );
    expect(() => vcpuToCpuUnits(-1)).toThrow(
      new RangeError('vcpu must be a finite number from 0 to 1,024 (received -1)'),
    );
  });
});
