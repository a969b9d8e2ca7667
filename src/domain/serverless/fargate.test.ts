import { describe, expect, it } from 'vitest';
import { fargateMonthlyCost, FARGATE, HOURS_PER_MONTH } from './index';

describe('fargateMonthlyCost', () => {
  it.each([
    // tasks, vCPU, GB, per task-hour, total for 730 hours (checked by hand)
    [2, 1, 2, 0.04937, 72.08], // 1460 × $0.04937 = $72.0802
    [1, 0.25, 0.5, 0.0123425, 9.01], // 730 × $0.0123425 = $9.010025
    [6, 2, 4, 0.09874, 432.48], // 4380 × $0.09874 = $432.4812
    [3, 0.5, 1, 0.024685, 54.06], // 2190 × $0.024685 = $54.06015
    [4, 1, 4, 0.05826, 170.12], // 2920 × $0.05826 = $170.1192
  ])('%i tasks of %f vCPU and %f GB: $%f an hour, $%f a month', (tasks, vcpu, memoryGB, perTaskHour, total) => {
    const c = fargateMonthlyCost({ tasks, vcpu, memoryGB });
    expect(c.perTaskHour).toBe(perTaskHour);
    expect(c.total).toBe(total);
  });

  it('defaults to the 730-hour month and takes other hours', () => {
    expect(HOURS_PER_MONTH).toBe(730);
    expect(fargateMonthlyCost({ tasks: 1, vcpu: 1, memoryGB: 2, hours: 24 }).total).toBe(1.18); // $1.18488
    expect(fargateMonthlyCost({ tasks: 1, vcpu: 1, memoryGB: 2, hours: 0 }).total).toBe(0);
    expect(fargateMonthlyCost({ tasks: 0, vcpu: 1, memoryGB: 2 }).total).toBe(0);
  });

  it('rounds once, half-up, to the cent', () => {
    // 1 GB-hour at $0.005 is half a cent exactly.
    expect(
      fargateMonthlyCost({ tasks: 1, vcpu: 0, memoryGB: 1, hours: 1 }, { ...FARGATE, perGBHour: 0.005 }).total,
    ).toBe(0.01);
    expect(
      fargateMonthlyCost({ tasks: 1, vcpu: 0, memoryGB: 1, hours: 1 }, { ...FARGATE, perGBHour: 0.0049 }).total,
    ).toBe(0);
  });

  it('refuses bad input with a message naming the argument', () => {
    const ok = { tasks: 1, vcpu: 1, memoryGB: 2 };
    expect(() => fargateMonthlyCost({ ...ok, tasks: 1.5 })).toThrow(
      new RangeError('tasks must be a whole number from 0 to 1,000,000 (received 1.5)'),
    );
    expect(() => fargateMonthlyCost({ ...ok, vcpu: -0.25 })).toThrow(
      new RangeError('vcpu must be a finite number from 0 to 16 (received -0.25)'),
    );
    expect(() => fargateMonthlyCost({ ...ok, memoryGB: Number.NaN })).toThrow(
      new RangeError('memoryGB must be a finite number from 0 to 120 (received NaN)'),
    );
    expect(() => fargateMonthlyCost({ ...ok, hours: 800 })).toThrow(
      new RangeError('hours must be a finite number from 0 to 744 (received 800)'),
    );
    expect(() => fargateMonthlyCost(ok, { ...FARGATE, perVcpuHour: Number.POSITIVE_INFINITY })).toThrow(
      new RangeError('prices.perVcpuHour must be a finite number from 0 to 1,000 (received Infinity)'),
    );
  });

  it('gives the worked example of the lesson on Fargate: two 0.5 vCPU, 1 GB tasks', () => {
    expect(fargateMonthlyCost({ tasks: 2, vcpu: 0.5, memoryGB: 1 })).toEqual({ perTaskHour: 0.024685, total: 36.04 });
  });
});
