import { describe, expect, it } from 'vitest';
import { createShell } from '../../domain/shell';
import { kubernetesOf, podView } from '../../domain/kubernetes';
import { drills } from './ClusterView';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.29
`;

const cluster = (s: ReturnType<typeof createShell>) => kubernetesOf(s.world).cluster;
const run = (s: ReturnType<typeof createShell>, label: string) => {
  const d = drills(cluster(s)).find((x) => x.label.startsWith(label));
  expect(d?.command, label).toBeTruthy();
  const r = s.run(d!.command!);
  expect(r.exitCode, `${d!.command}: ${r.stderr}`).toBe(0);
};

describe('the cluster view drills', () => {
  it('are disabled until a Deployment exists', () => {
    const s = createShell({ tools: ['kubectl'] });
    const byLabel = Object.fromEntries(drills(cluster(s)).map((d) => [d.label, d.command]));
    expect(byLabel['Delete a pod']).toBeNull();
    expect(byLabel['Scale to 5']).toBeNull();
    expect(byLabel['Stop a node']).not.toBeNull();
  });

  it('run commands the simulator accepts, with the effects a learner should see', () => {
    const s = createShell({ tools: ['kubectl'], files: { 'web.yaml': DEPLOYMENT } });
    s.run('kubectl apply -f web.yaml');
    s.run('sleep 30');
    const now = () => s.world.clock.nowMs;
    const ready = () => cluster(s).pods.filter((p) => podView(p, now()).ready).length;
    expect(ready()).toBe(3);

    run(s, 'Delete a pod');
    s.run('sleep 30');
    expect(ready()).toBe(3);

    run(s, 'Scale to 5');
    s.run('sleep 30');
    expect(ready()).toBe(5);

    run(s, 'Stop a node');
    expect(cluster(s).nodes.filter((n) => !n.ready)).toHaveLength(1);
    run(s, 'Start node');
    expect(cluster(s).nodes.every((n) => n.ready)).toBe(true);

    run(s, 'Roll out a bad image');
    s.run('sleep 60');
    expect(s.run('kubectl get pods').stdout).toMatch(/ErrImagePull|ImagePullBackOff/);
    // The old pods keep serving while the new ones cannot pull.
    expect(ready()).toBeGreaterThanOrEqual(4);

    run(s, 'Undo');
    s.run('sleep 60');
    expect(s.run('kubectl get pods').stdout).not.toMatch(/ErrImagePull|ImagePullBackOff/);
    expect(ready()).toBe(5);
  });
});
