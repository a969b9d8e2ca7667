import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { densityComparison, hostDensity, instancesThatFit } from './index';

describe('instancesThatFit', () => {
  it.each([
    [7.5, 2.5, 3],
    [60, 2.5, 24],
    [0.3, 0.1, 3], // 0.3 / 0.1 is 2.9999999999999996 in floating point
    [0.7, 0.1, 7], // and 6.999999999999999
    [30, 4, 7],
    [0, 1, 0],
    [1, 1.5, 0],
  ])('%f GB holds %f GB instances %i times', (availableGB, perInstanceGB, fit) => {
    expect(instancesThatFit({ availableGB, perInstanceGB })).toBe(fit);
  });

  it('refuses bad input with a message naming the argument', () => {
    expect(() => instancesThatFit({ availableGB: -1, perInstanceGB: 1 })).toThrow(
      new RangeError('availableGB must be a finite number from 0 to 1,000,000 (received -1)'),
    );
    expect(() => instancesThatFit({ availableGB: 1, perInstanceGB: 0 })).toThrow(
      new RangeError('perInstanceGB must be above 0 (received 0)'),
    );
    expect(() => instancesThatFit({ availableGB: Number.NaN, perInstanceGB: 1 })).toThrow(/^availableGB must be/);
  });

  it('matches integer arithmetic on tenths of a GB', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 10_000 }), (a, p) => {
        expect(instancesThatFit({ availableGB: a / 10, perInstanceGB: p / 10 })).toBe(Math.floor(a / p));
      }),
    );
  });
});

describe('densityComparison', () => {
  it('counts whole VMs and containers', () => {
    expect(densityComparison({ hostGB: 64, reservedGB: 4, appGB: 1.5, guestOsGB: 1 })).toEqual({
      availableGB: 60,
      perVmGB: 2.5,
      vms: 24,
      containers: 40,
      extra: 16,
    });
    expect(densityComparison({ hostGB: 32, reservedGB: 2, appGB: 3, guestOsGB: 1.5 })).toEqual({
      availableGB: 30,
      perVmGB: 4.5,
      vms: 6,
      containers: 10,
      extra: 4,
    });
    // Exact decimals: 0.1 + 0.2 is 0.3 here, not 0.30000000000000004.
    expect(densityComparison({ hostGB: 1.2, reservedGB: 0.3, appGB: 0.1, guestOsGB: 0.2 })).toMatchObject({
      availableGB: 0.9,
      perVmGB: 0.3,
      vms: 3,
      containers: 9,
    });
  });

  it('never fits fewer containers than VMs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (host, reserved, app, guest) => {
          const d = densityComparison({
            hostGB: host / 2 + reserved / 2,
            reservedGB: reserved / 2,
            appGB: app / 2,
            guestOsGB: guest / 2,
          });
          expect(d.extra).toBeGreaterThanOrEqual(0);
          expect(d.vms).toBe(Math.floor(host / (app + guest)));
        },
      ),
    );
  });

  it('refuses a reserve larger than the host', () => {
    expect(() => densityComparison({ hostGB: 8, reservedGB: 10, appGB: 1, guestOsGB: 1 })).toThrow(
      new RangeError('reservedGB must be at most hostGB (8) (received 10)'),
    );
    expect(() => densityComparison({ hostGB: 8, reservedGB: 1, appGB: 0, guestOsGB: 1 })).toThrow(
      new RangeError('appGB must be above 0 (received 0)'),
    );
    expect(() => densityComparison({ hostGB: 8, reservedGB: 1, appGB: 1, guestOsGB: -1 })).toThrow(
      new RangeError('guestOsGB must be a finite number from 0 to 1,000,000 (received -1)'),
    );
  });
});

describe('hostDensity: CPU and memory, with each model’s overhead', () => {
  const base = {
    hostVcpus: 16,
    hostGB: 64,
    reservedVcpus: 1,
    reservedGB: 4,
    appVcpus: 0.25,
    appGB: 1.5,
    guestOsVcpus: 0.25,
    guestOsGB: 1,
    containerVcpus: 0,
    containerGB: 0.05,
  };
  it('the lesson example: 24 VMs and 38 containers, both memory-bound', () => {
    const d = hostDensity(base);
    expect(d.available).toEqual({ vcpus: 15, gb: 60 });
    expect(d.vms).toMatchObject({
      perInstance: { vcpus: 0.5, gb: 2.5 },
      byCpu: 30,
      byMemory: 24,
      fit: 24,
      limitedBy: 'memory',
    });
    expect(d.containers).toMatchObject({ byCpu: 60, byMemory: 38, fit: 38, limitedBy: 'memory' });
    expect(d.extra).toBe(14);
  });
  it('with no container overhead it agrees with densityComparison (memory only)', () => {
    const d = hostDensity({ ...base, hostVcpus: 1000, containerGB: 0 });
    const m = densityComparison({ hostGB: 64, reservedGB: 4, appGB: 1.5, guestOsGB: 1 });
    expect([d.vms.fit, d.containers.fit]).toEqual([m.vms, m.containers]);
  });
  it('a CPU-hungry app is CPU-bound, exactly (0.1 + 0.2 vCPU is 0.3, not 0.30000000000000004)', () => {
    const d = hostDensity({ ...base, hostVcpus: 3, reservedVcpus: 0, appVcpus: 0.1, containerVcpus: 0.2 });
    expect(d.containers).toMatchObject({ byCpu: 10, limitedBy: 'cpu', fit: 10 });
  });
  it('refuses what cannot be, naming the field', () => {
    expect(() => hostDensity({ ...base, reservedGB: 65 })).toThrow(
      'reservedGB must be at most hostGB (64) (received 65)',
    );
    expect(() => hostDensity({ ...base, appVcpus: -1 })).toThrow(/^appVcpus must be a finite number/);
    expect(() => hostDensity({ ...base, appGB: Number.NaN })).toThrow(/^appGB/);
    expect(() => hostDensity({ ...base, appVcpus: 0, containerVcpus: 0 })).toThrow(
      /appVcpus \+ containerVcpus must be above 0/,
    );
  });
  it('property: more overhead never fits more instances', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 4000 }), (a, b) => {
        const small = hostDensity({ ...base, containerGB: Math.min(a, b) / 1000 });
        const big = hostDensity({ ...base, containerGB: Math.max(a, b) / 1000 });
        return big.containers.fit <= small.containers.fit;
      }),
    );
  });
});
