import { describe, expect, it } from 'vitest';
import { createShell } from '../shell';
import { badInputs } from '../../../tests/support/bad-inputs';
import { kubernetesOf, kubectlCheck, validateKubectlCheck, age } from './kubectl';
import { podView } from './cluster';
import { rollingUpdateBounds } from './rolling-update';

const manifest = (image: string, replicas = 2, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: python-app
  labels:
    app: python-app
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: python-app
  template:
    metadata:
      labels:
        app: python-app
    spec:
      containers:
        - name: python-app
          image: ${image}
          ports:
            - containerPort: 5000
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
${extra}`;
const ECR = '123456789012.dkr.ecr.eu-west-2.amazonaws.com/python-app:1.0';
const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: python-app
spec:
  type: LoadBalancer
  selector:
    app: python-app
  ports:
    - port: 80
      targetPort: 5000
`;
const shell = (files: Record<string, string> = {}) =>
  createShell({ tools: ['kubectl'], files: { 'deployment.yaml': manifest(ECR), 'service.yaml': SERVICE, ...files } });
const lines = (text: string) => text.trimEnd().split('\n');

describe('kubectl apply and the controllers', () => {
  it('the Deployment becomes a ReplicaSet and two pods named <deployment>-<hash>-<5 chars>, running after a few seconds', () => {
    const sh = shell();
    expect(sh.run('kubectl apply -f deployment.yaml')).toMatchObject({
      stdout: 'deployment.apps/python-app created\n',
      exitCode: 0,
    });
    const pods = lines(sh.run('kubectl get pods').stdout);
    expect(pods[0]).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE$/);
    expect(
      pods.slice(1).every((l) => /^python-app-[b-z2-9]{10}-[b-z2-9]{5} +0\/1 +ContainerCreating +0 +1s$/.test(l)),
    ).toBe(true);
    expect(sh.run('kubectl rollout status deployment/python-app').stdout).toMatch(
      /deployment "python-app" successfully rolled out\n$/,
    );
    expect(lines(sh.run('kubectl get deploy').stdout)[1]).toMatch(/^python-app +2\/2 +2 +2 +\d+s$/);
    expect(sh.run('kubectl apply -f deployment.yaml').stdout).toBe('deployment.apps/python-app unchanged\n');
    expect(kubectlCheck(sh.world, { tool: 'kubectl', kind: 'deployment-ready', name: 'python-app', replicas: 2 })).toBe(
      true,
    );
  });

  it('a deleted pod is replaced by the ReplicaSet; a bare pod is not', () => {
    const sh = shell();
    sh.run('kubectl apply -f deployment.yaml');
    sh.run('kubectl rollout status deployment/python-app');
    const victim = lines(sh.run('kubectl get pods -o name').stdout)[0]!.replace('pod/', '');
    expect(sh.run(`kubectl delete pod ${victim}`).stdout).toBe(`pod "${victim}" deleted from default namespace\n`);
    const after = sh.run('kubectl get pods').stdout;
    expect(after).not.toContain(victim);
    expect(lines(after)).toHaveLength(3);
    sh.run('sleep 5');
    expect(kubectlCheck(sh.world, { tool: 'kubectl', kind: 'pod-replaced', deployment: 'python-app' })).toBe(true);
  });

  it('get pods -w prints the table, then each pod again as its status changes, then stops when quiet', () => {
    const sh = shell();
    sh.run('kubectl apply -f deployment.yaml');
    const start = sh.world.clock.nowMs;
    const r = sh.run('kubectl get pods -w');
    expect(r.exitCode).toBe(0);
    const out = lines(r.stdout);
    expect(out[0]).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE$/);
    // Both pods start ContainerCreating and are printed again once Running.
    expect(out.filter((l) => / ContainerCreating /.test(l))).toHaveLength(2);
    expect(out.filter((l) => /1\/1 +Running /.test(l))).toHaveLength(2);
    expect(out.at(-1)).toMatch(/^\^C \(simulated: watched \d+ s/);
    // The clock moved on by what was watched, and nothing printed twice without a change.
    expect(sh.world.clock.nowMs - start).toBeGreaterThanOrEqual(15_000);
    expect(sh.world.clock.nowMs - start).toBeLessThanOrEqual(120_000);
    const again = lines(sh.run('kubectl get pods --watch').stdout);
    expect(again).toHaveLength(4); // header, two pods, ^C: nothing changes any more
    expect(sh.run('kubectl get nothing -w').exitCode).not.toBe(0);
  });

  it('a rolling update stays within maxSurge and maxUnavailable at every second, and undo goes back', () => {
    const sh = shell({ 'deployment.yaml': manifest(ECR, 10) });
    sh.run('kubectl apply -f deployment.yaml');
    sh.run('kubectl rollout status deployment/python-app');
    sh.run('kubectl set image deployment/python-app python-app=nginx:1.29');
    const b = rollingUpdateBounds({ replicas: 10 });
    for (let i = 0; i < 60; i++) {
      const c = kubernetesOf(sh.world).cluster;
      const now = sh.world.clock.nowMs;
      expect(c.pods.length).toBeLessThanOrEqual(b.maxPods);
      expect(c.pods.filter((p) => podView(p, now).ready).length).toBeGreaterThanOrEqual(b.minAvailable);
      sh.run('true');
    }
    expect(
      kubectlCheck(sh.world, { tool: 'kubectl', kind: 'image-rolled', deployment: 'python-app', image: 'nginx:1.29' }),
    ).toBe(true);
    expect(sh.run('kubectl rollout history deployment/python-app').stdout).toMatch(
      /^REVISION +CHANGE-CAUSE\n1 +<none>\n2 +<none>$/m,
    );
    expect(sh.run('kubectl rollout undo deployment/python-app').stdout).toBe(
      'deployment.apps/python-app rolled back\n',
    );
    sh.run('kubectl rollout status deployment/python-app');
    expect(sh.run('kubectl get deploy -o wide').stdout).toContain(ECR);
    expect(kubectlCheck(sh.world, { tool: 'kubectl', kind: 'rolled-back', deployment: 'python-app' })).toBe(true);
  });

  it('an image no registry has: ErrImagePull, then ImagePullBackOff, with the kubelet events', () => {
    const sh = shell({ 'latest.yaml': manifest('python-app:latest') });
    sh.run('kubectl apply -f latest.yaml');
    sh.run('true');
    expect(sh.run('kubectl get pods').stdout).toMatch(/0\/1 +ErrImagePull/);
    sh.run('sleep 10');
    expect(sh.run('kubectl get pods').stdout).toMatch(/0\/1 +ImagePullBackOff +0/);
    expect(sh.run('kubectl describe pod python-app').stdout).toMatch(/Failed to pull image "python-app:latest"/);
    expect(kubectlCheck(sh.world, { tool: 'kubectl', kind: 'image-pull-error' })).toBe(true);
  });

  it('an image whose process exits at once restarts into CrashLoopBackOff', () => {
    const sh = shell();
    sh.run('kubectl create deployment shell --image=alpine');
    sh.run('sleep 60');
    expect(sh.run('kubectl get pods').stdout).toMatch(/0\/1 +CrashLoopBackOff +[23] \(\d+s ago\)/);
  });

  it('a pod that fits nowhere stays Pending with the scheduler’s reason', () => {
    const big = manifest(ECR, 1).replace('cpu: 100m', 'cpu: "8"');
    const sh = shell({ 'big.yaml': big });
    sh.run('kubectl apply -f big.yaml');
    sh.run('sleep 5');
    expect(sh.run('kubectl get pods').stdout).toMatch(/0\/1 +Pending/);
    expect(sh.run('kubectl describe pod python-app').stdout).toMatch(
      /FailedScheduling .*0\/3 nodes are available: 3 Insufficient cpu/,
    );
  });

  it('drain evicts the node’s pods, which come back elsewhere; a stopped node loses its pods after 300 s', () => {
    const sh = shell({ 'deployment.yaml': manifest(ECR, 6) });
    sh.run('kubectl apply -f deployment.yaml');
    sh.run('kubectl rollout status deployment/python-app');
    expect(sh.run('kubectl drain minikube-m02 --ignore-daemonsets').stdout).toMatch(
      /node\/minikube-m02 cordoned\n[\s\S]*node\/minikube-m02 drained\n$/,
    );
    sh.run('sleep 10');
    expect(sh.run('kubectl get pods -o wide').stdout).not.toMatch(/minikube-m02/);
    expect(kubectlCheck(sh.world, { tool: 'kubectl', kind: 'node-drained', node: 'minikube-m02' })).toBe(true);
    sh.run('kubectl uncordon minikube-m02');
    sh.run('minikube node stop minikube-m03');
    expect(sh.run('kubectl get nodes').stdout).toMatch(/minikube-m03 +NotReady/);
    sh.run('sleep 4m');
    expect(sh.run('kubectl get pods -o wide').stdout).toMatch(/minikube-m03/);
    sh.run('sleep 2m');
    expect(sh.run('kubectl get pods -o wide').stdout).not.toMatch(/minikube-m03/);
    expect(lines(sh.run('kubectl get deploy').stdout)[1]).toMatch(/6\/6/);
  });

  it('autoscale takes --cpu=70% as current kubectl does, and warns that --cpu-percent is deprecated', () => {
    const sh = shell();
    sh.run('kubectl apply -f deployment.yaml');
    const old = sh.run('kubectl autoscale deployment python-app --cpu-percent=60 --min=2 --max=10');
    expect(old.stdout).toBe('horizontalpodautoscaler.autoscaling/python-app autoscaled\n');
    expect(old.stderr).toMatch(/^Flag --cpu-percent has been deprecated, Use --cpu with percentage/);
    sh.run('kubectl delete hpa python-app');
    expect(sh.run('kubectl autoscale deployment python-app --cpu=500m --max=4').stderr).toMatch(
      /percentage such as --cpu=70%/,
    );
  });

  it('the HPA scales out under load and back in after the stabilisation window', () => {
    const sh = shell();
    sh.run('kubectl apply -f deployment.yaml');
    expect(sh.run('kubectl autoscale deployment python-app --cpu=60% --min=2 --max=10').stdout).toBe(
      'horizontalpodautoscaler.autoscaling/python-app autoscaled\n',
    );
    sh.run('load python-app 180');
    sh.run('sleep 30');
    expect(lines(sh.run('kubectl get hpa').stdout)[1]).toMatch(
      /python-app +Deployment\/python-app +cpu: 60%\/60% +2 +10 +6/,
    );
    expect(kubectlCheck(sh.world, { tool: 'kubectl', kind: 'autoscaled', deployment: 'python-app', atLeast: 6 })).toBe(
      true,
    );
    sh.run('load python-app 10');
    sh.run('sleep 1m');
    expect(lines(sh.run('kubectl get deploy').stdout)[1]).toMatch(/\/6 /);
    sh.run('sleep 5m');
    expect(lines(sh.run('kubectl get deploy').stdout)[1]).toMatch(/\/2 /);
  });

  it('services: LoadBalancer pending on minikube, a node port in range, endpoints from ready pods', () => {
    const sh = shell();
    sh.run('kubectl apply -f deployment.yaml -f service.yaml');
    sh.run('kubectl apply -f service.yaml');
    sh.run('kubectl rollout status deployment/python-app');
    const svc = lines(sh.run('kubectl get svc python-app').stdout)[1]!;
    expect(svc).toMatch(/^python-app +LoadBalancer +10\.\d+\.\d+\.\d+ +<pending> +80:(3\d{4})\/TCP/);
    const port = Number(/80:(\d+)/.exec(svc)?.[1]);
    expect(port).toBeGreaterThanOrEqual(30000);
    expect(port).toBeLessThanOrEqual(32767);
    expect(sh.run('minikube service python-app --url').stdout).toBe(`http://192.168.49.2:${port}\n`);
    expect(sh.run('kubectl get endpoints python-app').stdout).toMatch(/10\.244\.\d+\.\d+:5000,10\.244\.\d+\.\d+:5000/);
    expect(
      kubectlCheck(sh.world, { tool: 'kubectl', kind: 'service-exposed', name: 'python-app', type: 'LoadBalancer' }),
    ).toBe(true);
  });
});

describe('validation as the API server and kubectl report it', () => {
  const sh = () => shell();
  it('names the field', () => {
    const s = sh();
    s.writeFile('a.yaml', manifest(ECR).replace('replicas: 2', 'replica: 2'));
    expect(s.run('kubectl apply -f a.yaml').stderr).toBe(
      'Error from server (BadRequest): error when creating "a.yaml": Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.replica"\n',
    );
    s.writeFile('b.yaml', manifest(ECR).replace(/matchLabels:\n {6}app: python-app/, 'matchLabels:\n      app: web'));
    expect(s.run('kubectl apply -f b.yaml').stderr).toMatch(
      /The Deployment "python-app" is invalid: spec.template.metadata.labels: Invalid value: map\[string\]string\{"app":"python-app"\}: `selector` does not match template `labels`/,
    );
    s.writeFile('c.yaml', manifest(ECR).replace('kind: Deployment', 'kind: Deploymnet'));
    expect(s.run('kubectl apply -f c.yaml').stderr).toMatch(/no matches for kind "Deploymnet" in version "apps\/v1"/);
    s.writeFile('d.yaml', manifest(ECR).replace('replicas: 2', 'replicas: two'));
    expect(s.run('kubectl apply -f d.yaml').stderr).toMatch(
      /cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32/,
    );
    s.writeFile('e.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n  bad: [\n');
    expect(s.run('kubectl apply -f e.yaml').stderr).toMatch(
      /^error: error parsing e.yaml: error converting YAML to JSON: yaml: line \d+/,
    );
    expect(s.run('kubectl apply -f missing.yaml')).toMatchObject({
      stderr: 'error: the path "missing.yaml" does not exist\n',
      exitCode: 1,
    });
    expect(s.run('kubectl get pods nope').stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
    expect(s.run('kubectl get foo').stderr).toBe('error: the server doesn\'t have a resource type "foo"\n');
  });

  it('every careless input gets an answer, never a crash, and the cluster keeps working', () => {
    const s = sh();
    for (const text of [...badInputs('yaml'), ...badInputs('json'), ...badInputs('text')]) {
      s.writeFile('x.yaml', text);
      const r = s.run('kubectl apply -f x.yaml');
      expect(Number.isInteger(r.exitCode)).toBe(true);
      expect(r.stderr).not.toMatch(/could not run this command/);
    }
    for (const text of badInputs('shell')) {
      const r = s.run(`kubectl get pods ${text}`);
      expect(r.stderr ?? '').not.toMatch(/could not run this command/);
    }
    expect(s.run('kubectl apply -f deployment.yaml').exitCode).toBe(0);
  });

  it('task checks are validated for the build', () => {
    expect(validateKubectlCheck({ tool: 'kubectl', kind: 'deployment-ready', name: 'x' })).toBeNull();
    expect(validateKubectlCheck({ tool: 'kubectl', kind: 'deployment-ready' })).toMatch(/needs name/);
    expect(validateKubectlCheck({ tool: 'kubectl', kind: 'nope' })).toMatch(/unknown kubectl check kind/);
  });

  it('AGE is printed as kubectl prints durations', () => {
    expect([5_000, 125_000, 600_000, 3 * 3_600_000 + 60_000, 50 * 3_600_000, 3 * 86_400_000].map(age)).toEqual([
      '5s',
      '2m5s',
      '10m',
      '3h1m',
      '2d2h',
      '3d',
    ]);
  });
});

describe('minikube start --nodes', () => {
  it('makes a fresh cluster of that many nodes, as a bigger lab would, and 1,000 pods fit on 100 of them', () => {
    const sh = createShell({ tools: ['kubectl'] });
    const out = sh.run('minikube start --nodes=100');
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toContain('Starting "minikube-m02" worker node');
    expect(lines(sh.run('kubectl get nodes').stdout)).toHaveLength(101);
    for (let i = 0; i < 20; i++)
      expect(sh.run(`kubectl create deployment web${i} --image=nginx --replicas=50`).exitCode).toBe(0);
    sh.run('sleep 60');
    const st = kubernetesOf(sh.world);
    expect(st.cluster.pods).toHaveLength(1000);
    expect(st.cluster.pods.filter((p) => p.node === undefined)).toHaveLength(0);
  });

  it('keeps an existing cluster’s nodes with minikube’s own warning, and refuses a bad count', () => {
    const sh = createShell({ tools: ['kubectl'], files: { 'deployment.yaml': manifest(ECR) } });
    sh.run('kubectl apply -f deployment.yaml');
    expect(sh.run('minikube start --nodes 5').stdout).toContain(
      "❗  You cannot change the number of nodes for an existing minikube cluster. Please use 'minikube node add' to add nodes to an existing cluster.",
    );
    expect(lines(sh.run('kubectl get nodes').stdout)).toHaveLength(4);
    expect(sh.run('minikube start --nodes=0').stderr).toContain('1 to 200 nodes (received 0)');
    expect(sh.run('minikube start --nodes=abc').stderr).toContain('invalid argument "abc" for "-n, --nodes" flag');
    for (const text of badInputs('numbers')) expect(() => sh.run(`minikube start --nodes=${text}`)).not.toThrow();
  });
});
