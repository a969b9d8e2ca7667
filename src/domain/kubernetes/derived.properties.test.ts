import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createShell } from '../shell';
import {
  allEvents,
  deploymentStatus,
  deploymentStatuses,
  kubernetesOf,
  podEvents,
  podView,
  podViewIsFinal,
  recentEvents,
} from './index';
import { podEventBounds } from './cluster';

// What the cluster view derives in one pass (or for a handful of pods) must be exactly what the
// plain definitions give, whatever the learner did to the cluster.
const STEPS = [
  'kubectl create deployment web --image=nginx --replicas=4',
  'kubectl create deployment crash --image=busybox --replicas=2',
  'kubectl create deployment big --image=nginx --replicas=30',
  'kubectl scale deployment/web --replicas=7',
  'kubectl scale deployment/web --replicas=1',
  'kubectl set image deployment/web web=nginx:no-such-tag',
  'kubectl set image deployment/web web=nginx:1.29',
  'kubectl rollout undo deployment/web',
  'minikube node stop minikube-m02',
  'minikube node start minikube-m02',
  'kubectl cordon minikube-m03',
  'kubectl uncordon minikube-m03',
  'kubectl delete pod --all',
  'sleep 2',
  'sleep 30',
  'sleep 400',
];

describe('derived views of the cluster (fast-check)', () => {
  it('recentEvents, deploymentStatuses, podViewIsFinal and podEventBounds agree with the plain definitions', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...STEPS), { minLength: 1, maxLength: 10 }), (steps) => {
        const sh = createShell({ tools: ['kubectl'] });
        for (const step of steps) {
          sh.run(step);
          const st = kubernetesOf(sh.world);
          const c = st.cluster;
          const now = sh.world.clock.nowMs;
          const all = allEvents(st, now);
          for (const n of [1, 8, 50]) expect(recentEvents(st, now, n)).toEqual(all.slice(-n));
          expect(recentEvents(st, now, 0)).toEqual([]);
          const statuses = deploymentStatuses(c, now);
          for (const d of c.deployments) expect(statuses.get(d.name)).toEqual(deploymentStatus(c, d, now));
          for (const p of c.pods) {
            if (podViewIsFinal(p, now))
              for (const later of [now + 1_000, now + 600_000]) expect(podView(p, later)).toEqual(podView(p, now));
            const b = podEventBounds(p);
            for (const t of [now, now + 600_000]) {
              const events = podEvents(p, t);
              expect(events.every((e) => e.atMs <= b.latestMs)).toBe(true);
              if (b.surelyMs <= t)
                expect(events.filter((e) => e.atMs === b.surelyMs).length).toBeGreaterThanOrEqual(b.surely);
            }
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
