import { describe, expect, it } from 'vitest';
import { badInputs } from '../../tests/support/bad-inputs';
import { withMemoryStorage } from '../../tests/support/memory-storage';
import { createShell } from '../domain/shell';
import { readSession, sessionKey, writeSession, MAX_ENTRIES } from './terminal-session';

const key = sessionKey('/course/learn/deploying/kubernetes-deployment-and-service/', 'k8s-deploy');

const env = withMemoryStorage();

describe('a terminal session survives a reload', () => {
  it('replaying the saved commands rebuilds the same cluster', () => {
    const files = {
      'deploy.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n',
    };
    const first = createShell({ tools: ['kubectl'], files });
    const typed = ['kubectl apply -f deploy.yaml', 'kubectl scale deployment/web --replicas=4', 'sleep 30'];
    for (const line of typed) first.run(line);
    writeSession(
      key,
      typed.map((run) => ({ run })),
    );

    const second = createShell({ tools: ['kubectl'], files });
    for (const e of readSession(key)) if ('run' in e) second.run(e.run);
    expect(second.run('kubectl get pods').stdout).toBe(first.run('kubectl get pods').stdout);
    expect(second.world.clock.nowMs).toBe(first.world.clock.nowMs);
  });

  it('keeps only the newest entries, and forgets everything on reset', () => {
    writeSession(
      key,
      Array.from({ length: MAX_ENTRIES + 20 }, (_, i) => ({ run: `echo ${i}` })),
    );
    const back = readSession(key);
    expect(back).toHaveLength(MAX_ENTRIES);
    expect(back[0]).toEqual({ run: 'echo 20' });
    writeSession(key, []);
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('sets corrupt data aside with a notice instead of throwing or replaying it', () => {
    for (const bad of [...badInputs('storage'), '{"v":1,"entries":[{"run":5}]}', '{"v":2,"entries":[]}']) {
      localStorage.setItem(key, bad);
      expect(readSession(key)).toEqual([]);
      expect(localStorage.getItem(`${key}:backup`)).toBe(bad);
      expect(localStorage.getItem(key)).toBeNull();
    }
    expect(env.notices.at(-1)).toMatch(/saved terminal session could not be read/);
  });
});
