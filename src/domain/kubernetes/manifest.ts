/**
 * Kubernetes manifests read as `kubectl apply -f` and the API server read them: YAML (one or
 * several documents), then each object checked for its kind and apiVersion, unknown fields
 * (strict field validation, the default since Kubernetes 1.27), field types, and the rules the
 * API server enforces (a Deployment's selector must match its template's labels; containers need
 * a name and an image). Messages copy kubectl's and the API server's wording (kubernetes/kubernetes
 * apimachinery validation messages and kubectl apply output, read 2026-12-04). Never throws.
 */
import { parseAllDocuments } from 'yaml';
import type { ContainerSpec, PodTemplate, ServicePort } from './cluster';

export type Manifest =
  | {
      kind: 'Deployment';
      name: string;
      labels: Record<string, string>;
      replicas: number;
      selector: Record<string, string>;
      template: PodTemplate;
      maxSurge: number | string;
      maxUnavailable: number | string;
    }
  | {
      kind: 'Service';
      name: string;
      type: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
      selector: Record<string, string>;
      ports: ServicePort[];
    }
  | { kind: 'Pod'; name: string; template: PodTemplate }
  | { kind: 'HorizontalPodAutoscaler'; name: string; target: string; min: number; max: number; cpuPercent: number };

/** One object of the file, or why the API server or kubectl refused it. */
export type ManifestResult = { ok: true; manifest: Manifest } | { ok: false; message: string };

const KINDS: Readonly<Record<string, string>> = {
  Deployment: 'apps/v1',
  Service: 'v1',
  Pod: 'v1',
  HorizontalPodAutoscaler: 'autoscaling/v2',
};
const RESOURCE: Readonly<Record<string, string>> = {
  Deployment: 'deployments',
  Service: 'services',
  Pod: 'pods',
  HorizontalPodAutoscaler: 'horizontalpodautoscalers',
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Refusal {
  constructor(readonly message: string) {}
}

/** Allowed fields at each path of the objects this simulation knows (others: "unknown field"). */
const FIELDS: Readonly<Record<string, readonly string[]>> = {
  '': ['apiVersion', 'kind', 'metadata', 'spec', 'status'],
  metadata: ['name', 'namespace', 'labels', 'annotations', 'generateName'],
  'Deployment.spec': [
    'replicas',
    'selector',
    'template',
    'strategy',
    'minReadySeconds',
    'revisionHistoryLimit',
    'progressDeadlineSeconds',
    'paused',
  ],
  'Deployment.spec.selector': ['matchLabels', 'matchExpressions'],
  'Deployment.spec.strategy': ['type', 'rollingUpdate'],
  'Deployment.spec.strategy.rollingUpdate': ['maxSurge', 'maxUnavailable'],
  template: ['metadata', 'spec'],
  podSpec: [
    'containers',
    'initContainers',
    'restartPolicy',
    'nodeSelector',
    'volumes',
    'serviceAccountName',
    'terminationGracePeriodSeconds',
    'imagePullSecrets',
    'securityContext',
    'affinity',
    'tolerations',
  ],
  container: [
    'name',
    'image',
    'ports',
    'resources',
    'env',
    'command',
    'args',
    'readinessProbe',
    'livenessProbe',
    'startupProbe',
    'imagePullPolicy',
    'volumeMounts',
    'workingDir',
    'securityContext',
    'envFrom',
  ],
  port: ['containerPort', 'name', 'protocol', 'hostPort'],
  resources: ['requests', 'limits'],
  'Service.spec': [
    'type',
    'selector',
    'ports',
    'clusterIP',
    'externalTrafficPolicy',
    'sessionAffinity',
    'loadBalancerSourceRanges',
  ],
  servicePort: ['port', 'targetPort', 'nodePort', 'protocol', 'name'],
  'HorizontalPodAutoscaler.spec': ['scaleTargetRef', 'minReplicas', 'maxReplicas', 'metrics', 'behavior'],
};

function checkFields(kind: string, obj: Obj, allowed: string, path: string) {
  const keys = FIELDS[allowed] ?? [];
  for (const k of Object.keys(obj))
    if (!keys.includes(k))
      throw new Refusal(
        `Error from server (BadRequest): error when creating "%FILE%": ${kind} in version "${(KINDS[kind] ?? 'v1').split('/').pop()}" cannot be handled as a ${kind}: strict decoding error: unknown field "${path ? `${path}.` : ''}${k}"`,
      );
}

function typeError(kind: string, goType: string, path: string, want: string, got: unknown): Refusal {
  const jsType = Array.isArray(got)
    ? 'array'
    : got === null
      ? 'null'
      : typeof got === 'number'
        ? 'number'
        : typeof got === 'object'
          ? 'object'
          : typeof got;
  return new Refusal(
    `Error from server (BadRequest): error when creating "%FILE%": ${kind} in version "${(KINDS[kind] ?? 'v1').split('/').pop()}" cannot be handled as a ${kind}: json: cannot unmarshal ${jsType} into Go struct field ${goType}.${path} of type ${want}`,
  );
}

function labelsOf(kind: string, v: unknown, path: string): Record<string, string> {
  if (v === undefined || v === null) return {};
  if (!isObj(v)) throw typeError(kind, 'ObjectMeta', path, 'map[string]string', v);
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) {
    if (typeof x !== 'string') throw typeError(kind, 'ObjectMeta', `${path}`, 'string', x);
    out[k] = x;
  }
  return out;
}

/** CPU "100m", "0.5", 1 -> millicores; memory "128Mi", "1Gi", "500M" -> MiB. */
export function parseQuantity(v: unknown, cpu: boolean): number | null {
  if (v === undefined) return 0;
  const text = String(v);
  const m = /^(\d+(?:\.\d+)?)(m|Ki|Mi|Gi|Ti|k|M|G|T)?$/.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = m[2] ?? '';
  if (cpu) return unit === 'm' ? Math.round(n) : unit === '' ? Math.round(n * 1000) : null;
  const bytes: Record<string, number> = {
    '': 1,
    Ki: 1024,
    Mi: 1024 ** 2,
    Gi: 1024 ** 3,
    Ti: 1024 ** 4,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    m: 0.001,
  };
  return Math.ceil((n * (bytes[unit] ?? 1)) / 1024 ** 2);
}

function podSpec(kind: string, spec: unknown, path: string): ContainerSpec[] {
  if (!isObj(spec)) throw new Refusal(`The ${kind} "%NAME%" is invalid: ${path}.containers: Required value`);
  checkFields(kind, spec, 'podSpec', path);
  const containers = spec['containers'];
  if (!Array.isArray(containers) || containers.length === 0)
    throw new Refusal(`The ${kind} "%NAME%" is invalid: ${path}.containers: Required value`);
  return containers.map((c, i) => {
    const where = `${path}.containers[${i}]`;
    if (!isObj(c)) throw typeError(kind, 'PodSpec', `${path}.containers`, 'v1.Container', c);
    checkFields(kind, c, 'container', where);
    if (typeof c['name'] !== 'string' || c['name'] === '')
      throw new Refusal(`The ${kind} "%NAME%" is invalid: ${where}.name: Required value`);
    if (typeof c['image'] !== 'string' || c['image'] === '')
      throw new Refusal(`The ${kind} "%NAME%" is invalid: ${where}.image: Required value`);
    const ports: number[] = [];
    if (c['ports'] !== undefined) {
      if (!Array.isArray(c['ports']))
        throw typeError(kind, 'Container', `${where}.ports`, '[]v1.ContainerPort', c['ports']);
      for (const [j, p] of c['ports'].entries()) {
        if (!isObj(p)) throw typeError(kind, 'Container', `${where}.ports`, 'v1.ContainerPort', p);
        checkFields(kind, p, 'port', `${where}.ports[${j}]`);
        const cp = p['containerPort'];
        if (typeof cp !== 'number') throw typeError(kind, 'ContainerPort', `${where}.ports.containerPort`, 'int32', cp);
        if (!Number.isInteger(cp) || cp < 1 || cp > 65535)
          throw new Refusal(
            `The ${kind} "%NAME%" is invalid: ${where}.ports[${j}].containerPort: Invalid value: ${cp}: must be between 1 and 65535, inclusive`,
          );
        ports.push(cp);
      }
    }
    let cpuMilli = 0;
    let memMi = 0;
    const res = c['resources'];
    if (res !== undefined) {
      if (!isObj(res)) throw typeError(kind, 'Container', `${where}.resources`, 'v1.ResourceRequirements', res);
      checkFields(kind, res, 'resources', `${where}.resources`);
      const req = isObj(res['requests']) ? res['requests'] : {};
      const cpu = parseQuantity(req['cpu'], true);
      const mem = parseQuantity(req['memory'], false);
      if (cpu === null)
        throw new Refusal(
          `Error from server (BadRequest): error when creating "%FILE%": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$' (${where}.resources.requests.cpu: "${String(req['cpu'])}")`,
        );
      if (mem === null)
        throw new Refusal(
          `Error from server (BadRequest): error when creating "%FILE%": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$' (${where}.resources.requests.memory: "${String(req['memory'])}")`,
        );
      cpuMilli = cpu;
      memMi = mem;
    }
    return { name: c['name'], image: c['image'], ports, cpuMilli, memMi };
  });
}

function intOrPercent(kind: string, v: unknown, path: string): number | string {
  if (v === undefined) return '25%';
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
  if (typeof v === 'string' && /^\d+%$/.test(v)) return v;
  throw new Refusal(
    `The ${kind} "%NAME%" is invalid: ${path}: Invalid value: ${JSON.stringify(v)}: must be an integer or percentage (e.g '5%')`,
  );
}

function readObject(doc: Obj): Manifest {
  const apiVersion = doc['apiVersion'];
  const kind = doc['kind'];
  const missing = [
    apiVersion === undefined ? 'apiVersion not set' : '',
    kind === undefined ? 'kind not set' : '',
  ].filter(Boolean);
  if (missing.length > 0)
    throw new Refusal(
      `error: error validating "%FILE%": error validating data: [${missing.join(', ')}]; if you choose to ignore these errors, turn validation off with --validate=false`,
    );
  const meta = isObj(doc['metadata']) ? doc['metadata'] : {};
  const name = typeof meta['name'] === 'string' ? meta['name'] : '';
  if (typeof kind !== 'string' || typeof apiVersion !== 'string' || KINDS[kind] !== apiVersion)
    throw new Refusal(
      `error: resource mapping not found for name: "${name}" namespace: "" from "%FILE%": no matches for kind "${String(kind)}" in version "${String(apiVersion)}"\nensure CRDs are installed first`,
    );
  checkFields(kind, doc, '', '');
  checkFields(kind, meta, 'metadata', 'metadata');
  if (name === '')
    throw new Refusal(
      `error: error when retrieving current configuration of:\nResource: "${apiVersion.includes('/') ? apiVersion.replace('/', ', ') : `/${apiVersion}`}, Resource=${RESOURCE[kind]}", GroupVersionKind: "${apiVersion}, Kind=${kind}"\nName: "", Namespace: "default"\nfrom server for: "%FILE%": resource name may not be empty`,
    );
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(name) || name.length > 253)
    throw new Refusal(
      `The ${kind} "${name}" is invalid: metadata.name: Invalid value: "${name}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
    );
  const labels = labelsOf(kind, meta['labels'], 'metadata.labels');
  const spec = doc['spec'];
  const named = (m: Manifest) => m;
  try {
    if (kind === 'Pod') return named({ kind, name, template: { labels, containers: podSpec(kind, spec, 'spec') } });
    if (!isObj(spec)) throw new Refusal(`The ${kind} "%NAME%" is invalid: spec: Required value`);
    checkFields(kind, spec, `${kind}.spec`, 'spec');
    if (kind === 'Deployment') {
      const replicas = spec['replicas'] ?? 1;
      if (typeof replicas !== 'number') throw typeError(kind, 'DeploymentSpec', 'spec.replicas', 'int32', replicas);
      if (!Number.isInteger(replicas) || replicas < 0)
        throw new Refusal(
          `The Deployment "%NAME%" is invalid: spec.replicas: Invalid value: ${replicas}: must be greater than or equal to 0`,
        );
      if (replicas > 50)
        throw new Refusal(
          `The Deployment "%NAME%" asks for ${replicas} replicas: this simulated cluster runs at most 50 per Deployment`,
        );
      const sel = spec['selector'];
      const template = spec['template'];
      if (!isObj(template))
        throw new Refusal(`The Deployment "%NAME%" is invalid: spec.template.spec.containers: Required value`);
      checkFields(kind, template, 'template', 'spec.template');
      const tmeta = isObj(template['metadata']) ? template['metadata'] : {};
      const tlabels = labelsOf(kind, tmeta['labels'], 'spec.template.metadata.labels');
      const show = (m: Record<string, string>) =>
        `map[string]string{${Object.entries(m)
          .map(([k, v]) => `"${k}":"${v}"`)
          .join(', ')}}`;
      if (!isObj(sel))
        throw new Refusal(
          `The Deployment "%NAME%" is invalid: \n* spec.selector: Required value\n* spec.template.metadata.labels: Invalid value: ${show(tlabels)}: \`selector\` does not match template \`labels\``,
        );
      checkFields(kind, sel, 'Deployment.spec.selector', 'spec.selector');
      const matchLabels = labelsOf(kind, sel['matchLabels'], 'spec.selector.matchLabels');
      if (Object.keys(matchLabels).length === 0)
        throw new Refusal(
          `The Deployment "%NAME%" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment`,
        );
      if (!Object.entries(matchLabels).every(([k, v]) => tlabels[k] === v))
        throw new Refusal(
          `The Deployment "%NAME%" is invalid: spec.template.metadata.labels: Invalid value: ${show(tlabels)}: \`selector\` does not match template \`labels\``,
        );
      const containers = podSpec(kind, template['spec'], 'spec.template.spec');
      let maxSurge: number | string = '25%';
      let maxUnavailable: number | string = '25%';
      const strategy = spec['strategy'];
      if (isObj(strategy)) {
        checkFields(kind, strategy, 'Deployment.spec.strategy', 'spec.strategy');
        if (isObj(strategy['rollingUpdate'])) {
          checkFields(
            kind,
            strategy['rollingUpdate'],
            'Deployment.spec.strategy.rollingUpdate',
            'spec.strategy.rollingUpdate',
          );
          maxSurge = intOrPercent(kind, strategy['rollingUpdate']['maxSurge'], 'spec.strategy.rollingUpdate.maxSurge');
          maxUnavailable = intOrPercent(
            kind,
            strategy['rollingUpdate']['maxUnavailable'],
            'spec.strategy.rollingUpdate.maxUnavailable',
          );
          if ((maxSurge === 0 || maxSurge === '0%') && (maxUnavailable === 0 || maxUnavailable === '0%'))
            throw new Refusal(
              `The Deployment "%NAME%" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when \`maxSurge\` is 0`,
            );
        }
      }
      return {
        kind,
        name,
        labels,
        replicas,
        selector: matchLabels,
        template: { labels: tlabels, containers },
        maxSurge,
        maxUnavailable,
      };
    }
    if (kind === 'Service') {
      const type = spec['type'] ?? 'ClusterIP';
      if (type !== 'ClusterIP' && type !== 'NodePort' && type !== 'LoadBalancer')
        throw new Refusal(
          `The Service "%NAME%" is invalid: spec.type: Unsupported value: "${String(type)}": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"`,
        );
      const selector = labelsOf(kind, spec['selector'], 'spec.selector');
      const rawPorts = spec['ports'];
      if (!Array.isArray(rawPorts) || rawPorts.length === 0)
        throw new Refusal(`The Service "%NAME%" is invalid: spec.ports: Required value`);
      const ports = rawPorts.map((p, i): ServicePort => {
        if (!isObj(p)) throw typeError(kind, 'ServiceSpec', 'spec.ports', 'v1.ServicePort', p);
        checkFields(kind, p, 'servicePort', `spec.ports[${i}]`);
        const port = p['port'];
        if (typeof port !== 'number')
          throw new Refusal(`The Service "%NAME%" is invalid: spec.ports[${i}].port: Required value`);
        if (!Number.isInteger(port) || port < 1 || port > 65535)
          throw new Refusal(
            `The Service "%NAME%" is invalid: spec.ports[${i}].port: Invalid value: ${port}: must be between 1 and 65535, inclusive`,
          );
        const target = p['targetPort'] ?? port;
        if (typeof target !== 'number')
          throw new Refusal(
            `The Service "%NAME%" asks for a named targetPort ("${String(target)}"): this simulation needs a port number`,
          );
        const nodePort = p['nodePort'];
        if (nodePort !== undefined && (typeof nodePort !== 'number' || nodePort < 30000 || nodePort > 32767))
          throw new Refusal(
            `The Service "%NAME%" is invalid: spec.ports[${i}].nodePort: Invalid value: ${String(nodePort)}: provided port is not in the valid range. The range of valid ports is 30000-32767`,
          );
        return {
          port,
          targetPort: target,
          ...(typeof nodePort === 'number' ? { nodePort } : {}),
          protocol: p['protocol'] === 'UDP' ? 'UDP' : 'TCP',
        };
      });
      return { kind, name, type, selector, ports };
    }
    // HorizontalPodAutoscaler (autoscaling/v2), CPU utilisation only.
    const ref = spec['scaleTargetRef'];
    if (!isObj(ref) || ref['kind'] !== 'Deployment' || typeof ref['name'] !== 'string')
      throw new Refusal(
        `The HorizontalPodAutoscaler "%NAME%" is invalid: spec.scaleTargetRef.kind: Required value (this simulation scales Deployments)`,
      );
    const min = spec['minReplicas'] ?? 1;
    const max = spec['maxReplicas'];
    if (typeof max !== 'number')
      throw new Refusal(`The HorizontalPodAutoscaler "%NAME%" is invalid: spec.maxReplicas: Required value`);
    if (typeof min !== 'number' || min < 1 || max < min)
      throw new Refusal(
        `The HorizontalPodAutoscaler "%NAME%" is invalid: spec.maxReplicas: Invalid value: ${max}: must be greater than or equal to \`minReplicas\``,
      );
    let cpuPercent = 80;
    const metrics = spec['metrics'];
    if (Array.isArray(metrics)) {
      const cpu = metrics.find((m) => isObj(m) && isObj(m['resource']) && m['resource']['name'] === 'cpu') as
        Obj | undefined;
      const target =
        cpu && isObj(cpu['resource']) && isObj(cpu['resource']['target']) ? cpu['resource']['target'] : undefined;
      if (target && typeof target['averageUtilization'] === 'number') cpuPercent = target['averageUtilization'];
    }
    return { kind: 'HorizontalPodAutoscaler', name, target: ref['name'], min, max: Math.min(max, 50), cpuPercent };
  } catch (e) {
    if (e instanceof Refusal) throw new Refusal(e.message.replace(/%NAME%/g, name));
    throw e;
  }
}

/** Reads every document of a manifest file; `file` is the name kubectl shows in messages. */
export function readManifests(text: string, file: string): ManifestResult[] {
  if (text.length > 200_000)
    return [
      { ok: false, message: `error: ${file} is too large for this simulated cluster (${text.length} characters)` },
    ];
  let docs;
  try {
    docs = parseAllDocuments(text, { prettyErrors: false });
  } catch {
    return [
      {
        ok: false,
        message: `error: error parsing ${file}: error converting YAML to JSON: yaml: could not read the file`,
      },
    ];
  }
  const list = Array.isArray(docs) ? docs : [docs];
  const out: ManifestResult[] = [];
  for (const doc of list) {
    const err = doc.errors[0];
    if (err) {
      const line = err.linePos?.[0]?.line ?? 1;
      return [
        {
          ok: false,
          message: `error: error parsing ${file}: error converting YAML to JSON: yaml: line ${line}: ${err.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'invalid YAML'}`,
        },
      ];
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 50 });
    } catch {
      return [
        {
          ok: false,
          message: `error: error parsing ${file}: error converting YAML to JSON: yaml: document contains excessive aliasing`,
        },
      ];
    }
    if (value === null || value === undefined) continue;
    if (!isObj(value)) {
      out.push({
        ok: false,
        message: `error: error validating "${file}": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false`,
      });
      continue;
    }
    try {
      out.push({ ok: true, manifest: readObject(value) });
    } catch (e) {
      if (e instanceof Refusal) out.push({ ok: false, message: e.message.replace(/%FILE%/g, file) });
      else out.push({ ok: false, message: `error: ${file}: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  if (out.length === 0) out.push({ ok: false, message: `error: no objects passed to apply` });
  return out;
}
