/**
 * Plan and apply, as Terraform does them: refresh (read the real resources), compare with the
 * desired configuration, list create / update in place / replace / delete with a diff per
 * property, then apply in dependency order (deletes in reverse). The "cloud" is plain data; ids
 * come from a seed and a counter, so a run replays exactly. Drift is a change made to the cloud
 * outside the tool: the next plan shows the change that puts it back.
 */
import { hashString } from '../shared/random';
import { TYPES, topoSort, type Config, type ConfigError, type Value } from './config';

/** A resource as it exists in the cloud. */
export interface RealResource {
  readonly address: string;
  readonly type: string;
  readonly id: string;
  readonly properties: Readonly<Record<string, Value>>;
  /** What it depended on when created (for the order of deletes). */
  readonly dependsOn: readonly string[];
}

export interface Cloud {
  readonly seed: number;
  readonly counter: number;
  readonly resources: Readonly<Record<string, RealResource>>;
}

/** The placeholder for a value that exists only once a dependency is created. */
export const UNKNOWN = '(known after apply)';

export type Action = 'create' | 'update' | 'replace' | 'delete' | 'no-op';

export interface PropertyChange {
  readonly property: string;
  readonly before: Value | undefined;
  readonly after: Value | undefined;
  readonly forcesReplacement: boolean;
}

export interface PlannedChange {
  readonly address: string;
  readonly action: Action;
  readonly changes: readonly PropertyChange[];
  /** Desired properties with references resolved (UNKNOWN where not yet known); {} for delete. */
  readonly after: Readonly<Record<string, Value>>;
}

export interface Plan {
  /** Every resource, in the order apply works through them (no-ops included). */
  readonly steps: readonly PlannedChange[];
  readonly summary: { readonly add: number; readonly change: number; readonly destroy: number };
}

export function createCloud(seed = 1): Cloud {
  return { seed: seed >>> 0, counter: 0, resources: {} };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function resolve(value: Value, lookup: (address: string, attr: string) => Value | undefined): Value {
  if (typeof value === 'string') {
    const whole = /^\$\{([a-z][a-z0-9_]*\.[A-Za-z0-9_-]+)\.([A-Za-z0-9_]+)\}$/.exec(value);
    if (whole !== null) return lookup(whole[1]!, whole[2]!) ?? null;
    let unknown = false;
    const out = value.replace(
      /\$\{([a-z][a-z0-9_]*\.[A-Za-z0-9_-]+)\.([A-Za-z0-9_]+)\}/g,
      (_m, a: string, k: string) => {
        const v = lookup(a, k);
        if (v === UNKNOWN) unknown = true;
        return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
      },
    );
    return unknown ? UNKNOWN : out;
  }
  if (Array.isArray(value)) return value.map((v: Value) => resolve(v, lookup));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, Value> = {};
    for (const [k, v] of Object.entries(value)) out[k] = resolve(v, lookup);
    return out;
  }
  return value;
}

/** What apply would do to make `cloud` match `config`. */
export function plan(config: Config, cloud: Cloud): Plan {
  const steps: PlannedChange[] = [];
  const planned = new Map<string, Action>();
  const afters = new Map<string, Record<string, Value>>();
  const lookup = (address: string, attr: string): Value | undefined => {
    if (attr === 'id') {
      const act = planned.get(address);
      return act === 'create' || act === 'replace' ? UNKNOWN : (cloud.resources[address]?.id ?? UNKNOWN);
    }
    return afters.get(address)?.[attr];
  };
  const wanted = new Set(config.resources.map((r) => r.address));
  let add = 0;
  let change = 0;
  let destroy = 0;
  for (const r of config.resources) {
    const after: Record<string, Value> = {};
    for (const [k, v] of Object.entries(r.properties)) after[k] = resolve(v, lookup);
    afters.set(r.address, after);
    const real = cloud.resources[r.address];
    if (real === undefined || real.type !== r.type) {
      const changes = Object.keys(after).map((p) => ({
        property: p,
        before: undefined,
        after: after[p],
        forcesReplacement: false,
      }));
      if (real !== undefined) {
        planned.set(r.address, 'replace');
        steps.push({ address: r.address, action: 'replace', changes, after });
        add++;
        destroy++;
      } else {
        planned.set(r.address, 'create');
        steps.push({ address: r.address, action: 'create', changes, after });
        add++;
      }
      continue;
    }
    const keys = [...new Set([...Object.keys(real.properties), ...Object.keys(after)])].sort();
    const replaceOn = TYPES[r.type]?.replaceOn ?? [];
    const changes: PropertyChange[] = keys
      .filter((k) => !same(real.properties[k], after[k]))
      .map((k) => ({
        property: k,
        before: real.properties[k],
        after: after[k],
        forcesReplacement: replaceOn.includes(k),
      }));
    const action: Action =
      changes.length === 0 ? 'no-op' : changes.some((c) => c.forcesReplacement) ? 'replace' : 'update';
    planned.set(r.address, action);
    if (action === 'replace') {
      add++;
      destroy++;
    } else if (action === 'update') change++;
    steps.push({ address: r.address, action, changes, after });
  }
  // Deletes: resources no longer wanted, dependents first.
  const gone = Object.values(cloud.resources).filter((r) => !wanted.has(r.address));
  const order = topoSort(gone);
  const seq = 'order' in order ? [...order.order].reverse() : gone;
  for (const r of seq) {
    steps.push({
      address: r.address,
      action: 'delete',
      changes: Object.keys(r.properties)
        .sort()
        .map((k) => ({ property: k, before: r.properties[k], after: undefined, forcesReplacement: false })),
      after: {},
    });
    destroy++;
  }
  // Deletes run first, as their dependents are gone by then; then creates/updates in order.
  const deletes = steps.filter((s) => s.action === 'delete');
  return { steps: [...deletes, ...steps.filter((s) => s.action !== 'delete')], summary: { add, change, destroy } };
}

/** True when the plan changes nothing (a second plan after apply is empty). */
export const planIsEmpty = (p: Plan): boolean => p.steps.every((s) => s.action === 'no-op');

function newId(cloud: Cloud, type: string): string {
  const h = (hashString(`${cloud.seed}:${cloud.counter}:${type}`) >>> 0).toString(16).padStart(8, '0');
  const prefix =
    { network: 'vpc', subnet: 'subnet', security_group: 'sg', instance: 'i', bucket: 'bucket' }[type] ?? type;
  return `${prefix}-${h}${(cloud.counter + 1).toString(16).padStart(4, '0')}`;
}

/** Applies the plan for `config`: the new cloud and the steps taken, in order. */
export function apply(config: Config, cloud: Cloud): { cloud: Cloud; plan: Plan; log: string[] } {
  const p = plan(config, cloud);
  let c = cloud;
  const log: string[] = [];
  const byAddress = new Map(config.resources.map((r) => [r.address, r]));
  for (const step of p.steps) {
    if (step.action === 'no-op') continue;
    const real = c.resources[step.address];
    if (step.action === 'delete' || step.action === 'replace') {
      const { [step.address]: _gone, ...rest } = c.resources;
      c = { ...c, resources: rest };
      log.push(`${step.address}: Destroying... [id=${real?.id ?? '?'}]`);
      if (step.action === 'delete') continue;
    }
    const r = byAddress.get(step.address)!;
    // Resolve again now that dependencies exist, so ids are real.
    const props: Record<string, Value> = {};
    for (const [k, v] of Object.entries(r.properties))
      props[k] = resolve(v, (a, attr) => {
        const dep = c.resources[a];
        if (dep === undefined) return null;
        return attr === 'id' ? dep.id : (dep.properties[attr] ?? null);
      });
    if (step.action === 'update' && real !== undefined) {
      c = { ...c, resources: { ...c.resources, [r.address]: { ...real, properties: props, dependsOn: r.dependsOn } } };
      log.push(`${r.address}: Modifying... [id=${real.id}]`);
      continue;
    }
    const id = newId(c, r.type);
    c = {
      ...c,
      counter: c.counter + 1,
      resources: {
        ...c.resources,
        [r.address]: { address: r.address, type: r.type, id, properties: props, dependsOn: r.dependsOn },
      },
    };
    log.push(`${r.address}: Creation complete [id=${id}]`);
  }
  return { cloud: c, plan: p, log };
}

/**
 * A change made outside the tool (in the console, by a script): new property values for one
 * resource, or null to delete it. An unknown address is refused, naming it.
 */
export function drift(
  cloud: Cloud,
  address: string,
  change: Record<string, Value> | null,
): { ok: true; cloud: Cloud } | { ok: false; error: ConfigError } {
  const real = cloud.resources[address];
  if (real === undefined)
    return { ok: false, error: { path: address, message: `No resource ${address} exists in the cloud to change.` } };
  if (change === null) {
    const { [address]: _gone, ...rest } = cloud.resources;
    return { ok: true, cloud: { ...cloud, resources: rest } };
  }
  return {
    ok: true,
    cloud: {
      ...cloud,
      resources: { ...cloud.resources, [address]: { ...real, properties: { ...real.properties, ...change } } },
    },
  };
}

const show = (v: Value | undefined): string => (v === undefined ? 'null' : v === UNKNOWN ? UNKNOWN : JSON.stringify(v));

/** The plan as text, in Terraform's notation (+ create, ~ update in-place, -/+ replace, - destroy). */
export function formatPlan(p: Plan): string {
  const lines: string[] = [];
  for (const s of p.steps) {
    if (s.action === 'no-op') continue;
    const what = {
      create: 'will be created',
      update: 'will be updated in-place',
      replace: 'must be replaced',
      delete: 'will be destroyed',
    }[s.action];
    lines.push(`  # ${s.address} ${what}`);
    for (const c of s.changes) {
      const mark = c.before === undefined ? '+' : c.after === undefined ? '-' : '~';
      const arrow = mark === '~' ? `${show(c.before)} -> ${show(c.after)}` : show(mark === '+' ? c.after : c.before);
      lines.push(`    ${mark} ${c.property} = ${arrow}${c.forcesReplacement ? ' # forces replacement' : ''}`);
    }
  }
  if (lines.length === 0) return 'No changes. Your infrastructure matches the configuration.';
  const { add, change, destroy } = p.summary;
  return `${lines.join('\n')}\n\nPlan: ${add} to add, ${change} to change, ${destroy} to destroy.`;
}
