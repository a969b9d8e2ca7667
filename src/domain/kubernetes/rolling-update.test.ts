import { describe, expect, it } from 'vitest';
import { rollingUpdateBounds } from './index';

describe('rollingUpdateBounds', () => {
  it('uses the Kubernetes defaults, 25% and 25%: surge rounds up, unavailable rounds down', () => {
    expect(rollingUpdateBounds({ replicas: 10 })).toEqual({
      surge: 3,
      unavailable: 2,
      maxPods: 13,
      minAvailable: 8,
      surgeBeforeRounding: 2.5,
      unavailableBeforeRounding: 2.5,
    });
  });

  it.each([
    // replicas, maxSurge, maxUnavailable, surge, unavailable, maxPods, minAvailable
    [15, '30%', '30%', 5, 4, 20, 11], // 4.5 up to 5, 4.5 down to 4
    [1, '25%', '25%', 1, 0, 2, 1], // 0.25 up to 1, down to 0
    [4, 1, 0, 1, 0, 5, 4],
    [3, 0, 1, 0, 1, 3, 2],
    [3, '200%', '0%', 6, 0, 9, 3], // maxSurge may exceed 100%
    [20, '50%', '50%', 10, 10, 30, 10],
    [8, 2, '100%', 2, 8, 10, 0],
  ] as const)(
    'replicas %i, maxSurge %s, maxUnavailable %s',
    (replicas, maxSurge, maxUnavailable, surge, unavailable, maxPods, minAvailable) => {
      expect(rollingUpdateBounds({ replicas, maxSurge, maxUnavailable })).toMatchObject({
        surge,
        unavailable,
        maxPods,
        minAvailable,
      });
    },
  );

  it('lets one pod be unavailable when both round to 0, as the Deployment controller does', () => {
    // 10% of 5 is 0.5, rounded down to 0; with maxSurge 0 nothing could move.
    expect(rollingUpdateBounds({ replicas: 5, maxSurge: 0, maxUnavailable: '10%' })).toMatchObject({
      surge: 0,
      unavailable: 1,
      minAvailable: 4,
      unavailableBeforeRounding: 0.5,
    });
  });

  it('never lets more pods be unavailable than there are replicas', () => {
    expect(rollingUpdateBounds({ replicas: 2, maxSurge: 0, maxUnavailable: 5 })).toMatchObject({
      unavailable: 2,
      minAvailable: 0,
    });
    expect(rollingUpdateBounds({ replicas: 0 })).toMatchObject({
      surge: 0,
      unavailable: 0,
      maxPods: 0,
      minAvailable: 0,
    });
  });

  it('refuses bad input with a message naming the argument', () => {
    expect(() => rollingUpdateBounds({ replicas: -1 })).toThrow(
      new RangeError('replicas must be a whole number from 0 to 1,000,000 (received -1)'),
    );
    expect(() => rollingUpdateBounds({ replicas: 2.5 })).toThrow(
      new RangeError('replicas must be a whole number from 0 to 1,000,000 (received 2.5)'),
    );
    expect(() => rollingUpdateBounds({ replicas: Number.NaN })).toThrow(/^replicas must be .* \(received NaN\)$/);
    expect(() => rollingUpdateBounds({ replicas: 4, maxSurge: '12.5%' })).toThrow(
      new RangeError("maxSurge must be a whole number of pods or a percentage such as '25%' (received '12.5%')"),
    );
    for (const bad of ['25', ' 25%', '25 %', '-5%', '%', 'abc']) {
      expect(() => rollingUpdateBounds({ replicas: 4, maxSurge: bad }), bad).toThrow(
        /^maxSurge must be a whole number/,
      );
    }
    expect(() => rollingUpdateBounds({ replicas: 4, maxSurge: -1 })).toThrow(
      new RangeError('maxSurge must be a whole number from 0 to 1,000,000 (received -1)'),
    );
    expect(() => rollingUpdateBounds({ replicas: 4, maxUnavailable: Number.POSITIVE_INFINITY })).toThrow(
      new RangeError('maxUnavailable must be a whole number from 0 to 1,000,000 (received Infinity)'),
    );
    expect(() => rollingUpdateBounds({ replicas: 4, maxUnavailable: '150%' })).toThrow(
      new RangeError("maxUnavailable must be a percentage from 0% to 100% (received '150%')"),
    );
    expect(() => rollingUpdateBounds({ replicas: 4, maxSurge: 0, maxUnavailable: '0%' })).toThrow(
      new RangeError(
        "maxUnavailable must be above 0 when maxSurge is 0, or no pod could ever be replaced (received '0%')",
      ),
    );
  });

  it('gives the worked examples of the lesson on Deployments', () => {
    expect(rollingUpdateBounds({ replicas: 10 })).toMatchObject({ maxPods: 13, minAvailable: 8 });
    expect(rollingUpdateBounds({ replicas: 2 })).toMatchObject({
      surge: 1,
      unavailable: 0,
      maxPods: 3,
      minAvailable: 2,
    });
  });
});
