/**
 * The desired-state file: a small YAML format in the spirit of Terraform/CloudFormation.
 *
 *   resources:
 *     network.main:
 *       properties: { cidr: 10.0.0.0/16 }
 *     subnet.web:
 *       properties:
 *         network_id: ${network.main.id}   # a reference: an implicit dependency
 *         cidr: 10.0.1.0/24
 *       depends_on: [network.main]         # an explicit one (optional)
 *
 * Addresses are `type.name`; types and the properties that force a replacement are in TYPES.
 */
import { parseDocument } from 'yaml';

/** One configuration problem, with where it is. */
export interface ConfigError {
  /** e.g. "resources.subnet.web.depends_on[0]"; "" for the whole file. */
  readonly path: string;
  readonly message: string;
}

/** A property value: JSON-like data. */
export type Value = string | number | boolean | null | readonly Value[] | { readonly [k: string]: Value };

export interface ResourceConfig {
  readonly address: string;
  readonly type: string;
  readonly name: string;
  readonly properties: Readonly<Record<string, Value>>;
  /** Every address this resource depends on (references and depends_on), sorted. */
  readonly dependsOn: readonly string[];
}

/** Resources in dependency order (each after everything it depends on). */
export interface Config {
  readonly resources: readonly ResourceConfig[];
}

/** Resource types, and the properties whose change forces a replacement (like Terraform's ForceNew). */
export const TYPES: Readonly<Record<string, { readonly replaceOn: readonly string[] }>> = Object.freeze({
  network: { replaceOn: ['cidr'] },
  subnet: { replaceOn: ['network_id', 'cidr', 'zone'] },
  security_group: { replaceOn: ['network_id'] },
  instance: { replaceOn: ['image', 'subnet_id'] },
  bucket: { replaceOn: ['name', 'region'] },
  ecs_cluster: { replaceOn: ['name'] },
  ecs_service: { replaceOn: ['cluster', 'name', 'launch_type'] },
});

const ADDRESS = /^([a-z][a-z0-9_]*)\.([A-Za-z0-9_-]+)$/;
const REF = /\$\{([a-z][a-z0-9_]*\.[A-Za-z0-9_-]+)\.([A-Za-z0-9_]+)\}/g;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The references `${type.name.attr}` inside a value, as [address, attribute] pairs. */
export function referencesIn(value: unknown): [string, string][] {
  if (typeof value === 'string') return [...value.matchAll(REF)].map((m) => [m[1]!, m[2]!]);
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (isRecord(value)) return Object.values(value).flatMap(referencesIn);
  return [];
}

/** Parses and checks a desired-state file; every problem is named with its path. Never throws. */
export function parseConfig(text: string): { ok: true; config: Config } | { ok: false; errors: ConfigError[] } {
  if (typeof text !== 'string') return { ok: false, errors: [{ path: '', message: 'The file must be text.' }] };
  let data: unknown;
  try {
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    const first = doc.errors[0];
    if (first !== undefined) {
      const line = first.linePos?.[0]?.line;
      return {
        ok: false,
        errors: [
          {
            path: '',
            message: `YAML syntax error${line === undefined ? '' : ` on line ${line}`}: ${first.message.split('\n')[0]}`,
          },
        ],
      };
    }
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    return { ok: false, errors: [{ path: '', message: `The YAML could not be read: ${(e as Error).message}` }] };
  }
  if (data === null || data === undefined) return { ok: true, config: { resources: [] } };
  if (!isRecord(data))
    return { ok: false, errors: [{ path: '', message: 'The file must be a mapping with a `resources` key.' }] };
  const errors: ConfigError[] = [];
  for (const k of Object.keys(data))
    if (k !== 'resources')
      errors.push({ path: k, message: `Unknown top-level key '${k}': only 'resources' is allowed.` });
  const raw = data['resources'] ?? {};
  if (!isRecord(raw))
    return {
      ok: false,
      errors: [...errors, { path: 'resources', message: 'resources must be a mapping of type.name to a resource.' }],
    };
  const list: ResourceConfig[] = [];
  for (const [address, body] of Object.entries(raw)) {
    const at = `resources.${address}`;
    const m = ADDRESS.exec(address);
    if (m === null) {
      errors.push({ path: at, message: `'${address}' is not an address: write type.name, e.g. network.main.` });
      continue;
    }
    const [, type, name] = m as unknown as [string, string, string];
    if (TYPES[type] === undefined) {
      errors.push({
        path: at,
        message: `Resource ${address}: unknown type '${type}' (known: ${Object.keys(TYPES).join(', ')}).`,
      });
      continue;
    }
    const b = body ?? {};
    if (!isRecord(b)) {
      errors.push({ path: at, message: `Resource ${address} must be a mapping with properties and depends_on.` });
      continue;
    }
    for (const k of Object.keys(b))
      if (k !== 'properties' && k !== 'depends_on')
        errors.push({
          path: `${at}.${k}`,
          message: `Resource ${address}: unknown key '${k}' (use properties, depends_on).`,
        });
    const props = b['properties'] ?? {};
    if (!isRecord(props)) {
      errors.push({ path: `${at}.properties`, message: `Resource ${address}: properties must be a mapping.` });
      continue;
    }
    const deps = b['depends_on'] ?? [];
    if (!Array.isArray(deps) || !deps.every((d) => typeof d === 'string')) {
      errors.push({
        path: `${at}.depends_on`,
        message: `Resource ${address}: depends_on must be a list of addresses.`,
      });
      continue;
    }
    const refs = referencesIn(props).map(([a]) => a);
    list.push({
      address,
      type,
      name,
      properties: props as Record<string, Value>,
      dependsOn: [...new Set([...(deps as string[]), ...refs])].sort(),
    });
  }
  const known = new Set(list.map((r) => r.address));
  for (const r of list) {
    const at = `resources.${r.address}`;
    (r.dependsOn as string[]).forEach((d) => {
      if (known.has(d)) return;
      const explicit = ((raw[r.address] as Record<string, unknown>)['depends_on'] as string[] | undefined) ?? [];
      const i = explicit.indexOf(d);
      errors.push({
        path: i >= 0 ? `${at}.depends_on[${i}]` : `${at}.properties`,
        message: `Resource ${r.address} refers to ${d}, which is not declared.`,
      });
    });
    if (r.dependsOn.includes(r.address)) errors.push({ path: at, message: `Resource ${r.address} depends on itself.` });
  }
  if (errors.length > 0) return { ok: false, errors };
  const ordered = topoSort(list);
  if ('cycle' in ordered)
    return {
      ok: false,
      errors: [{ path: `resources.${ordered.cycle[0]}`, message: `Dependency cycle: ${ordered.cycle.join(' -> ')}.` }],
    };
  return { ok: true, config: { resources: ordered.order } };
}

/** Kahn's algorithm, stable by declaration order; on a cycle, one cycle's addresses (first repeated at the end). */
export function topoSort<T extends { address: string; dependsOn: readonly string[] }>(
  items: readonly T[],
): { order: T[] } | { cycle: string[] } {
  const by = new Map(items.map((r) => [r.address, r]));
  const indeg = new Map<string, number>();
  const users = new Map<string, string[]>();
  for (const r of items) {
    const deps = r.dependsOn.filter((d) => by.has(d));
    indeg.set(r.address, deps.length);
    for (const d of deps) users.set(d, [...(users.get(d) ?? []), r.address]);
  }
  const ready = items.filter((r) => indeg.get(r.address) === 0).map((r) => r.address);
  const order: T[] = [];
  for (let i = 0; i < ready.length; i++) {
    const a = ready[i]!;
    order.push(by.get(a)!);
    for (const u of users.get(a) ?? []) {
      const n = indeg.get(u)! - 1;
      indeg.set(u, n);
      if (n === 0) ready.push(u);
    }
  }
  if (order.length === items.length) return { order };
  // Walk dependencies among the unsorted ones until an address repeats.
  const left = new Set(items.filter((r) => indeg.get(r.address)! > 0).map((r) => r.address));
  let cur = [...left][0]!;
  const path: string[] = [];
  while (!path.includes(cur)) {
    path.push(cur);
    cur = by.get(cur)!.dependsOn.find((d) => left.has(d))!;
  }
  const cycle = path.slice(path.indexOf(cur));
  return { cycle: [...cycle, cur] };
}
