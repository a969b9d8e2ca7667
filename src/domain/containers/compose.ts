/**
 * Compose files read as Docker Compose v2 reads them (the Compose Specification): services with
 * image or build, ports, environment, depends_on, volumes and networks; parsed with the `yaml`
 * package, validated with messages that name the line. Wording follows docker/compose and
 * compose-spec/compose-go (read 2026-12-03): an obsolete top-level `version` is a warning
 * ("the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential
 * confusion"), not an error.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';

/** A compose file problem with the 1-based line it is on (null when the file as a whole is wrong). */
export class ComposeError extends Error {
  constructor(
    readonly line: number | null,
    readonly detail: string,
  ) {
    super(line === null ? detail : `line ${line}: ${detail}`);
    this.name = 'ComposeError';
  }
}

/** One published port: '8080:80', '127.0.0.1:8080:80/udp', '80' (a random host port). */
export interface ComposePort {
  readonly hostIp: string;
  /** 0 when Docker picks a free host port. */
  readonly host: number;
  readonly container: number;
  readonly proto: 'tcp' | 'udp';
}

export interface ComposeMount {
  readonly type: 'volume' | 'bind' | 'anonymous';
  readonly source: string;
  readonly target: string;
}

export interface ComposeService {
  readonly name: string;
  readonly image: string | null;
  readonly build: { readonly context: string; readonly dockerfile: string } | null;
  readonly ports: readonly ComposePort[];
  readonly environment: Readonly<Record<string, string>>;
  readonly dependsOn: readonly string[];
  readonly volumes: readonly ComposeMount[];
  /** Networks named in the file ('default' when none is listed). */
  readonly networks: readonly string[];
  readonly command: readonly string[] | null;
  readonly restart: string | null;
  readonly line: number;
}

export interface ComposeFile {
  /** The top-level `name`, if any. */
  readonly name: string | null;
  readonly services: readonly ComposeService[];
  readonly networks: readonly string[];
  readonly volumes: readonly string[];
  readonly warnings: readonly string[];
}

const TOP_KEYS = ['version', 'name', 'services', 'networks', 'volumes', 'secrets', 'configs', 'include'];
const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

type Doc = Document.Parsed;

function lineOf(doc: Doc, counter: LineCounter, path: readonly (string | number)[]): number | null {
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  const pos = node?.range?.[0];
  if (pos === undefined) return path.length > 0 ? lineOf(doc, counter, path.slice(0, -1)) : null;
  return counter.linePos(pos).line;
}

function keyLine(doc: Doc, counter: LineCounter, path: readonly string[], key: string): number | null {
  const parent = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    const pos = (pair?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
    if (pos !== undefined) return counter.linePos(pos).line;
  }
  return lineOf(doc, counter, [...path, key]);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses '8080:80', '127.0.0.1:8080:80/tcp', '80', 8080 (a number) or the long form. */
export function parsePort(value: unknown): ComposePort | string {
  if (isRecord(value)) {
    const target = Number(value['target']);
    const published = value['published'] === undefined ? 0 : Number(value['published']);
    if (!Number.isInteger(target) || target < 1 || target > 65535)
      return `invalid containerPort: ${String(value['target'])}`;
    if (!Number.isInteger(published) || published < 0 || published > 65535)
      return `invalid hostPort: ${String(value['published'])}`;
    return {
      hostIp: String(value['host_ip'] ?? '0.0.0.0'),
      host: published,
      container: target,
      proto: value['protocol'] === 'udp' ? 'udp' : 'tcp',
    };
  }
  if (typeof value !== 'string' && typeof value !== 'number')
    return `invalid port: expected a string such as "8080:80"`;
  const text = String(value);
  const m = /^(?:(\d{1,3}(?:\.\d{1,3}){3}):)?(?:(\d{1,5}):)?(\d{1,5})(?:\/(tcp|udp))?$/.exec(text);
  if (!m)
    return `invalid port ${JSON.stringify(text.slice(0, 40))}: expected [HOST:]CONTAINER[/PROTOCOL], such as "8080:80"`;
  const host = m[2] === undefined ? 0 : Number(m[2]);
  const container = Number(m[3]);
  if (container < 1 || container > 65535) return `invalid containerPort: ${m[3] ?? ''}`;
  if (host > 65535) return `invalid hostPort: ${m[2] ?? ''}`;
  return { hostIp: m[1] ?? '0.0.0.0', host, container, proto: m[4] === 'udp' ? 'udp' : 'tcp' };
}

function strings(v: unknown): string[] | null {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.every((x) => typeof x === 'string' || typeof x === 'number') ? v.map(String) : null;
  return null;
}

/** Parses and validates a compose file. Throws ComposeError naming the line. */
export function parseCompose(text: string): ComposeFile {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = counter.linePos(first.pos[0]).line;
    throw new ComposeError(line || 1, `yaml: ${first.message.split('\n')[0] ?? 'invalid YAML'}`);
  }
  let root: unknown;
  try {
    root = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    throw new ComposeError(null, `yaml: ${e instanceof Error ? e.message : 'invalid YAML'}`);
  }
  if (root === null || root === undefined)
    throw new ComposeError(null, 'empty compose file: a compose file needs a services section');
  if (!isRecord(root)) throw new ComposeError(1, 'top-level object must be a mapping');
  const warnings: string[] = [];
  for (const key of Object.keys(root)) {
    if (!TOP_KEYS.includes(key) && !key.startsWith('x-'))
      throw new ComposeError(
        keyLine(doc, counter, [], key),
        `(root) additional properties '${key.slice(0, 40)}' not allowed`,
      );
  }
  if ('version' in root)
    warnings.push(
      'the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion',
    );
  const name = root['name'] === undefined ? null : String(root['name']);
  const topMap = (key: string): string[] => {
    const v = root[key];
    if (v === undefined || v === null) return [];
    if (!isRecord(v)) throw new ComposeError(keyLine(doc, counter, [], key), `${key} must be a mapping`);
    return Object.keys(v);
  };
  const networks = topMap('networks');
  const volumes = topMap('volumes');
  const servicesRaw = root['services'];
  if (servicesRaw === undefined || servicesRaw === null)
    throw new ComposeError(null, 'no service defined: add a services section');
  if (!isRecord(servicesRaw))
    throw new ComposeError(keyLine(doc, counter, [], 'services'), 'services must be a mapping');
  const services: ComposeService[] = [];
  for (const [sName, raw] of Object.entries(servicesRaw)) {
    const at = (...p: string[]) =>
      keyLine(doc, counter, ['services', sName, ...p.slice(0, -1)], p[p.length - 1] ?? sName) ??
      lineOf(doc, counter, ['services', sName]);
    const line = keyLine(doc, counter, ['services'], sName) ?? 1;
    if (!NAME.test(sName))
      throw new ComposeError(line, `invalid service name "${sName.slice(0, 40)}": only [a-zA-Z0-9._-] are allowed`);
    if (!isRecord(raw)) throw new ComposeError(line, `services.${sName} must be a mapping`);
    const image = raw['image'] === undefined ? null : String(raw['image']);
    let build: ComposeService['build'] = null;
    if (typeof raw['build'] === 'string') build = { context: raw['build'], dockerfile: 'Dockerfile' };
    else if (isRecord(raw['build']))
      build = {
        context: String(raw['build']['context'] ?? '.'),
        dockerfile: String(raw['build']['dockerfile'] ?? 'Dockerfile'),
      };
    else if (raw['build'] !== undefined)
      throw new ComposeError(at('build'), `services.${sName}.build must be a string or a mapping`);
    if (image === null && build === null)
      throw new ComposeError(
        line,
        `service "${sName}" has neither an image nor a build context specified: invalid compose project`,
      );
    const ports: ComposePort[] = [];
    if (raw['ports'] !== undefined) {
      if (!Array.isArray(raw['ports'])) throw new ComposeError(at('ports'), `services.${sName}.ports must be a list`);
      raw['ports'].forEach((p: unknown, i: number) => {
        const parsed = parsePort(p);
        if (typeof parsed === 'string')
          throw new ComposeError(
            lineOf(doc, counter, ['services', sName, 'ports', i]),
            `services.${sName}.ports: ${parsed}`,
          );
        ports.push(parsed);
      });
    }
    const environment: Record<string, string> = {};
    const env = raw['environment'];
    if (Array.isArray(env)) {
      for (const e of env) {
        const [k = '', ...v] = String(e).split('=');
        environment[k] = v.join('=');
      }
    } else if (isRecord(env)) for (const [k, v] of Object.entries(env)) environment[k] = v === null ? '' : String(v);
    else if (env !== undefined)
      throw new ComposeError(at('environment'), `services.${sName}.environment must be a mapping or a list`);
    const dependsOn = isRecord(raw['depends_on']) ? Object.keys(raw['depends_on']) : strings(raw['depends_on']);
    if (dependsOn === null)
      throw new ComposeError(at('depends_on'), `services.${sName}.depends_on must be a list or a mapping`);
    const netsRaw = isRecord(raw['networks']) ? Object.keys(raw['networks']) : strings(raw['networks']);
    if (netsRaw === null)
      throw new ComposeError(at('networks'), `services.${sName}.networks must be a list or a mapping`);
    for (const n of netsRaw)
      if (n !== 'default' && !networks.includes(n))
        throw new ComposeError(
          at('networks'),
          `service "${sName}" refers to undefined network ${n}: invalid compose project`,
        );
    const vols: ComposeMount[] = [];
    if (raw['volumes'] !== undefined) {
      if (!Array.isArray(raw['volumes']))
        throw new ComposeError(at('volumes'), `services.${sName}.volumes must be a list`);
      for (const v of raw['volumes'] as unknown[]) {
        const spec = isRecord(v) ? `${String(v['source'] ?? '')}:${String(v['target'] ?? '')}` : String(v);
        const [a = '', b] = spec.split(':');
        if (b === undefined) vols.push({ type: 'anonymous', source: '', target: a });
        else if (/^[./~]/.test(a)) vols.push({ type: 'bind', source: a, target: b });
        else {
          if (!volumes.includes(a))
            throw new ComposeError(
              at('volumes'),
              `service "${sName}" refers to undefined volume ${a}: invalid compose project`,
            );
          vols.push({ type: 'volume', source: a, target: b });
        }
      }
    }
    const cmd = raw['command'];
    services.push({
      name: sName,
      image,
      build,
      ports,
      environment,
      dependsOn,
      volumes: vols,
      networks: netsRaw.length === 0 ? ['default'] : netsRaw,
      command: typeof cmd === 'string' ? cmd.split(/\s+/) : (strings(cmd) ?? null),
      restart: raw['restart'] === undefined ? null : String(raw['restart']),
      line,
    });
  }
  for (const s of services)
    for (const d of s.dependsOn)
      if (!services.some((x) => x.name === d))
        throw new ComposeError(
          s.line,
          `service "${s.name}" depends on undefined service "${d}": invalid compose project`,
        );
  startOrder(services);
  return { name, services, networks, volumes, warnings };
}

/** Services in an order that starts dependencies first; throws ComposeError on a cycle. */
export function startOrder(services: readonly ComposeService[]): ComposeService[] {
  const done = new Set<string>();
  const out: ComposeService[] = [];
  const visit = (s: ComposeService, path: string[]) => {
    if (done.has(s.name)) return;
    if (path.includes(s.name))
      throw new ComposeError(s.line, `dependency cycle detected: ${[...path, s.name].join(' -> ')}`);
    for (const d of s.dependsOn) {
      const dep = services.find((x) => x.name === d);
      if (dep) visit(dep, [...path, s.name]);
    }
    done.add(s.name);
    out.push(s);
  };
  for (const s of services) visit(s, []);
  return out;
}
