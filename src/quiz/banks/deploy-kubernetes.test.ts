import { describe, expect, it } from 'vitest';
import { createRng } from '../seed';
import { bank } from './deploy-kubernetes';

describe('the rollout question, graded by the cluster simulator', () => {
  it("agrees with the Deployment controller's arithmetic for every variant", () => {
    const t = bank.questions.find((q) => q.id === 'rollout-first-step')!;
    const seen = new Set<string>();
    for (let seed = 0; seed < 200; seed++) {
      const q = t.build(createRng(seed));
      if (q.kind !== 'numeric') throw new Error('numeric expected');
      const [, replicas, surge, unavailable] = /runs (\d+) ready.*maxSurge: (\d+)%.*maxUnavailable: (\d+)%/
        .exec(q.prompt)!
        .map(Number) as [number, number, number, number];
      seen.add(`${replicas}/${surge}/${unavailable}`);
      const extra = Math.ceil((replicas * surge) / 100);
      const down = Math.floor((replicas * unavailable) / 100);
      // Old ReplicaSet down by maxUnavailable at once; new one up to the surge ceiling.
      expect(q.answer, q.prompt).toBe(Math.min(replicas, replicas + extra - (replicas - down)));
    }
    expect(seen.size).toBeGreaterThanOrEqual(5);
  });
});
